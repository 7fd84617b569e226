using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>
/// Every real CDS post (../shared/corpus/cds) and the seed convert faithfully: rendered back by Markdig,
/// the Markdown has the source's words, non-breaking spaces between words, headings, list numbers,
/// links, images, quotes and details (the built-in verifier's checks). Skipped when ../shared is absent.
/// </summary>
public sealed class CdsCorpusTests
{
    private static string CdsCorpus => Path.Combine(RepoPaths.Corpus, "cds");

    private static string Seed => Path.Combine(RepoPaths.Shared, "seed", "000_aca800a4e23fcfb0.txt");

    [SkippableTheory]
    [InlineData(MarkdownFlavor.CommonMark)]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.Hugo)]
    public void Every_cds_post_converts_faithfully(MarkdownFlavor flavor)
    {
        Skips.IfNot(Directory.Exists(CdsCorpus), "../shared/corpus/cds is absent");
        var converter = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor });
        var files = Directory.EnumerateFiles(CdsCorpus, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(68, files.Count);

        var unfaithful = new List<string>();
        foreach (var file in files)
        {
            var result = Convert(converter, file);
            unfaithful.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        }

        Assert.True(unfaithful.Count == 0, $"{flavor}: {unfaithful.Count} error(s):\n" + string.Join("\n", unfaithful));
    }

    [SkippableFact]
    public void Seed_keeps_front_matter_quote_details_numbers_and_nonbreaking_spaces()
    {
        Skips.IfNot(File.Exists(Seed), "../shared/seed is absent");
        var result = Convert(new DocumentConverter(ConversionOptions.Default), Seed);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Severity.Warning);
        string md = result.Markdown!;

        // Front matter: every key, in order, with its value (the date stays a string).
        var reread = PostFileReader.ReadText(md, "out.md", "out.md").Documents[0].FrontMatter!;
        var original = PostFileReader.ReadText(File.ReadAllText(Seed), "seed", "seed").Documents[0].FrontMatter!;
        Assert.Equal(original.Entries.Select(e => e.Key), reread.Entries.Select(e => e.Key));
        Assert.Equal(original, reread, FrontMatterComparer.Instance);
        Assert.Equal(new FrontMatterScalar("2025-07-22T10:16:05"), reread["date"]);

        // The quote keeps its attribution line, as emphasis with its link.
        Assert.Contains("> *– [Vision stratégique du SNC (2025-2027)](https://numerique.canada.ca/rapports/strategie-2024.pdf)*", md);

        // The details block numbers its six items 1–6, as one list.
        int details = md.IndexOf("<details>", StringComparison.Ordinal);
        string inside = md[details..md.IndexOf("</details>", StringComparison.Ordinal)];
        for (int n = 1; n <= 6; n++)
        {
            Assert.Contains($"\n{n}. **", inside);
        }

        Assert.DoesNotContain("<!-- -->", inside);

        // Non-breaking spaces between words stay (French typography).
        Assert.Contains("20\u00a0ans", md);
        Assert.Contains("**Collaboration intergouvernementale**\u00a0: offrir", md);
        Assert.Contains("«\u00a0Le SNC", md);
    }

    private static ConversionResult Convert(DocumentConverter converter, string file)
    {
        var read = PostFileReader.Read(File.ReadAllBytes(file), file, Path.GetFileName(file));
        Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
        var result = converter.Convert(read.Documents[0]);
        Assert.NotNull(result.Markdown);
        return result;
    }
}
