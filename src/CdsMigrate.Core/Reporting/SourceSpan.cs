namespace CdsMigrate.Core.Reporting;

/// <summary>A position in a source file: 1-based line and column, 0 when unknown.</summary>
public readonly record struct SourceSpan(string? File, int Line, int Column);
