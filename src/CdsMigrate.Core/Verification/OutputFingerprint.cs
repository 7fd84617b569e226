using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using Markdig;

namespace CdsMigrate.Core.Verification;

/// <summary>What a reader takes from the output: the Markdown rendered as its destination renders it, fingerprinted.</summary>
internal static class OutputFingerprint
{
    public static Fingerprint Of(string markdown, ConversionOptions options) => Of(markdown, options, out _);

    /// <summary>As <see cref="Of(string, ConversionOptions)"/>; <paramref name="parsed"/> is the text and the document it read.</summary>
    public static Fingerprint Of(string markdown, ConversionOptions options, out ParsedOutput parsed)
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
        parsed = new ParsedOutput(markdown, document, options.Flavor);
        if (markdown.AsSpan().IndexOfAny('\0', '\r') < 0 && OutputDom.TryBuild(document) is { } body)
        {
            return Fingerprint.Of(body, LedgerMarks.None, options.PlainHeadings);
        }

        return Fingerprint.Of(HtmlBodyParser.ParseQuiet(document.ToHtml(pipeline)), LedgerMarks.None, options.PlainHeadings);
    }

    /// <summary>Whether <see cref="Of(string, ConversionOptions)"/> reads this output from the syntax tree (true) or renders and parses it (tests count the fallbacks).</summary>
    internal static bool IsReadFromTree(string markdown, ConversionOptions options)
    {
        if (options.Flavor == MarkdownFlavor.Hugo)
        {
            markdown = HugoShortcodeRendering.Expand(markdown);
        }

        return markdown.AsSpan().IndexOfAny('\0', '\r') < 0
            && OutputDom.TryBuild(Markdown.Parse(markdown, MarkdownRendering.PipelineFor(options.Flavor))) is not null;
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
