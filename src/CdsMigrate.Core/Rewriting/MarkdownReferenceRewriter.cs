using System.Text;

namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// Finds and rewrites the URLs of a produced Markdown document (front matter included) in place: links,
/// images, autolinks, link reference definitions, URL attributes of raw HTML (<c>href</c>, <c>src</c>,
/// <c>srcset</c> candidates, <c>poster</c>), URL parameters of Hugo shortcodes and the front matter's image
/// fields. Only the text of each URL concerned changes; every other byte is kept (issue 12, point 5: bodies
/// kept as written stay so). Shared by media rewriting and link rewriting, which run after the writer.
/// </summary>
internal static class MarkdownReferenceRewriter
{
    /// <summary>Every reference of the document, in document order.</summary>
    public static IReadOnlyList<MarkdownReference> Find(string markdown) => Scan(markdown).Select(f => f.Reference).ToList();

    /// <summary>
    /// Replaces the URL of each reference for which <paramref name="map"/> returns a new URL (null, or the same
    /// URL, leaves it as it is). The new URL is written in the syntax of the old one: angle brackets, quotes,
    /// HTML entities and YAML quoting as the place needs.
    /// </summary>
    public static ReferenceRewrite Rewrite(string markdown, Func<MarkdownReference, string?> map)
    {
        var found = Scan(markdown);
        var rewritten = new List<RewrittenReference>();
        var sb = new StringBuilder(markdown.Length);
        int copied = 0;
        foreach (var (reference, syntax) in found)
        {
            string? next = map(reference);
            if (next is null || next == reference.Url)
            {
                continue;
            }

            sb.Append(markdown, copied, reference.Offset - copied).Append(ReferenceEncoder.Encode(next, syntax));
            copied = reference.Offset + reference.Length;
            rewritten.Add(new RewrittenReference(reference, next));
        }

        if (rewritten.Count == 0)
        {
            return new ReferenceRewrite(markdown, []);
        }

        sb.Append(markdown, copied, markdown.Length - copied);
        return new ReferenceRewrite(sb.ToString(), rewritten);
    }

    private static List<FoundReference> Scan(string markdown)
    {
        var collector = new ReferenceCollector(markdown);
        int bodyStart = FrontMatterReferenceScanner.Scan(collector);
        ShortcodeReferenceScanner.Scan(collector, bodyStart, markdown.Length);
        MarkdownSyntaxScanner.Scan(collector, bodyStart);
        return collector.Sorted();
    }
}
