using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// The outcome of a run: one report per document, in input order. When the run did not keep diagnostics
/// (<see cref="MigrationOptions.KeepDiagnostics"/> false: they were streamed to an observer instead, which keeps
/// a huge export's memory flat), <see cref="Tally"/> still counts them by severity.
/// </summary>
public sealed record MigrationResult(IReadOnlyList<DocumentReport> Documents)
{
    /// <summary>Diagnostics counted by severity (index = (int)Severity) when they were not kept; null when they were.</summary>
    public IReadOnlyList<int>? Tally { get; init; }

    public IEnumerable<Diagnostic> Diagnostics => Documents.SelectMany(d => d.Diagnostics);

    public int Count(Severity severity) => Tally is { } tally ? tally[(int)severity] : Diagnostics.Count(d => d.Severity == severity);

    public bool AnyInputFailed => Documents.Any(d => d.InputFailed);

    /// <summary>What pairing translations found (issue 12); null for a run that did not pair (standard input).</summary>
    public Translations.TranslationReport? Translations { get; init; }

    /// <summary>Temporary files of an interrupted earlier run removed from the output folder before writing.</summary>
    public int TemporaryFilesRemoved { get; init; }

    /// <summary>What the site plan and the link stage did (null when the run was not planned: standard input).</summary>
    public Site.SiteSummary? Site { get; init; }
}
