using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Batch;

/// <summary>Options of a whole run.</summary>
public sealed record MigrationOptions
{
    public ConversionOptions Conversion { get; init; } = ConversionOptions.Default;

    /// <summary>How exports (WXR, REST JSON) are read: types, front matter preset, layout, postmeta.</summary>
    public SourceOptions Sources { get; init; } = SourceOptions.Default;

    /// <summary>The output folder; null means convert in memory only (check, stdout).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>
    /// Keep every document's diagnostics in the result (reports, JSON). False keeps only their count: with an
    /// observer that prints them as they come, memory then stays flat whatever the number of documents.
    /// </summary>
    public bool KeepDiagnostics { get; init; } = true;

    /// <summary>How many documents to convert at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The block rules; null for <see cref="Rules.RuleSet.Default"/>. Embedders (and tests) inject their own.</summary>
    public Rules.RuleSet? Rules { get; init; }
}
