using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Idempotence;

/// <summary>
/// Issue 9, point 3: converting an output again, with the same options, gives byte-identical files, for every
/// corpus and every flavour (a re-run over a half-migrated folder must not damage it). Corpus cases skip when
/// ../shared is absent; the samples always run.
/// </summary>
public sealed class ReconversionTests
{
    /// <summary>
    /// Outputs that cannot come back unchanged, and why: none today. Empty outputs (6 gutenberg fixtures with no
    /// front matter whose only block is a spacer, an empty footnotes block, an empty cover…) are empty files, which
    /// the reader refuses (CDS2003): they are counted apart. A Custom HTML block (core/html) is written between its
    /// &lt;!-- wp:html --&gt; comments, so the second run keeps it as HTML too.
    /// </summary>
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal);

    public static TheoryData<string, MarkdownFlavor> Cases()
    {
        var data = new TheoryData<string, MarkdownFlavor>();
        foreach (var corpus in new[] { "samples", "cds", "cds-markdown", "wxr", "wxr-real", "rest-real", "gutenberg" })
        {
            foreach (var flavor in new[] { MarkdownFlavor.CommonMark, MarkdownFlavor.Gfm, MarkdownFlavor.Hugo })
            {
                data.Add(corpus, flavor);
            }
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Reconverting_an_output_changes_no_byte(string corpus, MarkdownFlavor flavor)
    {
        string[] sources = corpus == "samples"
            ? [Path.Combine(RepoPaths.Samples, "posts"), Path.Combine(RepoPaths.Samples, "wxr"), Path.Combine(RepoPaths.Samples, "rest")]
            : [Path.Combine(RepoPaths.Corpus, corpus)];
        Skips.IfNot(sources.All(Directory.Exists), $"{sources[0]} is absent");
        using var temp = new TempFolder();
        string first = temp.Combine("1");
        string second = temp.Combine("2");

        Run(sources, first, flavor);
        Run([first], second, flavor);

        var changed = new List<string>();
        int same = 0;
        foreach (var file in Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(first, file).Replace('\\', '/');
            string again = Path.Combine(second, relative);
            if (new FileInfo(file).Length == 0)
            {
                Assert.Equal("gutenberg", corpus);
                continue;
            }

            if (File.Exists(again) && File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(again)))
            {
                same++;
            }
            else if (!Exceptions.ContainsKey(corpus + "/" + relative))
            {
                changed.Add(relative);
            }
        }

        Assert.True(changed.Count == 0, $"{corpus} {flavor}: {changed.Count} file(s) changed when converted again ({same} unchanged):\n" + string.Join("\n", changed));
        Assert.True(same > 0);
    }

    private static void Run(string[] sources, string output, MarkdownFlavor flavor)
    {
        var inputs = InputDiscovery.Expand(sources, out var missing);
        Assert.Empty(missing);
        // Verification writes nothing: off, so the test costs two conversions.
        var options = new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = flavor, Verify = false },
            OutputDirectory = output,
            KeepDiagnostics = false,
            Parallelism = 2,
        };
        new MigrationRunner(options).Run(inputs);
    }
}
