using CdsMigrate.Core.FrontMatter;

namespace CdsMigrate.Tests.Support;

/// <summary>Structural equality of front matter values (records hold lists, which compare by reference).</summary>
internal sealed class FrontMatterComparer : IEqualityComparer<FrontMatterValue?>
{
    public static FrontMatterComparer Instance { get; } = new();

    public bool Equals(FrontMatterValue? x, FrontMatterValue? y) => (x, y) switch
    {
        (null, null) => true,
        (FrontMatterScalar a, FrontMatterScalar b) => a == b,
        (FrontMatterSequence a, FrontMatterSequence b) => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equals(p.First, p.Second)),
        (FrontMatterMapping a, FrontMatterMapping b) => a.Entries.Count == b.Entries.Count
            && a.Entries.Zip(b.Entries).All(p => p.First.Key == p.Second.Key && Equals(p.First.Value, p.Second.Value)),
        _ => false,
    };

    public int GetHashCode(FrontMatterValue? obj) => 0;
}
