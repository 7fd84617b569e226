using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Inline elements around blocks: <c>&lt;span&gt;&lt;p&gt;…&lt;/p&gt;&lt;/span&gt;</c> from Word, <c>&lt;code&gt;&lt;pre&gt;</c>,
/// <c>&lt;code&gt;&lt;iframe&gt;</c>, <c>&lt;strong&gt;</c> around paragraphs. HTML parsers keep them so and browsers show
/// the blocks; converted as inline content the blocks would run together into one line (issue 10, point 2).
/// </summary>
internal static class InlineWrapper
{
    /// <summary>Block elements that are not boxes a reader sees: they never make their wrapper a block.</summary>
    private static readonly HashSet<string> Invisible = ["script", "style", "template", "noscript"];

    /// <summary>
    /// True when <paramref name="element"/> is an inline element (or an unknown one) holding a block a reader
    /// sees. A link is not: it stays one link, its blocks written as lines (InlineConverter).
    /// </summary>
    public static bool HoldsBlocks(IElement element)
    {
        if (HtmlElements.IsBlock(element.LocalName) || element.LocalName is "a" or "img" or "br" or "svg" or "math")
        {
            return false;
        }

        return HasVisibleBlock(element, 0);
    }

    /// <summary>
    /// True for a link around a heading, a list, a table, a pre or a quote: written as a line, the heading would no
    /// longer be one (ServiceStack's "Download now" h3). Links around divs and paragraphs stay one link (a link card).
    /// </summary>
    public static bool IsLinkAroundStructure(IElement element) =>
        element.LocalName == "a" && element.HasHtmlAttribute("href")
        && element.Descendants<IElement>().Any(d => d.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "ul" or "ol" or "table" or "pre" or "blockquote" or "dl");

    /// <summary>True for a block element a reader sees as a box (not a script or a style).</summary>
    public static bool IsVisibleBlock(IElement element) =>
        HtmlElements.IsBlock(element.LocalName) && !Invisible.Contains(element.LocalName);

    private static bool HasVisibleBlock(IElement element, int depth)
    {
        // Deep wrappers are rare; past the parser's own limit the converter flattens anyway.
        if (depth > 64)
        {
            return false;
        }

        // Asked of every inline element of every flow: the child nodes by index, not a Children collection and its enumerator.
        var nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is not IElement child)
            {
                continue;
            }

            if (IsVisibleBlock(child))
            {
                return true;
            }

            if (child.LocalName is not ("a" or "svg" or "math") && HasVisibleBlock(child, depth + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Says that <paramref name="wrapper"/> (an inline element around blocks) was unwrapped, and returns the formatting
    /// it gives its content, inside <paramref name="outer"/>: bold, italic or struck text, code; a colour or size is
    /// noted as lost styling.
    /// </summary>
    internal static Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>> Formatting(IElement wrapper, ConversionContext context,
        Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>>? outer)
    {
        string name = wrapper.LocalName;
        bool styled = name is "span" or "font";
        context.NoteStylingLost(wrapper, emphasisConverted: styled);
        var (bold, italic, strike) = styled ? InlineStyle.Emphasis(wrapper) : (name is "strong" or "b", name is "em" or "i", name is "s" or "del" or "strike");
        bool code = name is "code" or "tt" or "samp" or "kbd";
        var first = wrapper.Descendants<IElement>().FirstOrDefault(IsVisibleBlock);
        context.ReportOnce("inline-around-blocks:" + name, Reporting.DiagnosticCodes.NestingRepaired, wrapper,
            $"<{name}> around {(first is null ? "blocks" : "<" + first.LocalName + ">")}: converted as the blocks a browser shows"
            + (bold || italic || strike || code ? $", the <{name}> formatting carried into each" : ""),
            BlockNaming.NameOf(wrapper));

        return inlines =>
        {
            IReadOnlyList<MdInline> x = inlines;
            if (code && InlineContent.TextOf(x) is { } text && text.Trim().Length > 0) x = [new MdCode(text)];
            if (strike) x = [new MdStrike(x)];
            if (italic) x = [new MdEmphasis(x)];
            if (bold) x = [new MdStrong(x)];
            return outer is null ? x : outer(x);
        };
    }
}
