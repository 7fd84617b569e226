namespace CdsMigrate.Core.Reporting;

/// <summary>A position in a source file: 1-based line and column, 0 when unknown.</summary>
/// <param name="File">The source, as diagnostics name it; null when unknown.</param>
/// <param name="Line">1-based; 0 when unknown.</param>
/// <param name="Column">1-based; 0 when unknown.</param>
public readonly record struct SourceSpan(string? File, int Line, int Column);
