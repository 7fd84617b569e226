using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Batch;

/// <summary>Options of a whole run.</summary>
public sealed record MigrationOptions
{
    public ConversionOptions Conversion { get; init; } = ConversionOptions.Default;

    /// <summary>The output folder; null means convert in memory only (check, stdout).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>How many documents to convert at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The block rules; null for <see cref="Rules.RuleSet.Default"/>. Embedders (and tests) inject their own.</summary>
    public Rules.RuleSet? Rules { get; init; }
}
