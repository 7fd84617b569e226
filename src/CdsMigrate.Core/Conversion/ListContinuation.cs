using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// WordPress splits one numbered list into pieces when an editor breaks it (<c>&lt;ol&gt;</c> 1–2, then
/// <c>&lt;ol start="3"&gt;</c>…). Adjacent ordered lists whose numbers continue are one list: merge them,
/// so the output numbers 1–6 as the reader saw. Lists that do not continue stay apart.
/// Where nothing merges, a list of blocks and each node come back as they went in: most documents have no such
/// lists, and copying every list, item, quote and container of every document was for nothing (issue 11).
/// </summary>
internal static class ListContinuation
{
    public static IReadOnlyList<MdBlock> Merge(IReadOnlyList<MdBlock> blocks)
    {
        List<MdBlock>? result = null; // made at the first block that does not come out as it went in
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = MergeInside(blocks[i]);
            var previous = result is null ? (i > 0 ? blocks[i - 1] : null) : (result.Count > 0 ? result[^1] : null);
            bool continues = block is MdList { Ordered: true } next && previous is MdList { Ordered: true } before
                && next.Start == before.Start + before.Items.Count;
            if (result is null)
            {
                if (ReferenceEquals(block, blocks[i]) && !continues)
                {
                    continue;
                }

                result = new List<MdBlock>(blocks.Count);
                for (int k = 0; k < i; k++)
                {
                    result.Add(blocks[k]);
                }
            }

            if (continues)
            {
                var earlier = (MdList)result[^1];
                result[^1] = earlier with { Items = [.. earlier.Items, .. ((MdList)block).Items] };
                continue;
            }

            result.Add(block);
        }

        return result ?? blocks;
    }

    private static MdBlock MergeInside(MdBlock block) => block switch
    {
        MdList l => Items(l.Items) is var items && ReferenceEquals(items, l.Items) ? l : l with { Items = items },
        MdQuote q => Merge(q.Blocks) is var b && ReferenceEquals(b, q.Blocks) ? q : new MdQuote(b),
        MdDetails d => Merge(d.Blocks) is var b && ReferenceEquals(b, d.Blocks) ? d : d with { Blocks = b },
        MdAlert a => Merge(a.Blocks) is var b && ReferenceEquals(b, a.Blocks) ? a : a with { Blocks = b },
        MdHtmlContainer c => Merge(c.Blocks) is var b && ReferenceEquals(b, c.Blocks) ? c : c with { Blocks = b },
        _ => block,
    };

    /// <summary>The items with lists merged inside them; the same list when no item changed.</summary>
    private static IReadOnlyList<MdListItem> Items(IReadOnlyList<MdListItem> items)
    {
        List<MdListItem>? result = null;
        for (int i = 0; i < items.Count; i++)
        {
            var blocks = Merge(items[i].Blocks);
            if (result is null)
            {
                if (ReferenceEquals(blocks, items[i].Blocks))
                {
                    continue;
                }

                result = new List<MdListItem>(items.Count);
                for (int k = 0; k < i; k++)
                {
                    result.Add(items[k]);
                }
            }

            result.Add(ReferenceEquals(blocks, items[i].Blocks) ? items[i] : new MdListItem(blocks));
        }

        return result ?? items;
    }
}
