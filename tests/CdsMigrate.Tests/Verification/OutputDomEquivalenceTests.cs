using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;
using CdsMigrate.Tests.Coverage;
using CdsMigrate.Tests.Golden;
using CdsMigrate.Tests.Support;
using Xunit.Abstractions;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 11, point 3: the verifier reads its output from Markdig's syntax tree (<see cref="OutputDom"/>) instead of
/// rendering it to HTML and parsing that back. The old reading stays here as the reference: for every golden output,
/// every sample output and the outputs of the ../shared corpus, both readings give the same fingerprint, aspect by
/// aspect, in every flavour. The corpus inputs that are Markdown are read as outputs too (raw HTML and all).
/// </summary>
public sealed class OutputDomEquivalenceTests(ITestOutputHelper output)
{
    private static readonly MarkdownFlavor[] Flavors = [MarkdownFlavor.CommonMark, MarkdownFlavor.Gfm, MarkdownFlavor.Hugo];

    [Fact]
    public void Golden_outputs_read_the_same_from_the_syntax_tree()
    {
        var texts = GoldenCase.All().Select(c => (c.Name, Body(File.ReadAllText(c.ExpectedPath)), c.Load().Options));
        AssertSameReading(texts.SelectMany(t => Flavors.Select(f => (t.Name, t.Item2, t.Options with { Flavor = f }))).ToList(), "golden outputs");
    }

    [Fact]
    public void Sample_outputs_read_the_same_from_the_syntax_tree()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Samples, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
        AssertSameReading(files.SelectMany(f => Flavors.Select(flavor => (f, Body(File.ReadAllText(f)), ConversionOptions.Default with { Flavor = flavor }))).ToList(), "sample files");
    }

    [SkippableTheory]
    [InlineData("cds")]
    [InlineData("cds-markdown")]
    [InlineData("gutenberg")]
    public void Corpus_outputs_read_the_same_from_the_syntax_tree(string folder)
    {
        string corpus = Path.Combine(RepoPaths.Corpus, folder);
        Skips.IfNot(Directory.Exists(corpus), $"../shared/corpus/{folder} is absent");
        var cases = new List<(string Name, string Markdown, ConversionOptions Options)>();
        foreach (var flavor in Flavors)
        {
            var options = ConversionOptions.Default with { Flavor = flavor, Verify = false };
            var converter = new DocumentConverter(options);
            foreach (var file in Directory.EnumerateFiles(corpus, "*.*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            {
                var read = PostFileReader.Read(File.ReadAllBytes(file), file, Path.GetFileName(file));
                foreach (var document in read.Documents)
                {
                    if (converter.Convert(document).Markdown is { } markdown)
                    {
                        cases.Add(($"{file} ({flavor})", Body(markdown), options));
                    }

                    // The input itself, read as Markdown: raw HTML of every shape.
                    cases.Add(($"{file} as Markdown ({flavor})", document.Html, options));
                }
            }
        }

        AssertSameReading(cases, $"corpus/{folder}");
    }

    private void AssertSameReading(IReadOnlyList<(string Name, string Markdown, ConversionOptions Options)> cases, string what)
    {
        Assert.NotEmpty(cases);
        var different = new List<string>();
        var rendered = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, markdown, options) in cases)
        {
            // Counted apart: outputs of the converter, and inputs read as Markdown (raw HTML of every shape).
            string kind = (name.Contains(" as Markdown ", StringComparison.Ordinal) ? "inputs read as Markdown" : "outputs") + $" ({options.Flavor})";
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            if (!OutputFingerprint.IsReadFromTree(markdown, options))
            {
                rendered[kind] = rendered.GetValueOrDefault(kind) + 1;
            }

            var fromTree = OutputFingerprint.Of(markdown, options);
            var reference = OutputFingerprint.OfRendered(markdown, options);
            foreach (var aspect in Enum.GetValues<FingerprintAspect>())
            {
                var a = fromTree[aspect].Select(x => x.Text).ToList();
                var b = reference[aspect].Select(x => x.Text).ToList();
                if (!a.SequenceEqual(b))
                {
                    int at = Enumerable.Range(0, Math.Min(a.Count, b.Count)).FirstOrDefault(i => a[i] != b[i], Math.Min(a.Count, b.Count));
                    different.Add($"{name}: {aspect} differs at item {at}: tree '{a.ElementAtOrDefault(at)}' ({a.Count} items), rendered '{b.ElementAtOrDefault(at)}' ({b.Count} items)");
                }
            }
        }

        foreach (var (kind, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{what}, {kind}: {count} read, {rendered.GetValueOrDefault(kind)} rendered and parsed instead of built from the tree");
        }

        Assert.True(different.Count == 0, $"{different.Count} difference(s):\n" + string.Join("\n", different.Take(30)));
    }

    /// <summary>The body of an output file: what the verifier reads (front matter removed).</summary>
    private static string Body(string markdown)
    {
        markdown = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return markdown;
        }

        int end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }
}
