using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CdsMigrate.Core.Translations;

/// <summary>
/// Counts the structure of a written Markdown file (front matter left out) as a reader sees it: Markdown headings,
/// images, links and list items, and the same elements inside raw HTML (tables, <c>&lt;details&gt;</c>, a post kept
/// as written) and Hugo <c>figure</c> shortcodes. It reads the output text, not the converter's model, so a post
/// written unchanged (a Markdown-era post) is counted the same way as a converted one (issue 12, point 4).
/// </summary>
internal static partial class StructureCounter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().Build();

    [GeneratedRegex(@"<h[1-6][\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@"<img[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlImage();

    [GeneratedRegex(@"<a\s[^>]*\bhref\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlLink();

    [GeneratedRegex(@"<li[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlListItem();

    [GeneratedRegex(@"\{\{[<%]\s*figure\b", RegexOptions.CultureInvariant)]
    private static partial Regex HugoFigure();

    /// <summary>Counts <paramref name="markdown"/>, a whole output file (its front matter is skipped).</summary>
    public static StructureCounts Count(string markdown)
    {
        string body = WithoutFrontMatter(markdown);
        var document = Markdown.Parse(body, Pipeline);
        int headings = 0, images = 0, links = 0, items = 0;
        void CountHtml(string html)
        {
            headings += HtmlHeading().Count(html);
            images += HtmlImage().Count(html);
            links += HtmlLink().Count(html);
            items += HtmlListItem().Count(html);
        }

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock:
                    headings++;
                    break;
                case ListItemBlock:
                    items++;
                    break;
                case HtmlBlock html:
                    CountHtml(html.Lines.ToString());
                    break;
                case LinkInline { IsImage: true }:
                    images++;
                    break;
                case LinkInline:
                    links++;
                    break;
                case AutolinkInline:
                    links++;
                    break;
                case HtmlInline inline:
                    CountHtml(inline.Tag);
                    break;
                case ParagraphBlock paragraph when paragraph.Span.Length > 0 && paragraph.Span.End < body.Length:
                    // A shortcode is paragraph text to Markdown: read it from the source span (inlines split it at '<'),
                    // matched on the span itself rather than a copy of every paragraph (issue 11: allocation).
                    images += HugoFigure().Count(body.AsSpan(paragraph.Span.Start, paragraph.Span.Length));
                    break;
            }
        }

        return new StructureCounts(headings, images, links, items);
    }

    /// <summary>The text after a leading <c>---</c> … <c>---</c> front matter block, or the whole text.</summary>
    internal static string WithoutFrontMatter(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal) && !markdown.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return markdown;
        }

        int at = markdown.IndexOf('\n') + 1;
        while (at < markdown.Length)
        {
            int end = markdown.IndexOf('\n', at);
            // Compared as a span, not a copy of every front matter line (issue 11: allocation).
            var line = (end < 0 ? markdown.AsSpan(at) : markdown.AsSpan(at, end - at)).TrimEnd("\r ");
            if (line is "---" or "...")
            {
                return end < 0 ? "" : markdown[(end + 1)..];
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return markdown;
    }
}
