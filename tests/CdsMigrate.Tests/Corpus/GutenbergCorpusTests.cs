using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>
/// WordPress's own block fixtures (../shared/corpus/gutenberg/core__*.html, block comments included)
/// convert in every flavour with no exception and no verification error, and only the blocks known to
/// have no Markdown form stay raw HTML. Skipped when ../shared is absent.
/// </summary>
public sealed class GutenbergCorpusTests
{
    private static string Fixtures => Path.Combine(RepoPaths.Corpus, "gutenberg");

    /// <summary>
    /// Fixtures whose output keeps a raw HTML block through the fallback (CDS1001), and why. Anything
    /// else kept raw is a regression (or a new fixture to judge and add here).
    /// </summary>
    private static readonly Dictionary<string, string> ExpectedRaw = new(StringComparer.Ordinal)
    {
        ["core__description-list.serialized.html"] = "Markdown has no definition lists: <dl> stays HTML",
        ["core__details-summary.serialized.html"] = "a <summary> alone, outside any <details> (a fragment)",
        ["core__footnotes.serialized.html"] = "the rendered footnotes list (<footer class=wp-block-footnotes>) until footnotes are converted",
    };

    [SkippableTheory]
    [InlineData(MarkdownFlavor.CommonMark)]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.Hugo)]
    public void Every_fixture_converts_faithfully(MarkdownFlavor flavor)
    {
        Skips.IfNot(Directory.Exists(Fixtures), "../shared/corpus/gutenberg is absent");
        var converter = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor });
        var files = Directory.EnumerateFiles(Fixtures, "core__*.html").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);

        var problems = new List<string>();
        foreach (var file in files)
        {
            string name = Path.GetFileName(file);
            var read = PostFileReader.Read(File.ReadAllBytes(file), file, name);
            Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
            var result = converter.Convert(read.Documents[0]);
            if (result.Markdown is null)
            {
                problems.Add($"{name}: not converted");
            }

            problems.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
            if (result.Diagnostics.Any(d => d.Code == DiagnosticCodes.RawHtmlKept.Code) && !ExpectedRaw.ContainsKey(name))
            {
                problems.Add($"{name}: unexpected raw HTML: " + string.Join("; ", result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlKept.Code)));
            }
        }

        Assert.True(problems.Count == 0, $"{flavor}: {problems.Count} problem(s):\n" + string.Join("\n", problems));
    }
}
