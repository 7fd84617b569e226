using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>p (core/paragraph) to a paragraph; empty and whitespace-only paragraphs (editor residue) are dropped.</summary>
public sealed class ParagraphRule : IBlockRule
{
    public string Name => "core/paragraph";

    public string Matches => "p";

    public string Produces => "paragraph; empty or &nbsp;-only paragraphs dropped";

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "p";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        // A <p> may hold blocks when the HTML is malformed (a <figure> inside): treat it as flow content.
        if (element.Children.Any(c => Parsing.HtmlElements.IsBlock(c.LocalName)))
        {
            return context.ConvertChildren(element);
        }

        var inlines = context.ConvertInlines(element);
        return InlineContent.HasContent(inlines) ? [new MdParagraph(inlines)] : [];
    }
}
