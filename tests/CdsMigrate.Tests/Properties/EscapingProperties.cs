using AngleSharp.Html.Parser;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Verification;
using CdsMigrate.Core.Writing;
using CsCheck;
using Xunit.Abstractions;

namespace CdsMigrate.Tests.Properties;

/// <summary>
/// Escaping round-trips: any string of Markdown-significant characters, escaped by MarkdownEscaper.EscapeText
/// at a line start or after other text, is rendered by Markdig back to exactly that string (whitespace runs
/// collapsed, ends trimmed, as HTML shows them).
/// </summary>
public sealed class EscapingProperties(ITestOutputHelper output)
{
    /// <summary>Strings per flavour and position per run; CDSMIGRATE_PROPERTY_ITER explores longer.</summary>
    public static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("CDSMIGRATE_PROPERTY_ITER"), out int n) ? n : 2000;

    private static readonly Gen<string> Strings =
        Gen.Frequency((2, Gen.Char[MarkdownGen.Significant]), (1, Gen.Char["abc"])).Array[1, 20].Select(c => new string(c));

    public static TheoryData<MarkdownFlavor, bool> Cases() => new()
    {
        { MarkdownFlavor.Gfm, true }, { MarkdownFlavor.Gfm, false },
        { MarkdownFlavor.CommonMark, true }, { MarkdownFlavor.CommonMark, false },
        { MarkdownFlavor.Hugo, true }, { MarkdownFlavor.Hugo, false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Escaped_text_renders_back_to_itself(MarkdownFlavor flavor, bool atLineStart)
    {
        // The writer never puts whitespace at the start of a line (it would indent), so neither do we.
        Strings.Where(s => !atLineStart || !char.IsWhiteSpace(s[0])).Sample(text =>
        {
            string prefix = atLineStart ? "" : "x ";
            string markdown = prefix + MarkdownEscaper.EscapeText(text, atLineStart, flavor);
            string rendered = TextOf(MarkdownRendering.ToHtml(markdown, flavor));
            string expected = Collapse(prefix + text);
            if (rendered != expected)
            {
                throw new Xunit.Sdk.XunitException($"text     «{text}»\nmarkdown «{markdown}»\nrendered «{rendered}»\nexpected «{expected}»");
            }
        }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }

    private static string TextOf(string html) => Collapse(new HtmlParser().ParseDocument(html).Body!.TextContent);

    private static string Collapse(string text) => string.Join(' ', text.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
}
