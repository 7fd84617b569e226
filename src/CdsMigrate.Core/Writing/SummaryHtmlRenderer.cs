using System.Text;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// Writes inline content as HTML, for places inside raw HTML blocks (a details summary) where a
/// Markdown renderer does not parse Markdown.
/// </summary>
internal static class SummaryHtmlRenderer
{
    public static string Render(IReadOnlyList<MdInline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in InlineNormalizer.Normalize(inlines))
        {
            Append(inline, sb);
        }

        return sb.ToString();
    }

    private static void Append(MdInline inline, StringBuilder sb)
    {
        switch (inline)
        {
            case MdText t: sb.Append(MarkdownEscaper.EscapeHtml(t.Text)); break;
            case MdHardBreak: sb.Append("<br>"); break;
            case MdCode c: sb.Append("<code>").Append(MarkdownEscaper.EscapeHtml(c.Code)).Append("</code>"); break;
            case MdEmphasis e: Wrap("em", e.Children, sb); break;
            case MdStrong s: Wrap("strong", s.Children, sb); break;
            case MdStrike s: Wrap("del", s.Children, sb); break;
            case MdLink l:
                sb.Append("<a href=\"").Append(Attr(l.Href)).Append('"');
                if (l.Title is { Length: > 0 }) sb.Append(" title=\"").Append(Attr(l.Title)).Append('"');
                sb.Append('>');
                foreach (var c in l.Children) Append(c, sb);
                sb.Append("</a>");
                break;
            case MdImage img:
                sb.Append("<img src=\"").Append(Attr(img.Src)).Append("\" alt=\"").Append(Attr(img.Alt)).Append("\">");
                break;
            case MdAnchor a: sb.Append("<a id=\"").Append(Attr(a.Id)).Append("\"></a>"); break;
            case MdShortcode sc: sb.Append(MarkdownEscaper.EscapeHtml(sc.Text)); break;
            case MdFootnoteReference f: sb.Append("<sup>").Append(f.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</sup>"); break;
            case MdCustomInline ci: sb.Append(MarkdownEscaper.EscapeHtml(ci.ToMarkdown(Conversion.MarkdownFlavor.Gfm))); break;
            case MdHtmlInline h:
                sb.Append(h.OpenTag);
                foreach (var c in h.Children) Append(c, sb);
                sb.Append("</").Append(h.TagName).Append('>');
                break;
        }
    }

    private static void Wrap(string tag, IReadOnlyList<MdInline> children, StringBuilder sb)
    {
        sb.Append('<').Append(tag).Append('>');
        foreach (var c in children) Append(c, sb);
        sb.Append("</").Append(tag).Append('>');
    }

    internal static string Attr(string value) => MarkdownEscaper.EscapeHtml(value).Replace("\"", "&quot;", StringComparison.Ordinal);
}
