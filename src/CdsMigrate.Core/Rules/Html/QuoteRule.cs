using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>blockquote (core/quote) to a block quote; a <c>&lt;cite&gt;</c> stays attached as the quote's last line.</summary>
internal sealed class QuoteRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/quote";

    public string Matches => "blockquote (wp-block-quote)";

    public string Produces => "`> ` quote; <cite> kept as the last line, `<cite>…</cite>`";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("blockquote");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "blockquote";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => [ConvertQuote(element, context)];

    /// <summary>Converts a blockquote; shared with the pullquote rule.</summary>
    internal static MdQuote ConvertQuote(IElement blockquote, ConversionContext context)
    {
        // Old quote and pullquote blocks put the citation in a <footer>.
        var cites = blockquote.Children.Where(c => (c.LocalName is "cite" or "footer" || c.ClassList.Any(k => k.EndsWith("quote__citation", StringComparison.Ordinal)))
            && !c.Children.Any(k => HtmlElements.IsBlock(k.LocalName))).ToList();
        var blocks = context.ConvertFlow(blockquote.ChildNodes.Where(n => !(n is IElement e && cites.Contains(e)))).ToList();
        foreach (var cite in cites)
        {
            var inlines = context.ConvertInlines(cite);
            if (InlineContent.HasContent(inlines))
            {
                blocks.Add(new MdParagraph([new MdHtmlInline("cite", "<cite>", inlines)]));
            }
        }

        return new MdQuote(blocks);
    }
}
