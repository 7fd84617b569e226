namespace CdsMigrate.Core.Site;

/// <summary>What a run did to URLs and links between posts (issue 12's closing counts), for the console and reports.</summary>
internal sealed record SiteSummary(int Documents, int ClashesResolved, int AliasesWritten, int AliasesNotKept, int LinksRewritten, int LinksUnresolved, bool LinksKept)
{
    /// <summary>The one-line summary the console prints.</summary>
    public string Summary() =>
        $"URLs: {ClashesResolved} clash(es) resolved, {AliasesWritten} old URL(s) kept as aliases" + (AliasesNotKept > 0 ? $" ({AliasesNotKept} not kept)" : "")
        + (LinksKept ? "; links between posts kept as written (--links keep)." : $"; links between posts: {LinksRewritten} rewritten, {LinksUnresolved} into the old site unresolved.");
}
