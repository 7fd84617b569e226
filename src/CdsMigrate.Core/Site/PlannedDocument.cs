using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Where one document of a run goes and how it is reached: its output path and page URL as Hugo will compute
/// them (clashes already resolved), its old URL on the WordPress site and the alias that keeps it working.
/// </summary>
internal sealed record PlannedDocument
{
    /// <summary>The position of the document among the run's documents (read order).</summary>
    public required int Index { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>Where diagnostics about the document's path and URL point (its export item, or the whole file).</summary>
    public SourceSpan Where
    {
        get => _where.File is null ? new SourceSpan(SourcePath, 0, 0) : _where;
        init => _where = value;
    }

    private readonly SourceSpan _where;

    /// <summary>The output path, relative to the output folder, numbered when it clashed.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The page URL Hugo gives the output (path only, lower case, with a trailing slash).</summary>
    public required string Url { get; init; }

    /// <summary>The front matter slug after clash resolution (null when the document has none).</summary>
    public string? Slug { get; init; }

    /// <summary>True when the slug had to be numbered to give the document its own URL.</summary>
    public bool SlugChanged { get; init; }

    /// <summary>The old permalink (absolute) when known.</summary>
    public string? OldUrl { get; init; }

    /// <summary>The old permalink's path, decoded (<c>/2020/05/13/hello/</c>), when it is a path a static site can serve.</summary>
    public string? OldPath { get; init; }

    /// <summary>False when the new URL is not known well enough to redirect to it (the cds preset without <c>--site</c>).</summary>
    public bool AliasWanted { get; init; } = true;

    /// <summary>The alias written into the front matter: the old path, when it differs from the new URL.</summary>
    public string? Alias { get; init; }

    public string? Lang { get; init; }

    /// <summary>The old permalink's host, lower case, without <c>www.</c> (null when unknown).</summary>
    public string? OldHost => KeptOldHost ?? (OldUrl is not null && Uri.TryCreate(OldUrl, UriKind.Absolute, out var uri) ? HostKey(uri.Host) : null);

    /// <summary><see cref="OldHost"/>, kept when the old URL is let go (<see cref="SitePlan.ForgetPlanningDetails"/>).</summary>
    internal string? KeptOldHost { get; init; }

    internal static string HostKey(string host)
    {
        string lower = host.ToLowerInvariant();
        return lower.StartsWith("www.", StringComparison.Ordinal) ? lower[4..] : lower;
    }

    public long? Id { get; init; }

    public string? Type { get; init; }

    /// <summary>The old site's host when URLs are told apart by host (a post file of a multilingual site), else empty.</summary>
    public string Host { get; init; } = "";

    /// <summary>True for items of an export (WXR, REST), false for post files.</summary>
    public bool IsExport { get; init; }

    /// <summary>What planning found: a clash resolved, an alias that could not be kept.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
