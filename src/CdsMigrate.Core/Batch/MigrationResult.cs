using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Batch;

/// <summary>The outcome of a run: one report per document, in input order.</summary>
public sealed record MigrationResult(IReadOnlyList<DocumentReport> Documents)
{
    public IEnumerable<Diagnostic> Diagnostics => Documents.SelectMany(d => d.Diagnostics);

    public int Count(Severity severity) => Diagnostics.Count(d => d.Severity == severity);

    public bool AnyInputFailed => Documents.Any(d => d.InputFailed);

    /// <summary>Temporary files of an interrupted earlier run removed from the output folder before writing.</summary>
    public int TemporaryFilesRemoved { get; init; }
}
