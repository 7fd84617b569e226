using CdsMigrate.Core.Model;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Core.Conversion;

/// <summary>Questions rules ask about inline content.</summary>
internal static class InlineContent
{
    /// <summary>True when the content shows something: text other than whitespace, an image, code.</summary>
    public static bool HasContent(IReadOnlyList<MdInline> inlines)
    {
        // Indexed: every paragraph, link and cell is asked, and Any(…) allocated an enumerator each time.
        for (int i = 0; i < inlines.Count; i++)
        {
            if (HasContent(inlines[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasContent(MdInline inline) => inline switch
    {
        MdText t => TextShows(t.Text),
        MdImage or MdCode => true,
        MdHardBreak => false,
        MdEmphasis e => HasContent(e.Children),
        MdStrong s => HasContent(s.Children),
        MdStrike s => HasContent(s.Children),
        MdLink l => HasContent(l.Children),
        MdHtmlInline h => HasContent(h.Children) || h.TagName is "a",
        _ => true, // anchors, shortcodes, footnote references
    };

    // U+3000 shows: CJK text indents with it, and an ideographic space alone fills a table cell (issue 10).
    // A loop over the characters, not Any(lambda): a string's enumerator was allocated for every text node.
    private static bool TextShows(string text)
    {
        foreach (char c in text)
        {
            if (!InlineNormalizer.IsWhitespace(c) || c == '\u3000')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The plain text of inline content.</summary>
    public static string TextOf(IReadOnlyList<MdInline> inlines) => string.Concat(inlines.Select(TextOf));

    public static string TextOf(MdInline inline) => inline switch
    {
        MdText t => t.Text,
        MdCode c => c.Code,
        MdImage i => i.Alt,
        MdHardBreak => " ",
        MdEmphasis e => TextOf(e.Children),
        MdStrong s => TextOf(s.Children),
        MdStrike s => TextOf(s.Children),
        MdLink l => TextOf(l.Children),
        MdHtmlInline h => TextOf(h.Children),
        MdShortcode s => s.Text,
        MdFootnoteReference f => f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => "",
    };
}
