using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// Finds links, images, autolinks, link reference definitions and raw HTML in a Markdown body as Markdig reads
/// it (so a URL in code is not a reference), with exact source spans. Reference links (<c>[x][label]</c>) are
/// not references of their own: their URL lives in the definition, which is.
/// </summary>
internal static class MarkdownSyntaxScanner
{
    // Tables and footnotes as the gfm and hugo flavours write them; bare URLs as GFM and Hugo's linkify link them.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .UseAlertBlocks()
        .UseAutoLinks()
        .Build();

    public static void Scan(ReferenceCollector collector, int bodyStart)
    {
        string text = collector.Text;

        // Parsed alone, so Markdig never takes the front matter for Markdown; offsets are shifted back.
        string body = text[bodyStart..];
        var document = Markdown.Parse(body, Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case LinkInline { Reference: null } link when !link.UrlSpan.IsEmpty && link.Url is not null:
                    AddLink(collector, body, bodyStart, link);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    collector.Add(ReferenceKind.Autolink, autolink.Url, null, null, bodyStart + autolink.Span.Start, autolink.Span.Length, ReferenceSyntax.AngleAutolink);
                    break;
                case LinkReferenceDefinition definition when !definition.UrlSpan.IsEmpty && definition.Url is not null:
                    collector.Add(ReferenceKind.ReferenceDefinition, definition.Url, null, null, bodyStart + definition.UrlSpan.Start, definition.UrlSpan.Length,
                        body[definition.UrlSpan.Start] == '<' ? ReferenceSyntax.PointyDestination : ReferenceSyntax.Destination);
                    break;
                case HtmlBlock html when !html.Span.IsEmpty:
                    HtmlReferenceScanner.Scan(collector, bodyStart + html.Span.Start, Math.Min(html.Span.Length, body.Length - html.Span.Start));
                    break;
                case HtmlInline html when !html.Span.IsEmpty:
                    HtmlReferenceScanner.Scan(collector, bodyStart + html.Span.Start, html.Span.Length);
                    break;
            }
        }
    }

    private static void AddLink(ReferenceCollector collector, string body, int bodyStart, LinkInline link)
    {
        int start = link.UrlSpan.Start;
        int length = link.UrlSpan.Length;
        if (link.IsAutoLink)
        {
            // A bare URL: its text is the URL. "www.x.org" links to "http://www.x.org", which is not its text:
            // rewriting it would need new link text, so it is reported only when the text is the URL.
            if (body.AsSpan(start, length).SequenceEqual(link.Url))
            {
                collector.Add(ReferenceKind.Autolink, link.Url!, null, null, bodyStart + start, length, ReferenceSyntax.BareUrl);
            }

            return;
        }

        collector.Add(link.IsImage ? ReferenceKind.Image : ReferenceKind.Link, link.Url!, null, null, bodyStart + start, length,
            body[start] == '<' ? ReferenceSyntax.PointyDestination : ReferenceSyntax.Destination);
    }
}
