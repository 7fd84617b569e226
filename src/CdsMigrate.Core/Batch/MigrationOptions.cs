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

    /// <summary>Replace existing output files whose content differs (otherwise they are kept, CDS3004).</summary>
    public bool Force { get; init; }

    /// <summary>Decide what would be written, changed or left alone, and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Input files larger than this are refused unread (CDS6004): one huge file must not exhaust memory.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;
}
