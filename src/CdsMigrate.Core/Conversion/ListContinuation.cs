using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// WordPress splits one numbered list into pieces when an editor breaks it (<c>&lt;ol&gt;</c> 1–2, then
/// <c>&lt;ol start="3"&gt;</c>…). Adjacent ordered lists whose numbers continue are one list: merge them,
/// so the output numbers 1–6 as the reader saw. Lists that do not continue stay apart.
/// </summary>
internal static class ListContinuation
{
    public static IReadOnlyList<MdBlock> Merge(IReadOnlyList<MdBlock> blocks)
    {
        var result = new List<MdBlock>(blocks.Count);
        foreach (var block in blocks.Select(MergeInside))
        {
            if (block is MdList { Ordered: true } next && result.Count > 0 && result[^1] is MdList { Ordered: true } previous
                && next.Start == previous.Start + previous.Items.Count)
            {
                result[^1] = previous with { Items = [.. previous.Items, .. next.Items] };
                continue;
            }

            result.Add(block);
        }

        return result;
    }

    private static MdBlock MergeInside(MdBlock block) => block switch
    {
        MdList l => l with { Items = l.Items.Select(i => new MdListItem(Merge(i.Blocks))).ToList() },
        MdQuote q => new MdQuote(Merge(q.Blocks)),
        MdDetails d => d with { Blocks = Merge(d.Blocks) },
        MdAlert a => a with { Blocks = Merge(a.Blocks) },
        MdHtmlContainer c => c with { Blocks = Merge(c.Blocks) },
        _ => block,
    };
}
