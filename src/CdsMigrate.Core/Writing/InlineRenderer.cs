using System.Text;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing;

/// <summary>Writes normalized inline content as Markdown text. Hard breaks become a backslash and a newline.</summary>
/// <param name="flavor">The Markdown flavour.</param>
/// <param name="keepStraight">Hugo: whether straight quotes, "--" and "..." are escaped (see <see cref="MarkdownEscaper.EscapeText"/>).</param>
internal sealed partial class InlineRenderer(MarkdownFlavor flavor, bool keepStraight = true)
{
    /// <summary>Elements whose text wptexturize leaves alone: in saved content their quotes stay straight on WordPress too.</summary>
    private static readonly HashSet<string> NotTexturized = new(StringComparer.OrdinalIgnoreCase) { "kbd", "tt", "samp", "var", "code" };

    private bool _inNotTexturized;

    public string Render(IReadOnlyList<MdInline> inlines) => Render(inlines, atLineStart: true, before: ' ', after: ' ');

    /// <summary>
    /// Renders inline content that goes between existing Markdown text (inline HTML converted inside a Markdown
    /// paragraph, issue 9): <paramref name="before"/> and <paramref name="after"/> are the characters around it,
    /// which decide whether its emphasis delimiters open and close.
    /// </summary>
    public string Render(IReadOnlyList<MdInline> inlines, bool atLineStart, char before, char after)
    {
        var normalized = InlineNormalizer.Normalize(inlines);
        var sb = new StringBuilder();
        RenderList(normalized, sb, atLineStart, before, after);
        return sb.ToString();
    }

    private void RenderList(IReadOnlyList<MdInline> inlines, StringBuilder sb, bool atLineStart, char outerBefore = ' ', char outerAfter = ' ')
    {
        // Render each piece first: whether a '*' opens or closes emphasis depends on the characters
        // on both sides of it, so emphasis needs its neighbours' text.
        var pieces = new string[inlines.Count];
        for (int i = 0; i < inlines.Count; i++)
        {
            bool lineStart = i == 0 ? atLineStart : inlines[i - 1] is MdHardBreak;
            pieces[i] = RenderOne(inlines[i], lineStart);
        }

        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is MdEmphasis or MdStrong or MdStrike)
            {
                // A delimiter touching another of the same character joins its run ("**a***b*"): the run's
                // flanking is decided by the characters outside the whole run, so look past it (property test
                // seeds 2CDtZVxHrVN2, 88HvkG8-GA82; "***[a](u)******, b***" in the corpus stays valid).
                char mark = inlines[i] is MdStrike ? '~' : '*';
                char before = LastCharBefore(sb, mark, outerBefore);
                char after = NextChar(pieces, i + 1, mark, outerAfter);
                pieces[i] = FixDelimiters(inlines[i], pieces[i], before, after);
            }

            // "!" right before a link would make it an image (property test seed bEwBsJeXS7M1).
            if (inlines[i] is MdLink && sb.Length > 0 && sb[^1] == '!' && !IsEscaped(sb, sb.Length - 1))
            {
                sb.Insert(sb.Length - 1, '\\');
            }

            // A code span right after an escaped backtick: Markdig counts the escaped one into the opening run
            // ("}g\``>f`" shows an extra backtick). The entity is the same character without the adjacency
            // (property test seed 8287b1Che5z1).
            if (inlines[i] is MdCode && sb.Length > 1 && sb[^1] == '`' && IsEscaped(sb, sb.Length - 1))
            {
                sb.Length -= 2;
                sb.Append("&#96;");
            }

            if (inlines[i] is MdShortcode && sb.Length > 0 && sb[^1] is ']' or ')' && !IsEscaped(sb, sb.Length - 1))
            {
                // "[javascript][/javascript]" reads as a reference link and "(x)[/latex]" as a reversed one to
                // markdownlint (MD052, MD011; public WXR exports): the escaped bracket shows the same "[".
                sb.Append('\\');
            }

            if (i > 0 && inlines[i - 1] is MdShortcode && pieces[i].Length > 0 && pieces[i][0] is '(' or ':')
            {
                // "[gallery](x)" would be a link and "[gallery]: x" a link definition.
                sb.Append('\\');
            }

