using CdsMigrate.Core.Batch;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Translations;

/// <summary>
/// WXR exports of multilingual sites: qTranslate items (both languages in one body and title, as in
/// wxr-real's bloggure export) split into paired documents; WPML's language and translation group read from
/// the postmeta WPML Export and Import writes; pairing over a whole run.
/// </summary>
public sealed class WxrTranslationTests
{
    // Modelled on the bloggure export: an English and a French half, a <!--more--> between two bilingual halves,
    // and a French half that is only a note (the site's untranslated posts).
    private const string QTranslateBody =
        "<!--:en-->Speed boost for an old laptop.\n\n<h2>The disk</h2>\nAn SSD inside.<!--:--><!--:fr-->Un coup de fouet pour un vieux portable.\n\n<h2>Le disque</h2>\nUn SSD dedans.<!--:-->" +
        "<!--more-->" +
        "<!--:en-->\n\n<h2>Results</h2>\nBlazing fast.<!--:--><!--:fr-->\n\n<h2>Résultats</h2>\nTrès rapide.<!--:-->";

    private static WxrBuilder QTranslateExport() => new WxrBuilder()
        .Item(10, "[:en]SSD inside[:fr]Un SSD dedans[:]", "ssd-inside", content: QTranslateBody,
            extra: """<category domain="category" nicename="hardware"><![CDATA[[:en]Hardware[:fr]Matériel[:]]]></category>""")
        .Item(11, "Only English", "only-english", content: "<!--:en-->Just English.<!--:-->")
        .Item(12, "No markers", "plain", content: "<p>Nothing to split.</p>");

