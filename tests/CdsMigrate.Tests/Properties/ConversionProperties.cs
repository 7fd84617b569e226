using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CsCheck;
using Xunit.Abstractions;

namespace CdsMigrate.Tests.Properties;

/// <summary>
/// Random trees of blocks and inlines convert without an exception, and the Markdown, rendered back by Markdig,
/// says what the HTML said: the verifier (words, non-breaking spaces, headings, list numbers, links, quotes,
/// code) finds no difference. A failure prints the shrunk HTML and its seed; fixed ones become golden cases
/// under Golden/Cases/regressions/. Bounded iterations keep CI fast.
/// </summary>
public sealed partial class ConversionProperties(ITestOutputHelper output)
{
    [System.Text.RegularExpressions.GeneratedRegex(@"<h[1-6]>(?:(?!</h[1-6]>).)*<code>[^<]*\{")]
    private static partial System.Text.RegularExpressions.Regex HeadingCodeWithBrace();

    /// <summary>Cases per flavour per run (about a second each on two cores); CDSMIGRATE_PROPERTY_ITER explores longer.</summary>
    public static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("CDSMIGRATE_PROPERTY_ITER"), out int n) ? n : 400;

    public static TheoryData<MarkdownFlavor> Flavors() => [MarkdownFlavor.Gfm, MarkdownFlavor.CommonMark, MarkdownFlavor.Hugo];

    [Theory]
    [MemberData(nameof(Flavors))]
    public void Random_html_converts_and_verifies_clean(MarkdownFlavor flavor)
    {
        var converter = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor });

        // Known verifier limit, not a converter bug: Markdig's generic attributes (the Hugo pipeline) read a '{'
        // anywhere on a heading line as attributes, even inside a code span, and drop the rest of the line;
        // Hugo's goldmark only reads a trailing {...}. Such headings are left out for Hugo (seed a0Rh_V1_Z451).
        var bodies = flavor == MarkdownFlavor.Hugo ? MarkdownGen.Body.Where(html => !HeadingCodeWithBrace().IsMatch(html)) : MarkdownGen.Body;
        bodies.Sample(html =>
        {
            var result = converter.Convert(new SourceDocument { SourcePath = "random.html", OutputPath = "random.md", Html = html });
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            if (result.Markdown is null || errors.Count > 0)
            {
                throw new Xunit.Sdk.XunitException($"{string.Join("\n", errors)}\n--- markdown ---\n{result.Markdown}");
            }
        }, iter: Iterations, threads: 1, writeLine: output.WriteLine);
    }
}
