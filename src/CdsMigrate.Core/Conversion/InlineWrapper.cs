using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Inline elements around blocks: <c>&lt;span&gt;&lt;p&gt;…&lt;/p&gt;&lt;/span&gt;</c> from Word, <c>&lt;code&gt;&lt;pre&gt;</c>,
/// <c>&lt;code&gt;&lt;iframe&gt;</c>, <c>&lt;strong&gt;</c> around paragraphs. HTML parsers keep them so and browsers show
/// the blocks; converted as inline content the blocks would run together into one line (issue 10, point 2).
/// </summary>
public static class InlineWrapper
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

        foreach (var child in element.Children)
        {
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
}
