using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>Puts the footnotes last, where Markdown renderers show them whatever their place in the source.</summary>
internal static class FootnotePlacement
{
    public static IReadOnlyList<MdBlock> MoveToEnd(IReadOnlyList<MdBlock> blocks)
    {
        var notes = blocks.OfType<MdFootnotes>().ToList();
        if (notes.Count == 0 || (notes.Count == 1 && blocks[^1] is MdFootnotes))
        {
            return blocks;
        }

        var rest = blocks.Where(b => b is not MdFootnotes).ToList();
        rest.Add(new MdFootnotes(notes.SelectMany(n => n.Notes).OrderBy(n => n.Number).ToList()) { Origins = [.. notes.SelectMany(n => n.Origins)] });
        return rest;
    }
}
