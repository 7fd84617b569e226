using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Batch;

/// <summary>The result of one document in a run, as reports show it.</summary>
internal sealed record DocumentReport(string Source, string? Output, DocumentStatus Status, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the input could not be read or parsed (exit code 3).</summary>
    public bool InputFailed { get; init; }

    /// <summary>How many blocks each rule converted (rule name, e.g. <c>core/list</c>; <c>fallback</c> for unhandled blocks).</summary>
    public IReadOnlyDictionary<string, int> BlockCounts { get; init; } = NoBlocks;

    /// <summary>
    /// Shared by every report without counts: reports live until the run ends, and one empty dictionary each cost
    /// a 108,000-item export 20 MB (issue 11).
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, int> NoBlocks = new Dictionary<string, int>();

    /// <summary>What writing the output did (or would do, in a dry run); null when nothing was written.</summary>
    public WriteAction? Action { get; init; }
}
