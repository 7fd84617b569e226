using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>p (core/paragraph) to a paragraph; empty and whitespace-only paragraphs (editor residue) are dropped.</summary>
internal sealed class ParagraphRule : IBlockRule
{
    public string Name => "core/paragraph";

    public string Matches => "p";

    public string Produces => "paragraph, split in two at <br><br>; empty or &nbsp;-only paragraphs dropped";

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "p";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        // A <p> may hold blocks when the HTML is malformed (a <figure> inside, a <span> around a <div>): treat it
        // as flow content. A <script> in a sentence is not a block to a reader (issue 10: it split sentences).
        if (element.Children.Any(c => InlineWrapper.IsVisibleBlock(c) || InlineWrapper.HoldsBlocks(c)))
        {
            return context.ConvertChildren(element);
        }

        // <br><br> shows an empty line: a paragraph gap (issue 10, point 3).
        return ParagraphBreaks.Split(context.ConvertInlines(element)).Select(p => (MdBlock)new MdParagraph(p)).ToList();
    }
}
