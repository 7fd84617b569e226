using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>Applies an inline wrapper (bold, italic) to the text of every paragraph and heading of converted blocks.</summary>
internal static class BlockInlines
{
    /// <summary>
    /// <c>&lt;strong&gt;&lt;p&gt;a&lt;/p&gt;&lt;p&gt;b&lt;/p&gt;&lt;/strong&gt;</c> shows two bold paragraphs: the bold goes
    /// into each paragraph, heading and list item, not around them (Markdown emphasis cannot span blocks).
    /// </summary>
    public static IReadOnlyList<MdBlock> Wrap(IReadOnlyList<MdBlock> blocks, Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>> wrap) =>
        blocks.Select(b => Wrap(b, wrap)).ToList();

    private static MdBlock Wrap(MdBlock block, Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>> wrap) => block switch
    {
        MdParagraph p when InlineContent.HasContent(p.Inlines) => p with { Inlines = wrap(p.Inlines) },
        // A heading is one line: a break inside the wrapper would stay a backslash (the writer only joins its own).
        MdHeading h => h with { Inlines = wrap(h.Inlines.Select(i => i is MdHardBreak ? new MdText(" ") : i).ToList()) },
        MdList l => l with { Items = l.Items.Select(i => new MdListItem(Wrap(i.Blocks, wrap))).ToList() },
        MdQuote q => new MdQuote(Wrap(q.Blocks, wrap)),
        _ => block,
    };
}
