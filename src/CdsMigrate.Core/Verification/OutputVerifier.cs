using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// Renders the produced Markdown back to HTML with Markdig and compares what a reader gets from it with
/// what the source HTML gave: words, non-breaking spaces between words, headings, list numbers, links,
/// images, quotes, details and code. Each difference is an error pointing at the source block.
/// </summary>
public static class OutputVerifier
{
    /// <summary>Compares <paramref name="markdown"/> (the body, without front matter) with the source body.</summary>
    public static IReadOnlyList<Diagnostic> Verify(IElement sourceBody, string markdown, ConversionOptions options, string file, int htmlLine)
    {
        if (options.Flavor == MarkdownFlavor.Hugo)
        {
            markdown = HugoShortcodeRendering.Expand(markdown);
        }

        string html = MarkdownRendering.ToHtml(markdown, options.Flavor);
        var rendered = Parsing.HtmlBodyParser.ParseQuiet(html);
        var expected = Fingerprint.Of(sourceBody);
        var actual = Fingerprint.Of(rendered);
        var diagnostics = new List<Diagnostic>();

        Compare("word", expected.Words, actual.Words, diagnostics, file, sourceBody, htmlLine);
        Compare("heading", expected.Headings, actual.Headings, diagnostics, file, sourceBody, htmlLine);
        Compare("list item number", expected.ListItems, actual.ListItems, diagnostics, file, sourceBody, htmlLine);
        Compare("link", expected.Links, actual.Links, diagnostics, file, sourceBody, htmlLine);
        Compare("image", expected.Images, actual.Images, diagnostics, file, sourceBody, htmlLine);
        Compare("quote", expected.Quotes, actual.Quotes, diagnostics, file, sourceBody, htmlLine);
        Compare("details summary", expected.Summaries, actual.Summaries, diagnostics, file, sourceBody, htmlLine);
        Compare("code block", expected.CodeBlocks, actual.CodeBlocks, diagnostics, file, sourceBody, htmlLine);
        Compare("in-page link", expected.InPageTargets, actual.InPageTargets, diagnostics, file, sourceBody, htmlLine);
        return diagnostics;
    }

    /// <summary>Reports the first place where two sequences differ, with a little context.</summary>
    private static void Compare(string what, List<(string, IElement?)> expected, List<(string, IElement?)> actual,
        List<Diagnostic> diagnostics, string file, IElement sourceBody, int htmlLine)
    {
        int n = Math.Min(expected.Count, actual.Count);
        int i = 0;
        while (i < n && expected[i].Item1 == actual[i].Item1)
        {
            i++;
        }

        if (i == expected.Count && i == actual.Count)
        {
            return;
        }

        string message;
        IElement? where;
        if (i < expected.Count)
        {
            where = expected[i].Item2;
            string found = i < actual.Count ? $", found '{Clip(actual[i].Item1)}'" : ", found nothing more";
            message = $"{what} '{Clip(expected[i].Item1)}' expected{found} (source has {expected.Count}, output {actual.Count}){Context(expected, i)}";
        }
        else
        {
            where = expected.Count > 0 ? expected[^1].Item2 : null;
            message = $"extra {what} '{Clip(actual[i].Item1)}' in the output (source has {expected.Count}, output {actual.Count})";
        }

        var position = where?.SourceReference?.Position;
        int line = position is null ? htmlLine : position.Value.Line + htmlLine - 1;
        int column = position?.Column ?? 1;
        diagnostics.Add(DiagnosticCodes.VerificationMismatch.At(new SourceSpan(file, line, column), message, where?.LocalName));
    }

    private static string Context(List<(string, IElement?)> items, int i)
    {
        if (items.Count < 2)
        {
            return "";
        }

        var around = items.Skip(Math.Max(0, i - 3)).Take(6).Select(x => x.Item1);
        return $" near \"{Clip(string.Join(' ', around), 80)}\"";
    }

    private static string Clip(string text, int max = 60) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
