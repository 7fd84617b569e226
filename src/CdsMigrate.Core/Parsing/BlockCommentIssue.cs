using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A problem with block comments, found while annotating: at <paramref name="Line"/>/<paramref name="Column"/>
/// of the HTML text when the comment was found there (0 when not), else at the node nearest to it.
/// </summary>
internal sealed record BlockCommentIssue(INode Near, int Line, int Column, DiagnosticCode Code, string Message, string? Block);