    private static (MigrationResult Result, TempFolder Out) Run(WxrBuilder wxr, TempFolder folder, SourceOptions? sources = null)
    {
        string path = wxr.Write(folder);
        var output = new TempFolder();
        var runner = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, Sources = sources ?? SourceOptions.Default, Parallelism = 1 });
        return (runner.Run([new InputFile(path, "export.xml", "export.md")]), output);
    }

    private static string? Value(SourceDocument doc, string key) => (doc.FrontMatter![key] as FrontMatterScalar)?.Value;

    [Fact]
    public void A_qtranslate_item_becomes_one_document_per_language_with_its_own_title_body_and_path()
    {
        using var folder = new TempFolder();
        var docs = WxrReader.Read(QTranslateExport().Write(folder), "export.xml", SourceOptions.Default)
            .Select(e => e.Document).OfType<SourceDocument>().ToList();
        var ssd = docs.Where(d => Value(d, "slug") == "ssd-inside").ToList();
        Assert.Equal(2, ssd.Count);
        var en = ssd.Single(d => d.Lang == "en");
        var fr = ssd.Single(d => d.Lang == "fr");
        Assert.Equal("SSD inside", Value(en, "title"));
        Assert.Equal("Un SSD dedans", Value(fr, "title"));
        Assert.Equal("en/post/ssd-inside.md", en.OutputPath);
        Assert.Equal("fr/post/ssd-inside.md", fr.OutputPath);
        Assert.Equal(("ssd-inside", "ssd-inside"), (Value(en, "translationKey"), Value(fr, "translationKey")));
        Assert.Equal("fr", Value(fr, "lang"));
        Assert.Equal(["Matériel"], ((FrontMatterSequence)fr.FrontMatter!["categories"]!).Items.Cast<FrontMatterScalar>().Select(c => c.Value));
        Assert.Contains("Le disque", fr.Html, StringComparison.Ordinal);
        Assert.Contains("<!--more-->", fr.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("SSD inside.", fr.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--:", en.Html + fr.Html, StringComparison.Ordinal);
        Assert.Contains(en.Diagnostics, d => d.Code == DiagnosticCodes.LanguagesSplit.Code && d.Line > 0);

        var only = Assert.Single(docs, d => Value(d, "slug") == "only-english");
        Assert.Equal("en", only.Lang);
        Assert.Equal("Just English.", only.Html.Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal).Trim());
        var plain = Assert.Single(docs, d => Value(d, "slug") == "plain");
        Assert.Null(plain.Lang);
        Assert.Equal("post/plain.md", plain.OutputPath);
    }

    [Fact]
    public void A_layout_without_lang_keeps_the_languages_apart_with_a_suffix()
    {
        using var folder = new TempFolder();
        var paths = WxrReader.Read(QTranslateExport().Write(folder), "export.xml", SourceOptions.Default with { Layout = "blog/{slug}.md" })
            .Select(e => e.Document?.OutputPath).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["blog/only-english.en.md", "blog/plain.md", "blog/ssd-inside.en.md", "blog/ssd-inside.fr.md"], paths);
    }

    [Fact]
    public void A_run_pairs_the_split_documents_and_reports_the_one_language_item()
    {
        using var folder = new TempFolder();
        var (result, output) = Run(QTranslateExport(), folder);
        using (output)
        {
            var translations = result.Translations!;
            Assert.True(translations.Checked);
            Assert.Equal(1, translations.Pairs);
            Assert.Equal(1, translations.SplitItems);
            Assert.Empty(translations.Drifted);
            var unpaired = Assert.Single(translations.Unpaired);
            Assert.Equal("en/post/only-english.md", unpaired.Member.Output);
            // The finding joins its document's report, located at the item's line in the export.
            var report = result.Documents.Single(d => d.Output == "en/post/only-english.md");
            var missing = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.TranslationMissing.Code);
            Assert.Equal("export.xml", missing.File);
            Assert.True(missing.Line > 1);
            Assert.True(File.Exists(Path.Combine(output.Path, "fr", "post", "ssd-inside.md")));
        }
    }

    [Fact]
    public void Wpml_postmeta_gives_language_and_group_and_pairs_by_the_english_slug()
    {
        var wxr = new WxrBuilder()
            .Item(20, "Hello", "hello", content: "<h2>A</h2><p>x</p>",
                extra: WxrBuilder.Meta("_wpml_import_language_code", "en") + WxrBuilder.Meta("_wpml_import_translation_group", "group-7"))
            .Item(21, "Bonjour", "bonjour", content: "<h2>A</h2><p>x</p>",
                extra: WxrBuilder.Meta("_wpml_import_language_code", "fr") + WxrBuilder.Meta("_wpml_import_source_language_code", "en") + WxrBuilder.Meta("_wpml_import_translation_group", "group-7"))
            .Item(22, "Seul", "seul", content: "<p>y</p>",
                extra: WxrBuilder.Meta("_wpml_import_language_code", "fr") + WxrBuilder.Meta("_wpml_import_translation_group", "group-8"));
        using var folder = new TempFolder();
        var docs = WxrReader.Read(wxr.Write(folder), "export.xml", SourceOptions.Default with { IncludeMeta = true }).Select(e => e.Document).OfType<SourceDocument>().ToList();
        Assert.Equal(["en/post/hello.md", "fr/post/bonjour.md", "fr/post/seul.md"], docs.Select(d => d.OutputPath));
        Assert.Equal(["hello", "hello", "group-8"], docs.Select(d => Value(d, "translationKey")));
        Assert.Equal(["en", "fr", "fr"], docs.Select(d => Value(d, "lang")));
        // WPML's bookkeeping stays out of the front matter, even with --meta.
        Assert.All(docs, d => Assert.DoesNotContain(d.FrontMatter!.Entries, e => e.Key == "meta"));

        var (result, output) = Run(wxr, folder);
        using (output)
        {
            Assert.Equal(1, result.Translations!.Pairs);
            Assert.Equal("fr/post/seul.md", Assert.Single(result.Translations.Unpaired).Member.Output);
        }
    }

    [Fact]
    public void Polylang_terms_still_pair()
    {
        const string Terms = """<category domain="language" nicename="{0}"><![CDATA[{0}]]></category><category domain="post_translations" nicename="pll_1"><![CDATA[pll_1]]></category>""";
        var wxr = new WxrBuilder()
            .Item(30, "One", "one", extra: string.Format(System.Globalization.CultureInfo.InvariantCulture, Terms, "en"))
            .Item(31, "Un", "un", extra: string.Format(System.Globalization.CultureInfo.InvariantCulture, Terms, "fr"));
        using var folder = new TempFolder();
        var (result, output) = Run(wxr, folder);
        using (output)
        {
            Assert.Equal(1, result.Translations!.Pairs);
            Assert.Empty(result.Translations.Findings);
        }
    }
}
