using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Batch;

/// <summary>Options of a whole run.</summary>
internal sealed record MigrationOptions
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

    /// <summary>
    /// When false, what only planning needed (each document's new and old URL, type, host) is let go once the run
    /// starts converting, so a huge export's plan costs less memory for the whole run (issue 11);
    /// <see cref="MigrationRunner.Plan"/> then still resolves links and applies, but shows those details no more.
    /// The command line sets it false; true keeps the plan whole for callers that inspect it.
    /// </summary>
    public bool KeepPlanDetails { get; init; } = true;

    /// <summary>Replace existing output files whose content differs (otherwise they are kept, CDS3004).</summary>
    public bool Force { get; init; }

    /// <summary>Decide what would be written, changed or left alone, and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>
    /// Post files larger than this are refused unread (CDS6004): one huge file must not exhaust memory (WXR is
    /// streamed and not limited; REST JSON is parsed whole and, for now, not limited either). 32 MB by
    /// default: converting (and verifying) takes about 60 times the file's size in memory (scripts/big-post.sh: a
    /// 100 MB post peaked at 5.8 GB), and real posts are well under 1 MB. <c>--max-input-mb</c> raises it.
    /// </summary>
    public long MaxInputBytes { get; init; } = DefaultMaxInputBytes;

    public const long DefaultMaxInputBytes = 32L * 1024 * 1024;

    /// <summary>What to do with the old site's media (issue 12): keep the URLs (default), download or copy the files.</summary>
    public Media.MediaOptions Media { get; init; } = Core.Media.MediaOptions.Keep;

    /// <summary>
    /// Diagnostic codes dropped from the run (<c>--ignore CODE</c>, issue 13): not printed, not in any report, not
    /// counted for the exit code. Empty by default.
    /// </summary>
    public IReadOnlySet<string> IgnoredCodes { get; init; } = new HashSet<string>();

    /// <summary>
    /// Plan the run before converting (issue 12): output paths and URLs without clashes, old URLs kept as
    /// aliases, and the index links between posts are resolved against. Costs one more read of the inputs.
    /// </summary>
    public bool PlanSite { get; init; } = true;

    /// <summary>Links between posts of the run: rewritten to the new files, or kept (<c>--links keep</c>).</summary>
    public CdsMigrate.Core.Site.LinkPolicy Links { get; init; } = CdsMigrate.Core.Site.LinkPolicy.Rewrite;

    /// <summary>The Hugo site the output goes into (<c>--site DIR</c>): post files' old permalinks and readiness checks.</summary>
    public CdsMigrate.Core.Site.HugoSiteConfig? Site { get; init; }

    /// <summary>The block rules; null for <c>Conversion.Rules</c> (the built-in rules unless a library user set others). Tests inject their own.</summary>
    public Rules.RuleSet? Rules { get; init; }
}
