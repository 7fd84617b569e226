using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Verification;
using Markdig;
using Markdig.Extensions.Yaml;
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

    /// <summary>
    /// The same reading with the front matter taken as a block (Markdig's YAML front matter extension, inert anywhere
    /// but on the first line), so that the body need not be copied out of the file to be parsed (issue 11).
    /// </summary>
    private static readonly MarkdownPipeline PipelineAfterFrontMatter = new MarkdownPipelineBuilder().UseYamlFrontMatter().UsePipeTables().UseFootnotes().Build();

    /// <summary>Counts <paramref name="markdown"/>, a whole output file (its front matter is skipped).</summary>
    public static StructureCounts Count(string markdown)
    {
        int closing = ClosingLine(markdown, out int bodyStart);
        if (closing < 0)
        {
            return Count(Markdown.Parse(markdown, Pipeline), markdown);
        }

        // The extension must see the front matter end on the very line found here (its rules for delimiters differ at
        // the edges: tabs, a closing line it looks ahead for); when it does, the body after it parses as it would
        // alone, at offsets moved by the front matter's length. Otherwise the body is copied out and parsed alone, as it always was.
        return ParseAfterFrontMatter(markdown, closing, bodyStart) is { } document ? Count(document, markdown) : CountCopiedBody(markdown);
    }

    /// <summary>
    /// The whole file parsed with its front matter as a block, when that block ends on the line from
    /// <paramref name="closing"/> to <paramref name="bodyStart"/> (its span ends on its closing line); else null.
    /// </summary>
    internal static MarkdownDocument? ParseAfterFrontMatter(string markdown, int closing, int bodyStart)
    {
        var document = Markdown.Parse(markdown, PipelineAfterFrontMatter);
        return document.Count > 0 && document[0] is YamlFrontMatterBlock frontMatter && frontMatter.Span.End >= closing && frontMatter.Span.End < bodyStart
            ? document
            : null;
    }

    /// <summary>As <see cref="Count(string)"/> without the extension: the body copied out and parsed alone (kept to check the other way).</summary>
    internal static StructureCounts CountCopiedBody(string markdown)
    {
        string body = WithoutFrontMatter(markdown);
        return Count(Markdown.Parse(body, Pipeline), body);
    }

    /// <summary>
    /// Counts <paramref name="markdown"/>, a whole output file, from the verifier's parse of its body
    /// (<paramref name="output"/>) instead of parsing it again (issue 11); null when that parse may read the file
    /// differently from <see cref="Count(string)"/>, which must then be called. It reads the same when
    /// <list type="bullet">
    /// <item>the text parsed is the file's body as <see cref="Count(string)"/> takes it, or that body but for the
    /// blank line written after the front matter (a leading blank line changes no block);</item>
    /// <item>the flavour's pipeline differs from <see cref="Pipeline"/> only by extensions that cannot act on this text:
    /// GFM's strikethrough needs a '~', its alerts "[!", hugo's generic attributes a '{'. Commonmark's pipeline lacks
    /// tables and footnotes: it is never shared.</item>
    /// </list>
    /// Checked on the text rather than argued about Markdig's parsers; the checks are scans, much cheaper than a parse.
    /// </summary>
    internal static StructureCounts? CountParsed(string markdown, ParsedOutput output)
    {
        string text = output.Text;
        if (output.Flavor == MarkdownFlavor.CommonMark || text.Contains('~') || text.Contains("[!", StringComparison.Ordinal)
            || (output.Flavor == MarkdownFlavor.Hugo && text.Contains('{')))
        {
            return null;
        }

        var body = ClosingLine(markdown, out int bodyStart) < 0 ? markdown.AsSpan() : markdown.AsSpan(bodyStart);
        bool same = body.SequenceEqual(text) || (body.Length == text.Length + 1 && body[0] == '\n' && body[1..].SequenceEqual(text));
        return same ? Count(output.Document, text) : null;
    }

    /// <summary>Counts <paramref name="document"/>, parsed from <paramref name="text"/> (a front matter block in it is not counted).</summary>
    private static StructureCounts Count(MarkdownDocument document, string text)
    {
        int headings = 0, images = 0, links = 0, items = 0;
        void CountHtml(string html)
        {
            headings += HtmlHeading().Count(html);
            images += HtmlImage().Count(html);
            links += HtmlLink().Count(html);
            items += HtmlListItem().Count(html);
        }

        // Every block and inline once, as Descendants() gives them, in another order (the counts have none): its iterator
        // keeps two stacks and is asked twice per node through an interface, 1.1% of a verified run's instructions (issue 11).
        var pending = new List<MarkdownObject>(32);
        AddChildren(document, pending);
        while (pending.Count > 0)
        {
            var node = pending[^1];
            pending.RemoveAt(pending.Count - 1);
            AddChildren(node, pending);
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
                case ParagraphBlock paragraph when paragraph.Span.Length > 0 && paragraph.Span.End < text.Length:
                    // A shortcode is paragraph text to Markdown: read it from the source span (inlines split it at '<'),
                    // matched on the span itself rather than a copy of every paragraph (issue 11: allocation).
                    // The regex is not run on the many paragraphs without "{{" (issue 11: that was a tenth of counting).
                    var span = text.AsSpan(paragraph.Span.Start, paragraph.Span.Length);
                    images += span.Contains("{{", StringComparison.Ordinal) ? HugoFigure().Count(span) : 0;
                    break;
            }
        }

        return new StructureCounts(headings, images, links, items);
    }

    /// <summary>
    /// Adds what <c>Descendants()</c> goes through under <paramref name="node"/>: a container block's blocks and the
    /// inlines of its leaf blocks (not the inline container itself), a container inline's inlines.
    /// </summary>
    private static void AddChildren(MarkdownObject node, List<MarkdownObject> pending)
    {
        if (node is ContainerBlock container)
        {
            for (int i = 0; i < container.Count; i++)
            {
                var block = container[i];
                pending.Add(block);
                if (block is LeafBlock { Inline: { } inline })
                {
                    AddChildren(inline, pending);
                }
            }
        }
        else if (node is ContainerInline inlines)
        {
            for (var inline = inlines.FirstChild; inline is not null; inline = inline.NextSibling)
            {
                pending.Add(inline);
            }
        }
    }

    /// <summary>The text after a leading <c>---</c> … <c>---</c> front matter block, or the whole text.</summary>
    internal static string WithoutFrontMatter(string markdown) =>
        ClosingLine(markdown, out int bodyStart) < 0 ? markdown : bodyStart == markdown.Length ? "" : markdown[bodyStart..];

    /// <summary>
    /// Where the line closing a leading <c>---</c> front matter starts (-1: no front matter, or never closed), and
    /// where the body after it starts.
    /// </summary>
    internal static int ClosingLine(string markdown, out int bodyStart)
    {
        bodyStart = 0;
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal) && !markdown.StartsWith("---\r\n", StringComparison.Ordinal))
        {
            return -1;
        }

        int at = markdown.IndexOf('\n') + 1;
        while (at < markdown.Length)
        {
            int end = markdown.IndexOf('\n', at);
            // Compared as a span, not a copy of every front matter line (issue 11: allocation).
            var line = (end < 0 ? markdown.AsSpan(at) : markdown.AsSpan(at, end - at)).TrimEnd("\r ");
            if (line is "---" or "...")
            {
                bodyStart = end < 0 ? markdown.Length : end + 1;
                return at;
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return -1;
    }
}
