using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Parsing;

/// <summary>A problem with block comments, found while annotating, reported against the node nearest to it.</summary>
public sealed record BlockCommentIssue(INode Near, DiagnosticCode Code, string Message, string? Block);
