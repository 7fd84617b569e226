namespace CdsMigrate.Core.Inventory;

/// <summary>
/// One thing found in an export: how often, in which documents (sorted), and what handles it, with how
/// many occurrences each handler took (a <c>div</c> may be a group here and unhandled there).
/// </summary>
internal sealed record InventoryEntry(
    InventoryKind Kind,
    string Name,
    int Count,
    IReadOnlyList<string> Documents,
    IReadOnlyDictionary<string, int> Handlers)
{
    /// <summary>Handlers, most frequent first, as one line for a table.</summary>
    public string HandledBy => string.Join(", ", Handlers.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal)
        .Select(h => Handlers.Count == 1 ? h.Key : $"{h.Key} ({h.Value})"));

    /// <summary>True when some occurrence reaches the fallback or is left as text.</summary>
    public bool Unhandled => Handlers.Keys.Any(h => h.StartsWith(InventoryScanner.Unhandled, StringComparison.Ordinal));
}
