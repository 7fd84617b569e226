using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using Markdig;

namespace CdsMigrate.Core.Verification;

/// <summary>What a reader takes from the output: the Markdown rendered as its destination renders it, fingerprinted.</summary>
internal static class OutputFingerprint
{
    private static long s_built;
    private static long s_rendered;

    /// <summary>How many outputs were read from Markdig's syntax tree, and how many rendered and parsed (the fallback), in this process.</summary>
    public static (long Built, long Rendered) Counts => (Interlocked.Read(ref s_built), Interlocked.Read(ref s_rendered));

    public static Fingerprint Of(string markdown, ConversionOptions options)
    {
        if (options.Flavor == MarkdownFlavor.Hugo)
        {
            markdown = HugoShortcodeRendering.Expand(markdown);
        }

        // Issue 11, point 3: the page is built from Markdig's syntax tree (no HTML string, no re-parse of it), except
        // where OutputDom cannot be sure to build what the browser would; then the HTML is rendered and parsed.
        // NUL and CR are the characters the HTML parser itself rewrites in text.
        var pipeline = MarkdownRendering.PipelineFor(options.Flavor);
        var document = Markdown.Parse(markdown, pipeline);
        if (markdown.AsSpan().IndexOfAny('\0', '\r') < 0 && OutputDom.TryBuild(document) is { } body)
        {
            Interlocked.Increment(ref s_built);
            return Fingerprint.Of(body, LedgerMarks.None, options.PlainHeadings);
        }

        Interlocked.Increment(ref s_rendered);
        return Fingerprint.Of(HtmlBodyParser.ParseQuiet(document.ToHtml(pipeline)), LedgerMarks.None, options.PlainHeadings);
    }

    /// <summary>
    /// The reference reading (tests only: OutputDomEquivalenceTests): the Markdown rendered to an HTML string with
    /// Markdig and parsed back with AngleSharp, as a browser reads the page.
    /// </summary>
    internal static Fingerprint OfRendered(string markdown, ConversionOptions options)
    {
        if (options.Flavor == MarkdownFlavor.Hugo)
        {
            markdown = HugoShortcodeRendering.Expand(markdown);
        }

        string html = MarkdownRendering.ToHtml(markdown, options.Flavor);
        return Fingerprint.Of(HtmlBodyParser.ParseQuiet(html), LedgerMarks.None, options.PlainHeadings);
    }
}