            sb.Append(pieces[i]);
        }
    }

    /// <summary>True when the character at <paramref name="index"/> follows an odd number of backslashes
    /// ("\\!" is a literal backslash, then a '!' that still makes "![" an image: seed 0KJmx_l2a5G1).</summary>
    private static bool IsEscaped(StringBuilder sb, int index)
    {
        int backslashes = 0;
        while (index - 1 - backslashes >= 0 && sb[index - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>The first character after <paramref name="from"/>, past any run of <paramref name="mark"/>.</summary>
    private static char NextChar(string[] pieces, int from, char mark, char outerAfter)
    {
        for (int j = from; j < pieces.Length; j++)
        {
            foreach (char c in pieces[j])
            {
                if (c != mark) return c;
            }
        }

        return outerAfter;
    }

    /// <summary>The last character written, before any run of <paramref name="mark"/> it ends with.</summary>
    private static char LastCharBefore(StringBuilder sb, char mark, char outerBefore)
    {
        int k = sb.Length - 1;
        while (k >= 0 && sb[k] == mark)
        {
            k--;
        }

        return k >= 0 ? sb[k] : outerBefore;
    }

    private string RenderOne(MdInline inline, bool atLineStart)
    {
        switch (inline)
        {
            case MdText t:
                return MarkdownEscaper.EscapeText(t.Text, atLineStart, flavor, keepStraight || _inNotTexturized);
            case MdHardBreak:
                return "\\\n";
            case MdCode c:
                return MarkdownEscaper.CodeSpan(flavor == MarkdownFlavor.Hugo ? HugoShortcode.EscapeInCode(c.Code) : c.Code);
            case MdEmphasis e:
                return "*" + RenderChildren(e.Children) + "*";
            case MdStrong s:
                return "**" + RenderChildren(s.Children) + "**";
            case MdStrike s:
                return "~~" + RenderChildren(s.Children) + "~~";
            case MdLink l when IsAutolink(l):
                // "[https://x/](https://x/)" says the URL twice; an autolink says it once and renders the same
                // link (issue 10: embeds written as links to themselves).
                return "<" + l.Href + ">";
            case MdLink l:
            {
                string title = l.Title is { Length: > 0 } ? " " + MarkdownEscaper.EscapeTitle(l.Title) : "";
                return "[" + RenderChildren(l.Children) + "](" + MarkdownEscaper.EscapeDestination(l.Href) + title + ")";
            }

            case MdImage img:
            {
                if (MarkdownEscaper.AltText(img.Alt, flavor) is not { } alt)
                {
                    // Hugo 0.111 cannot show this alt exactly from Markdown (see MarkdownEscaper.AltText): an img
                    // tag says it as it is. A paragraph holding only the image uses the figure shortcode instead.
                    return ImageTag(img);
                }

                string title = img.Title is { Length: > 0 } ? " " + MarkdownEscaper.EscapeTitle(img.Title) : "";
                return "![" + alt + "](" + MarkdownEscaper.EscapeDestination(img.Src) + title + ")";
            }

            case MdHtmlInline h:
            {
                bool outer = _inNotTexturized;
                _inNotTexturized |= NotTexturized.Contains(h.TagName);
                string children = RenderChildren(h.Children);
                _inNotTexturized = outer;
                return h.OpenTag + children + "</" + h.TagName + ">";
            }

            case MdAnchor a:
                return "<a id=\"" + SummaryHtmlRenderer.Attr(a.Id) + "\"></a>";
            case MdShortcode sc:
                // The brackets stay as written; what is inside is escaped like text (a '*' or, in hugo, a
                // quote would otherwise change). The regex that found it allows no brackets inside.
                return "[" + MarkdownEscaper.EscapeText(sc.Text[1..^1], atLineStart: false, flavor) + "]";
            case MdFootnoteReference f:
                return "[^" + f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
            case MdCustomInline ci:
                return ci.ToMarkdown(flavor);
            default:
                throw new InvalidOperationException($"No inline writer for {inline.GetType().Name} (a rule's own node derives from MdCustomInline).");
        }
    }

    /// <summary>A link whose only text is its own absolute URL, which an autolink writes as it is.</summary>
    internal static bool IsAutolink(MdLink link) =>
        link.Title is null or "" && link.Children is [MdText { Text: var text }] && text == link.Href && AutolinkUrl().IsMatch(text);

    /// <summary>An image as an HTML tag, attributes escaped as HTML.</summary>
    internal static string ImageTag(MdImage img) =>
        "<img src=\"" + SummaryHtmlRenderer.Attr(img.Src) + "\" alt=\"" + SummaryHtmlRenderer.Attr(img.Alt) + "\""
        + (img.Title is { Length: > 0 } t ? " title=\"" + SummaryHtmlRenderer.Attr(t) + "\"" : "") + ">";

    // A CommonMark autolink: scheme, colon, no spaces, no angle brackets; http(s) and mailto only, the schemes a
    // reader expects to follow. No backslash, entity or brace either: an autolink shows the first two as written,
    // and Hugo reads "{{<" before Markdown.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(https?://|mailto:)(?!.*&#?[A-Za-z0-9]+;)[^\s<>\\{}]+$")]
    private static partial System.Text.RegularExpressions.Regex AutolinkUrl();

    private string RenderChildren(IReadOnlyList<MdInline> children)
    {
        var sb = new StringBuilder();
        RenderList(children, sb, atLineStart: false);
        return sb.ToString();
    }

    /// <summary>
    /// CommonMark opens emphasis only on a left-flanking delimiter and closes it only on a right-flanking
    /// one. Where the surrounding characters make that impossible (<c>a&lt;em&gt;.b&lt;/em&gt;</c>), write the
    /// HTML tags instead: they always render, and the content between them is still Markdown.
    /// </summary>
    private static string FixDelimiters(MdInline inline, string rendered, char before, char after)
    {
        string delimiter = inline switch { MdEmphasis => "*", MdStrong => "**", _ => "~~" };
        string inner = rendered[delimiter.Length..^delimiter.Length];
        if (inner.Length == 0)
        {
            return "";
        }

        bool opens = CanOpen(before, inner[0]);
        bool closes = CanClose(inner[^1], after);
        if (opens && closes)
        {
            return rendered;
        }

        string tag = inline switch { MdEmphasis => "em", MdStrong => "strong", _ => "del" };
        return $"<{tag}>{inner}</{tag}>";
    }

    private static bool CanOpen(char before, char first) =>
        !InlineNormalizer.IsWhitespace(first) && (!IsPunctuation(first) || InlineNormalizer.IsWhitespace(before) || IsPunctuation(before));

    private static bool CanClose(char last, char after) =>
        !InlineNormalizer.IsWhitespace(last) && (!IsPunctuation(last) || InlineNormalizer.IsWhitespace(after) || IsPunctuation(after));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
