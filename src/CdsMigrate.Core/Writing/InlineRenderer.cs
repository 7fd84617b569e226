using System.Text;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing;

/// <summary>Writes normalized inline content as Markdown text. Hard breaks become a backslash and a newline.</summary>
/// <param name="flavor">The Markdown flavour.</param>
/// <param name="keepStraight">Hugo: whether straight quotes, "--" and "..." are escaped (see <see cref="MarkdownEscaper.EscapeText(string, bool, MarkdownFlavor, bool)"/>).</param>
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
        var sb = BuilderPool.Rent();
        RenderList(normalized, sb, atLineStart, before, after);
        return BuilderPool.ToStringAndReturn(sb);
    }

    /// <summary>
    /// Appends <paramref name="inlines"/> to <paramref name="sb"/>. What <paramref name="sb"/> holds before this call
    /// is not this list's: the checks below look back no further than where the list starts (<c>bottom</c>), as if
    /// the list had a builder of its own, which it had before pieces were appended in place (issue 11, point 3).
    /// </summary>
    private void RenderList(IReadOnlyList<MdInline> inlines, StringBuilder sb, bool atLineStart, char outerBefore = ' ', char outerAfter = ' ')
    {
        int bottom = sb.Length;

        // Render each piece first: whether a '*' opens or closes emphasis depends on the characters
        // on both sides of it, so emphasis needs its neighbours' text. The pieces go one after another into a pooled
        // scratch builder; starts[i] is where piece i begins, starts[Count] where the last one ends.
        var scratch = BuilderPool.Rent();
        Span<int> starts = inlines.Count < 64 ? stackalloc int[inlines.Count + 1] : new int[inlines.Count + 1];
        for (int i = 0; i < inlines.Count; i++)
        {
            bool lineStart = i == 0 ? atLineStart : inlines[i - 1] is MdHardBreak;
            starts[i] = scratch.Length;
            RenderOne(inlines[i], lineStart, scratch);
        }

        starts[inlines.Count] = scratch.Length;
        for (int i = 0; i < inlines.Count; i++)
        {
            var piece = new Piece(starts[i], starts[i + 1]);
            if (inlines[i] is MdEmphasis or MdStrong or MdStrike)
            {
                // A delimiter touching another of the same character joins its run ("**a***b*"): the run's
                // flanking is decided by the characters outside the whole run, so look past it (property test
                // seeds 2CDtZVxHrVN2, 88HvkG8-GA82; "***[a](u)******, b***" in the corpus stays valid). What follows
                // is the later pieces as rendered, before their own delimiters are fixed.
                char mark = inlines[i] is MdStrike ? '~' : '*';
                char before = LastCharBefore(sb, bottom, mark, outerBefore);
                char after = NextChar(scratch, piece.End, mark, outerAfter);
                piece = FixDelimiters(inlines[i], scratch, piece, before, after);
            }

            // "!" right before a link would make it an image (property test seed bEwBsJeXS7M1).
            if (inlines[i] is MdLink && sb.Length > bottom && sb[^1] == '!' && !IsEscaped(sb, bottom, sb.Length - 1))
            {
                sb.Insert(sb.Length - 1, '\\');
            }

            // A code span right after an escaped backtick: Markdig counts the escaped one into the opening run
            // ("}g\``>f`" shows an extra backtick). The entity is the same character without the adjacency
            // (property test seed 8287b1Che5z1).
            if (inlines[i] is MdCode && sb.Length - bottom > 1 && sb[^1] == '`' && IsEscaped(sb, bottom, sb.Length - 1))
            {
                sb.Length -= 2;
                sb.Append("&#96;");
            }

            if (inlines[i] is MdShortcode && sb.Length > bottom && sb[^1] is ']' or ')' && !IsEscaped(sb, bottom, sb.Length - 1))
            {
                // "[javascript][/javascript]" reads as a reference link and "(x)[/latex]" as a reversed one to
                // markdownlint (MD052, MD011; public WXR exports): the escaped bracket shows the same "[".
                sb.Append('\\');
            }

            if (i > 0 && inlines[i - 1] is MdShortcode && piece.First(scratch) is '(' or ':')
            {
                // "[gallery](x)" would be a link and "[gallery]: x" a link definition.
                sb.Append('\\');
            }

            piece.AppendTo(sb, scratch);
        }

        BuilderPool.Return(scratch);
    }

    /// <summary>
    /// A rendered piece in the scratch builder: <see cref="Start"/> to <see cref="End"/>, and, when its emphasis
    /// delimiters had to become tags, the <see cref="Tag"/> written around its inner text instead of them.
    /// </summary>
    private readonly record struct Piece(int Start, int End, string? Tag = null)
    {
        /// <summary>The piece's first character as written, or '\0' when it writes nothing.</summary>
        public char First(StringBuilder scratch) => Tag is not null ? '<' : End > Start ? scratch[Start] : '\0';

        public void AppendTo(StringBuilder sb, StringBuilder scratch)
        {
            if (Tag is null)
            {
                sb.Append(scratch, Start, End - Start);
                return;
            }

            sb.Append('<').Append(Tag).Append('>').Append(scratch, Start, End - Start).Append("</").Append(Tag).Append('>');
        }
    }

    /// <summary>True when the character at <paramref name="index"/> follows an odd number of backslashes written
    /// since <paramref name="bottom"/> ("\\!" is a literal backslash, then a '!' that still makes "![" an image: seed 0KJmx_l2a5G1).</summary>
    private static bool IsEscaped(StringBuilder sb, int bottom, int index)
    {
        int backslashes = 0;
        while (index - 1 - backslashes >= bottom && sb[index - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>The first character of the pieces from <paramref name="from"/> on, past any run of <paramref name="mark"/>.</summary>
    private static char NextChar(StringBuilder scratch, int from, char mark, char outerAfter)
    {
        for (int j = from; j < scratch.Length; j++)
        {
            if (scratch[j] != mark) return scratch[j];
        }

        return outerAfter;
    }

    /// <summary>The last character written since <paramref name="bottom"/>, before any run of <paramref name="mark"/> it ends with.</summary>
    private static char LastCharBefore(StringBuilder sb, int bottom, char mark, char outerBefore)
    {
        int k = sb.Length - 1;
        while (k >= bottom && sb[k] == mark)
        {
            k--;
        }

        return k >= bottom ? sb[k] : outerBefore;
    }

    /// <summary>Appends one inline to <paramref name="sb"/> (strings are appended in parts: no concatenated copy first).</summary>
    private void RenderOne(MdInline inline, bool atLineStart, StringBuilder sb)
    {
        switch (inline)
        {
            case MdText t:
                MarkdownEscaper.EscapeText(sb, t.Text, atLineStart, flavor, keepStraight || _inNotTexturized);
                break;
            case MdHardBreak:
                sb.Append("\\\n");
                break;
            case MdCode c:
                MarkdownEscaper.CodeSpan(sb, flavor == MarkdownFlavor.Hugo ? HugoShortcode.EscapeInCode(c.Code) : c.Code);
                break;
            case MdEmphasis e:
                sb.Append('*');
                RenderList(e.Children, sb, atLineStart: false);
                sb.Append('*');
                break;
            case MdStrong s:
                sb.Append("**");
                RenderList(s.Children, sb, atLineStart: false);
                sb.Append("**");
                break;
            case MdStrike s:
                sb.Append("~~");
                RenderList(s.Children, sb, atLineStart: false);
                sb.Append("~~");
                break;
            case MdLink l when IsAutolink(l):
                // "[https://x/](https://x/)" says the URL twice; an autolink says it once and renders the same
                // link (issue 10: embeds written as links to themselves).
                sb.Append('<').Append(l.Href).Append('>');
                break;
            case MdLink l:
            {
                sb.Append('[');
                RenderList(l.Children, sb, atLineStart: false);
                sb.Append("](").Append(MarkdownEscaper.EscapeDestination(l.Href));
                if (l.Title is { Length: > 0 })
                {
                    sb.Append(' ').Append(MarkdownEscaper.EscapeTitle(l.Title));
                }

                sb.Append(')');
                break;
            }

            case MdImage img:
            {
                if (MarkdownEscaper.AltText(img.Alt, flavor) is not { } alt)
                {
                    // Hugo 0.111 cannot show this alt exactly from Markdown (see MarkdownEscaper.AltText): an img
                    // tag says it as it is. A paragraph holding only the image uses the figure shortcode instead.
                    sb.Append(ImageTag(img));
                    break;
                }

                sb.Append("![").Append(alt).Append("](").Append(MarkdownEscaper.EscapeDestination(img.Src));
                if (img.Title is { Length: > 0 })
                {
                    sb.Append(' ').Append(MarkdownEscaper.EscapeTitle(img.Title));
                }

                sb.Append(')');
                break;
            }

            case MdHtmlInline h:
            {
                bool outer = _inNotTexturized;
                _inNotTexturized |= NotTexturized.Contains(h.TagName);
                sb.Append(h.OpenTag);
                RenderList(h.Children, sb, atLineStart: false);
                _inNotTexturized = outer;
                sb.Append("</").Append(h.TagName).Append('>');
                break;
            }

            case MdAnchor a:
                sb.Append("<a id=\"").Append(SummaryHtmlRenderer.Attr(a.Id)).Append("\"></a>");
                break;
            case MdShortcode sc:
                // The brackets stay as written; what is inside is escaped like text (a '*' or, in hugo, a
                // quote would otherwise change). The regex that found it allows no brackets inside.
                sb.Append('[');
                MarkdownEscaper.EscapeText(sb, sc.Text[1..^1], atLineStart: false, flavor, keepStraight: true);
                sb.Append(']');
                break;
            case MdFootnoteReference f:
                sb.Append("[^").Append(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                break;
            case MdCustomInline ci:
                sb.Append(ci.ToMarkdown(flavor));
                break;
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

    /// <summary>
    /// CommonMark opens emphasis only on a left-flanking delimiter and closes it only on a right-flanking
    /// one. Where the surrounding characters make that impossible (<c>a&lt;em&gt;.b&lt;/em&gt;</c>), write the
    /// HTML tags instead: they always render, and the content between them is still Markdown. Returns the piece to
    /// write: as rendered, empty (nothing inside), or its inner text with the tag to put around it.
    /// </summary>
    private static Piece FixDelimiters(MdInline inline, StringBuilder scratch, Piece rendered, char before, char after)
    {
        int delimiter = inline is MdEmphasis ? 1 : 2;
        var inner = new Piece(rendered.Start + delimiter, rendered.End - delimiter);
        if (inner.End == inner.Start)
        {
            return inner;
        }

        bool opens = CanOpen(before, scratch[inner.Start]);
        bool closes = CanClose(scratch[inner.End - 1], after);
        if (opens && closes)
        {
            return rendered;
        }

        return inner with { Tag = inline switch { MdEmphasis => "em", MdStrong => "strong", _ => "del" } };
    }

    private static bool CanOpen(char before, char first) =>
        !InlineNormalizer.IsWhitespace(first) && (!IsPunctuation(first) || InlineNormalizer.IsWhitespace(before) || IsPunctuation(before));

    private static bool CanClose(char last, char after) =>
        !InlineNormalizer.IsWhitespace(last) && (!IsPunctuation(last) || InlineNormalizer.IsWhitespace(after) || IsPunctuation(after));

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);
}
