using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Verification;

/// <summary>What a reader takes from the output: the Markdown rendered as its destination renders it, fingerprinted.</summary>
internal static class OutputFingerprint
{
    public static Fingerprint Of(string markdown, ConversionOptions options)
    {
        if (options.Flavor == MarkdownFlavor.Hugo)
        {
            markdown = HugoShortcodeRendering.Expand(markdown);
        }

        string html = MarkdownRendering.ToHtml(markdown, options.Flavor);
        return Fingerprint.Of(HtmlBodyParser.ParseQuiet(html), LedgerMarks.None, options.PlainHeadings);
    }
}
