using AngleSharp.Dom;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Collects flow content: blocks, and the inline content between them, which becomes paragraphs (split at
/// <c>&lt;br&gt;&lt;br&gt;</c>). Inline content comes as DOM nodes still to convert, or already converted (the text
/// of an inline element around blocks, which must join the sentence it continues: "Vale&lt;/span&gt;&lt;span&gt;ncia").
/// </summary>
internal sealed class FlowBuilder(InlineConverter inlines)
{
    private readonly List<MdBlock> _blocks = [];
    private readonly List<INode> _run = [];
    private readonly List<MdInline> _pending = [];

    public void AddInlineNode(INode node) => _run.Add(node);

    public void AddInlines(IEnumerable<MdInline> converted)
    {
        ConvertRun();
        _pending.AddRange(converted);
    }

    public void AddBlocks(IEnumerable<MdBlock> blocks)
    {
        FlushParagraph();
        _blocks.AddRange(blocks);
    }

    public List<MdBlock> Finish()
    {
        FlushParagraph();
        return _blocks;
    }

    private void ConvertRun()
    {
        if (_run.Count > 0)
        {
            _pending.AddRange(inlines.Convert(_run));
            _run.Clear();
        }
    }

    private void FlushParagraph()
    {
        ConvertRun();
        if (_pending.Count == 0)
        {
            return;
        }

        var paragraphs = ParagraphBreaks.Split(_pending);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            _blocks.Add(new MdParagraph([.. paragraphs[i]]));
        }

        _pending.Clear();
    }
}
