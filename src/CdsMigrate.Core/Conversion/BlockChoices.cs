namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Blocks the user chose to drop or to keep as raw HTML, by name (issue 13, per-block choices of a site's config):
/// a block name as reports show it (<c>core/spacer</c>, <c>cds-snc/accordion</c>) or a plain element's tag name
/// (<c>table</c>). The choice comes before any rule, and each time it applies it is a diagnostic (CDS7100, CDS7101).
/// </summary>
public sealed record BlockChoices
{
    /// <summary>Blocks left out of the output (<c>--drop-block</c>).</summary>
    public IReadOnlySet<string> Drop { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Blocks kept as raw HTML although a rule could convert them (<c>--raw-block</c>).</summary>
    public IReadOnlySet<string> Raw { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>No choice: every block goes to the rules.</summary>
    public static BlockChoices None { get; } = new();

    /// <summary>True when no block is named.</summary>
    public bool IsEmpty => Drop.Count == 0 && Raw.Count == 0;

    /// <summary>
    /// Equal when both name the same blocks: sets compare by content, so two runs with the same choices have equal
    /// options (the config round-trip test).
    /// </summary>
    public bool Equals(BlockChoices? other) =>
        other is not null && Drop.SetEquals(other.Drop) && Raw.SetEquals(other.Raw);

    /// <summary>A hash consistent with <see cref="Equals(BlockChoices?)"/>.</summary>
    public override int GetHashCode() => HashCode.Combine(Drop.Count, Raw.Count);
}
