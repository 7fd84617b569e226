namespace CdsMigrate.Core.Site;

/// <summary>What a link's URL is to the run: not the old site's, a post of the run (with the new link text), or the old site's but no post of the run.</summary>
internal enum LinkOutcome
{
    NotOldSite,
    Resolved,
    Unresolved,
}

/// <summary>The result of resolving one link: the outcome, the document it leads to and the URL to write instead.</summary>
internal sealed record LinkResolution(LinkOutcome Outcome, PlannedDocument? Target = null, string? NewUrl = null)
{
    public static LinkResolution NotOldSite { get; } = new(LinkOutcome.NotOldSite);

    public static LinkResolution Unresolved { get; } = new(LinkOutcome.Unresolved);
}
