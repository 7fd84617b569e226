using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>p (core/paragraph) to a paragraph; empty and whitespace-only paragraphs (editor residue) are dropped.</summary>
internal sealed class ParagraphRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/paragraph";

    public string Matches => "p";

    public string Produces => "paragraph, split in two at <br><br>; empty or &nbsp;-only paragraphs dropped";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("p");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "p";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        // A <p> may hold blocks when the HTML is malformed (a <figure> inside, a <span> around a <div>): treat it
        // as flow content. A <script> in a sentence is not a block to a reader (issue 10: it split sentences).
        if (HoldsBlocks(element))
        {
            return context.ConvertChildren(element);
        }

        // <br><br> shows an empty line: a paragraph gap (issue 10, point 3).
        // A loop rather than Select(…).ToList(): every paragraph of every post passes here.
        var paragraphs = ParagraphBreaks.Split(context.ConvertInlines(element));
        var blocks = new List<MdBlock>(paragraphs.Count);
        for (int i = 0; i < paragraphs.Count; i++)
        {
            blocks.Add(new MdParagraph(paragraphs[i]));
        }

        return blocks;
    }

    // The child nodes by index: element.Children built a collection and an enumerator for every paragraph.
    private static bool HoldsBlocks(IElement element)
    {
        var nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IElement c && (InlineWrapper.IsVisibleBlock(c) || InlineWrapper.HoldsBlocks(c)))
            {
                return true;
            }
        }

        return false;
    }
}
