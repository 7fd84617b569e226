using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// The outcome of a run: one report per document, in input order. When the run did not keep diagnostics
/// (<see cref="MigrationOptions.KeepDiagnostics"/> false: they were streamed to an observer instead, which keeps
/// a huge export's memory flat), <see cref="Tally"/> still counts them by severity.
/// </summary>
internal sealed record MigrationResult(IReadOnlyList<DocumentReport> Documents)
{
    /// <summary>Document diagnostics counted by severity (index = (int)Severity) when they were not kept; null when they were.</summary>
    public IReadOnlyList<int>? Tally { get; init; }

    /// <summary>
    /// Diagnostics about the run as a whole, not one document (nothing to convert, a --types value no input holds,
    /// an interruption: CDS7xxx). Reports list them apart from the documents.
    /// </summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; init; } = [];

    /// <summary>True when the run was stopped (Ctrl-C) before every input was read: the documents are those finished.</summary>
    public bool Interrupted { get; init; }

    /// <summary>Post types met in the exports read (selected or not), with their item counts.</summary>
    public IReadOnlyDictionary<string, int> TypesFound { get; init; } = new Dictionary<string, int>();

    /// <summary>Every diagnostic: the documents', then the run's.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Documents.SelectMany(d => d.Diagnostics).Concat(RunDiagnostics);

    public int Count(Severity severity) =>
        (Tally is { } tally ? tally[(int)severity] : Documents.Sum(d => d.Diagnostics.Count(x => x.Severity == severity)))
        + RunDiagnostics.Count(d => d.Severity == severity);

    public bool AnyInputFailed => Documents.Any(d => d.InputFailed);

    /// <summary>What pairing translations found (issue 12); null for a run that did not pair (standard input).</summary>
    public Translations.TranslationReport? Translations { get; init; }

    /// <summary>Temporary files of an interrupted earlier run removed from the output folder before writing.</summary>
    public int TemporaryFilesRemoved { get; init; }

    /// <summary>What the run did with media; null when media were kept (<c>--media keep</c>).</summary>
    public Media.MediaSummary? Media { get; init; }

    /// <summary>What the site plan and the link stage did (null when the run was not planned: standard input).</summary>
    public Site.SiteSummary? Site { get; init; }
}
