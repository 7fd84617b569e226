using System.Collections.ObjectModel;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// A read-only list of names equal to another with the same names in the same order, so an options record that
/// holds one keeps value equality (two runs with the same <c>--shortcode</c> names have equal options).
/// </summary>
internal sealed class ValueList(IEnumerable<string> items) : ReadOnlyCollection<string>([.. items])
{
    public static ValueList None { get; } = new([]);

    public override bool Equals(object? obj) => obj is ValueList other && this.SequenceEqual(other, StringComparer.Ordinal);

    public override int GetHashCode() => Count;
}
