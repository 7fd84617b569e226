namespace CdsMigrate.Core.Site;

/// <summary>What to do with links between posts of a run (<c>--links</c>).</summary>
internal enum LinkPolicy
{
    /// <summary>Point links to posts of the run at their new files; warn about other links into the old site.</summary>
    Rewrite,

    /// <summary>Leave every link as it was written.</summary>
    Keep,
}
