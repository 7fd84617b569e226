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

    /// <summary>
    /// Input files larger than this are refused unread (CDS6004): one huge file must not exhaust memory. 32 MB by
    /// default: converting (and verifying) takes about 60 times the file's size in memory (scripts/big-post.sh: a
    /// 100 MB post peaked at 5.8 GB), and real posts are well under 1 MB. <c>--max-input-mb</c> raises it.
    /// </summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    public const long DefaultMaxInputBytes = 32L * 1024 * 1024;
}
