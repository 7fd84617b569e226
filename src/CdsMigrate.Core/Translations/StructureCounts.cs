namespace CdsMigrate.Core.Translations;

/// <summary>What two translations of one post should have alike: headings, images, links and list items, counted in the output.</summary>
internal sealed record StructureCounts(int Headings, int Images, int Links, int ListItems)
{
    public static StructureCounts Empty { get; } = new(0, 0, 0, 0);

    /// <summary>The counts by name, in report order.</summary>
    public IEnumerable<(string Name, int Count)> Aspects()
    {
        yield return ("headings", Headings);
        yield return ("images", Images);
        yield return ("links", Links);
        yield return ("listItems", ListItems);
    }

    public override string ToString() => $"{Headings} headings, {Images} images, {Links} links, {ListItems} list items";
}
