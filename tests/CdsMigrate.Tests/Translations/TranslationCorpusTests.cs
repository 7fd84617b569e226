using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Translations;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Translations;

/// <summary>
/// Pairing over the real corpora: the CDS site's posts (cds + cds-markdown, paired by translationKey in
/// en/ and fr/ folders) and wxr-real's qTranslate export. Skipped when ../shared is absent.
/// </summary>
public sealed class TranslationCorpusTests
{
    private static TranslationReport Run(params string[] inputs)
    {
        var files = InputDiscovery.Expand(inputs, out var missing);
        Assert.Empty(missing);
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = null }).Run(files);
        return result.Translations!;
    }

    [SkippableFact]
    public void Cds_posts_pair_by_translation_key_across_both_eras()
    {
        string cds = Path.Combine(RepoPaths.Corpus, "cds"), markdown = Path.Combine(RepoPaths.Corpus, "cds-markdown");
        Skips.IfNot(Directory.Exists(cds) && Directory.Exists(markdown), "../shared/corpus/cds and cds-markdown are absent");
        var report = Run(cds, markdown);

        Assert.Equal(["en", "fr"], report.Languages);
        Assert.Equal(215, report.Documents);
        Assert.Equal(106, report.Pairs);
        // The site's own loose ends: a key with a typo on the French side ('n-this-together') and an English post
        // whose French twin is not in the corpus.
        Assert.Equal(["blog-accessible-tweets", "in-this-together", "n-this-together"],
            report.Unpaired.Select(u => u.Member.Key).Order(StringComparer.Ordinal));
        // Source-level drift: the French twin writes its list as numbered paragraphs.
        Assert.Contains(report.Drifted, d => d.Key == "blog-chantal-inclusion" && d.Aspects.Contains("listItems"));
        // Markdown-era French twins whose links are written "[text] (url)": no reader sees a link there.
        Assert.Contains(report.Drifted, d => d.Key == "blog-metrics-app" && d.Aspects.SequenceEqual(["links"]));
        Assert.Equal(0, report.SplitItems);
    }

    [SkippableFact]
    public void Qtranslate_export_splits_into_paired_documents()
    {
        string export = Path.Combine(RepoPaths.Corpus, "wxr-real", "bloggure__bloggure.github.io__wordpress.xml");
        Skips.IfNot(File.Exists(export), "../shared/corpus/wxr-real is absent");
        var report = Run(export);

        Assert.Equal(["en", "fr"], report.Languages);
        Assert.Equal(45, report.SplitItems);
        Assert.Equal(45, report.Pairs);
        // Items with markers for one language only: the other language is missing.
        Assert.Equal(8, report.Unpaired.Count);
        Assert.All(report.Unpaired, u => Assert.Single(u.Missing));
    }
}
