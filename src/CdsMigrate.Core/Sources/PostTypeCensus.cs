namespace CdsMigrate.Core.Sources;

/// <summary>
/// Counts the post types the export readers meet, selected or not, so that a <c>--types</c> value no input holds
/// (a typo such as <c>pages</c>) can be reported with the types that are there (issue 13). Filled by the readers,
/// which run on the runner's one reading thread.
/// </summary>
internal sealed class PostTypeCensus
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <summary>Item counts by post type, in name order.</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    internal void Saw(string type) => _counts[type] = _counts.GetValueOrDefault(type) + 1;
}
