using CdsMigrate.Tests.Support;
using System.Diagnostics;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Sources;

public sealed class WxrReaderTests
{
    private static List<SourceEntry> Read(WxrBuilder wxr, SourceOptions? options = null)
    {
        using var folder = new TempFolder();
        return WxrReader.Read(wxr.Write(folder), "export.xml", options ?? SourceOptions.Default).ToList();
    }

    private static SourceDocument Doc(List<SourceEntry> entries, string slug) =>
        entries.Select(e => e.Document).OfType<SourceDocument>().Single(d => Value(d, "slug") == slug);

    private static string? Value(SourceDocument doc, string key) => (doc.FrontMatter![key] as FrontMatterScalar)?.Value;

    private static IEnumerable<string> Codes(SourceDocument doc) => doc.Diagnostics.Select(d => d.Code);

    [Fact]
    public void Maps_front_matter_and_keeps_the_local_date_with_its_offset()
    {
        var entries = Read(new WxrBuilder()
            .Item(1, "Late &amp; great", "late", date: "2024-03-01 22:30:00", dateGmt: "2024-03-02 03:30:00",
                extra: """<category domain="category" nicename="news"><![CDATA[News &amp; notes]]></category><category domain="post_tag" nicename="t"><![CDATA[Tag One]]></category>"""));
        var doc = Doc(entries, "late");
        Assert.Equal("Late & great", Value(doc, "title"));
        Assert.Equal("2024-03-01T22:30:00-05:00", Value(doc, "date"));
        Assert.Equal("false", Value(doc, "draft"));
        Assert.Equal("Ada Admin", Value(doc, "author"));
        Assert.Equal(["News & notes"], ((FrontMatterSequence)doc.FrontMatter!["categories"]!).Items.Cast<FrontMatterScalar>().Select(s => s.Value));
        Assert.Equal(["/late/"], ((FrontMatterSequence)doc.FrontMatter!["aliases"]!).Items.Cast<FrontMatterScalar>().Select(s => s.Value));
        var wp = (FrontMatterMapping)doc.FrontMatter!["wp"]!;
        Assert.Equal("1", ((FrontMatterScalar)wp["id"]!).Value);
        Assert.Equal("post/late.md", doc.OutputPath);
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("pending")]
    [InlineData("future")]
    [InlineData("private")]
    public void Unpublished_statuses_are_drafts(string status)
    {
        var doc = Doc(Read(new WxrBuilder().Item(1, "T", "t", status: status)), "t");
        Assert.Equal("true", Value(doc, "draft"));
        Assert.Equal(status, ((FrontMatterScalar)((FrontMatterMapping)doc.FrontMatter!["wp"]!)["status"]!).Value);
    }

    [Fact]
    public void Password_protected_items_are_drafts_with_a_warning()
    {
        var doc = Doc(Read(new WxrBuilder().Item(1, "Secret", "secret", password: "hunter2")), "secret");
        Assert.Equal("true", Value(doc, "draft"));
        Assert.Contains(DiagnosticCodes.ProtectedItem.Code, Codes(doc));
    }

    [Fact]
    public void Trash_auto_drafts_and_internal_types_are_skipped_with_info()
    {
        var entries = Read(new WxrBuilder()
            .Item(1, "Gone", "gone", status: "trash")
            .Item(2, "Auto", "", status: "auto-draft")
            .Item(3, "Menu", "menu", type: "nav_menu_item")
            .Item(4, "Kept", "kept"));
        Assert.Single(entries, e => e.Kind == SourceEntryKind.Document);
        Assert.Equal(3, entries.Count(e => e.Kind == SourceEntryKind.Skipped));
        Assert.All(entries.Where(e => e.Kind == SourceEntryKind.Skipped), e => Assert.Equal(DiagnosticCodes.ItemSkipped.Code, e.Diagnostics.Single().Code));
    }

    [Fact]
    public void Types_option_selects_post_types_and_custom_types_are_converted_by_default()
    {
        var wxr = new WxrBuilder().Item(1, "P", "p").Item(2, "Pg", "pg", type: "page").Item(3, "Pf", "pf", type: "portfolio");
        Assert.Equal(3, Read(wxr).Count(e => e.Document is not null));
        var onlyPages = Read(wxr, new SourceOptions { Types = new HashSet<string> { "page" } });
        Assert.Equal("page/pg.md", onlyPages.Select(e => e.Document).OfType<SourceDocument>().Single().OutputPath);
    }

    [Fact]
    public void Featured_image_resolves_through_an_attachment_that_comes_later()
    {
        var doc = Doc(Read(new WxrBuilder()
            .Item(1, "With image", "with-image", extra: WxrBuilder.Meta("_thumbnail_id", "9"))
            .Attachment(9, "https://example.org/a.jpg", "A lake at dawn")), "with-image");
        Assert.Equal("https://example.org/a.jpg", Value(doc, "image"));
        Assert.Equal("A lake at dawn", Value(doc, "image-alt"));
    }

    [Fact]
    public void An_attachment_loop_is_reported_and_cut()
    {
        var doc = Doc(Read(new WxrBuilder()
            .Item(1, "Loop", "loop", extra: WxrBuilder.Meta("_thumbnail_id", "7"))
            .Attachment(7, "https://example.org/v.mp4", thumbnail: 8)
            .Attachment(8, "https://example.org/w.mp4", thumbnail: 7)), "loop");
        Assert.Null(doc.FrontMatter!["image"]);
        Assert.Contains(DiagnosticCodes.AttachmentLoop.Code, Codes(doc));
    }

    [Fact]
    public void A_missing_featured_image_is_reported()
    {
        var doc = Doc(Read(new WxrBuilder().Item(1, "T", "t", extra: WxrBuilder.Meta("_thumbnail_id", "404"))), "t");
        Assert.Contains(DiagnosticCodes.FeaturedImageUnresolved.Code, Codes(doc));
    }

    [Fact]
    public void Block_footnotes_get_their_texts_from_the_footnotes_postmeta()
    {
        const string content = """
            <!-- wp:paragraph -->
            <p>Teams ship weekly<sup data-fn="aa11" class="fn"><a href="#aa11" id="aa11-link">1</a></sup> and review monthly<sup data-fn="bb22" class="fn"><a href="#bb22" id="bb22-link">2</a></sup>.</p>
            <!-- /wp:paragraph -->

            <!-- wp:footnotes /-->

            <!-- wp:paragraph -->
            <p>After the notes.</p>
            <!-- /wp:paragraph -->
            """;
        string meta = WxrBuilder.Meta("footnotes", """[{"id":"aa11","content":"A survey of <em>twelve</em> teams"},{"id":"bb22","content":"See the <a href='https://example.ca/r'>review guide</a>"}]""");
        var doc = Doc(Read(new WxrBuilder().Item(1, "Notes", "notes", content: content, extra: meta)), "notes");
        Assert.Contains(DiagnosticCodes.FootnotesFromMeta.Code, Codes(doc));
        var result = new Core.Conversion.DocumentConverter(Core.Conversion.ConversionOptions.Default).Convert(doc);
        string markdown = result.Markdown!;
        Assert.Contains("Teams ship weekly[^1] and review monthly[^2].", markdown, StringComparison.Ordinal);
        Assert.EndsWith("After the notes.\n\n[^1]: A survey of *twelve* teams\n\n[^2]: See the [review guide](https://example.ca/r)\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.DynamicBlock.Code || d.Severity != Severity.Info);
    }

    [Fact]
    public void An_item_with_no_status_and_no_date_is_a_draft_with_a_warning_as_wordpress_imports_it()
    {
        var entries = Read(new WxrBuilder()
            .Item(1, "Undated", "undated", status: "", date: "", dateGmt: "")
            .Item(2, "Dated", "dated", status: "")
            .Item(3, "Published undated", "published-undated", date: "", dateGmt: ""));
        Assert.Equal("true", Value(entries[0].Document!, "draft"));
        Assert.Contains(DiagnosticCodes.NoStatusNoDate.Code, Codes(entries[0].Document!));
        Assert.Equal("false", Value(entries[1].Document!, "draft"));
        Assert.Equal("false", Value(entries[2].Document!, "draft"));
        Assert.Contains(DiagnosticCodes.MissingDate.Code, Codes(entries[2].Document!));
        Assert.DoesNotContain(DiagnosticCodes.NoStatusNoDate.Code, Codes(entries[2].Document!));
    }

    [Fact]
    public void Missing_title_date_and_slug_each_get_a_diagnostic_and_the_item_is_still_converted()
    {
        var entries = Read(new WxrBuilder().Item(1, "", "", date: "0000-00-00 00:00:00", dateGmt: "0000-00-00 00:00:00").Item(2, "Fine", "fine"));
        var doc = entries[0].Document!;
        Assert.Equal("post-1", Value(doc, "slug"));
        Assert.Contains(DiagnosticCodes.MissingTitle.Code, Codes(doc));
        Assert.Contains(DiagnosticCodes.MissingDate.Code, Codes(doc));
        Assert.Contains(DiagnosticCodes.MissingSlug.Code, Codes(doc));
        Assert.NotNull(entries[1].Document);
    }

    [Fact]
    public void Slug_comes_from_the_title_when_post_name_is_empty_and_is_percent_decoded_otherwise()
    {
        var entries = Read(new WxrBuilder().Item(1, "Été à Montréal", "").Item(2, "X", "%c3%a9t%c3%a9"));
        Assert.Equal("ete-a-montreal", Value(entries[0].Document!, "slug"));
        Assert.Equal("été", Value(entries[1].Document!, "slug"));
    }

    [Fact]
    public void Duplicate_slugs_are_reported_on_each_item()
    {
        var entries = Read(new WxrBuilder().Item(1, "A", "same").Item(2, "B", "same"));
        Assert.All(entries, e => Assert.Contains(DiagnosticCodes.DuplicateSlug.Code, Codes(e.Document!)));
    }

    [Fact]
    public void Public_postmeta_only_with_the_meta_option()
    {
        var wxr = new WxrBuilder().Item(1, "T", "t", extra: WxrBuilder.Meta("_edit_last", "1") + WxrBuilder.Meta("reading_time", "4"));
        Assert.Null(Read(wxr)[0].Document!.FrontMatter!["meta"]);
        var meta = (FrontMatterMapping)Read(wxr, new SourceOptions { IncludeMeta = true })[0].Document!.FrontMatter!["meta"]!;
        Assert.Equal(["reading_time"], meta.Entries.Select(e => e.Key));
    }

    [Fact]
    public void Classic_content_gets_paragraphs_and_block_content_is_passed_through()
    {
        var entries = Read(new WxrBuilder()
            .Item(1, "Classic", "classic", content: "One\ntwo\n\nThree")
            .Item(2, "Blocks", "blocks", content: "<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->"));
        Assert.Equal("<p>One<br />\ntwo</p>\n<p>Three</p>\n", entries[0].Document!.Html);
        Assert.Equal("<!-- wp:paragraph -->\n<p>Hi</p>\n<!-- /wp:paragraph -->", entries[1].Document!.Html);
    }

    [Fact]
    public void Gallery_shortcode_becomes_the_images_of_its_attachments()
    {
        var doc = Doc(Read(new WxrBuilder()
            .Item(1, "G", "g", content: "Look:\n\n[gallery ids=\"5,6\"]")
            .Attachment(5, "https://example.org/5.png", "five")
            .Attachment(6, "https://example.org/6.png", "six")), "g");
        Assert.Contains("<img src=\"https://example.org/5.png\" alt=\"five\" />", doc.Html);
        Assert.Contains("<img src=\"https://example.org/6.png\" alt=\"six\" />", doc.Html);
        Assert.DoesNotContain("[gallery", doc.Html);
    }

    [Fact]
    public void Polylang_language_and_translation_group_set_lang_path_and_translation_key()
    {
        var doc = Doc(Read(new WxrBuilder().Item(1, "Bonjour", "bonjour",
            extra: """<category domain="language" nicename="fr"><![CDATA[Français]]></category><category domain="post_translations" nicename="pll_1"><![CDATA[pll_1]]></category>""")), "bonjour");
        Assert.Equal("fr/post/bonjour.md", doc.OutputPath);
        Assert.Equal("pll_1", Value(doc, "translationKey"));
    }

    [Fact]
    public void Translations_pair_through_the_english_slug_whatever_the_order()
    {
        const string group = """<category domain="post_translations" nicename="pll_9"><![CDATA[pll_9]]></category>""";
        var entries = Read(new WxrBuilder()
            .Item(1, "Bonjour", "bonjour", extra: """<category domain="language" nicename="fr"><![CDATA[Français]]></category>""" + group)
            .Item(2, "Hello", "hello", extra: """<category domain="language" nicename="en"><![CDATA[English]]></category>""" + group));
        Assert.All(entries, e => Assert.Equal("hello", Value(e.Document!, "translationKey")));
    }

    [Fact]
    public void Not_well_formed_xml_fails_with_line_and_column_and_yields_no_document()
    {
        using var folder = new TempFolder();
        string path = folder.Write("bad.xml", new WxrBuilder().Item(1, "Good", "good").Text().Replace("</channel>", "<oops></channel>"));
        var entries = WxrReader.Read(path, "bad.xml", SourceOptions.Default).ToList();
        var failure = Assert.Single(entries);
        Assert.Equal(SourceEntryKind.Failed, failure.Kind);
        var d = failure.Diagnostics.Single();
        Assert.Equal(DiagnosticCodes.XmlNotWellFormed.Code, d.Code);
        Assert.True(d.Line > 1 && d.Column > 0, d.ToString());
    }

    [Fact]
    public void Billion_laughs_is_refused_at_once_without_expansion()
    {
        using var folder = new TempFolder();
        var lol = new System.Text.StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++)
        {
            lol.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10)).Replace("&lol0;", "&lol;")}\">\n");
        }

        lol.Append("]>\n<rss><channel><item><title>&lol9;</title></item></channel></rss>\n");
        string path = folder.Write("lol.xml", lol.ToString());
        var entries = WxrReader.Read(path, "lol.xml", SourceOptions.Default).ToList();
        Assert.Equal(DiagnosticCodes.DoctypeRefused.Code, Assert.Single(Assert.Single(entries).Diagnostics).Code);
    }

    [Fact]
    public void External_entities_are_refused()
    {
        using var folder = new TempFolder();
        string path = folder.Write("xxe.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><item><title>&x;</title></item></channel></rss>");
        var entry = Assert.Single(WxrReader.Read(path, "xxe.xml", SourceOptions.Default));
        Assert.Equal(SourceEntryKind.Failed, entry.Kind);
        Assert.Equal(DiagnosticCodes.DoctypeRefused.Code, entry.Diagnostics.Single().Code);
    }

    [Fact]
    public void Xml_that_is_not_an_export_is_refused()
    {
        using var folder = new TempFolder();
        string path = folder.Write("feed.xml", "<?xml version=\"1.0\"?><feed><entry/></feed>");
        Assert.Equal(DiagnosticCodes.NotAnExport.Code, Assert.Single(WxrReader.Read(path, "feed.xml", SourceOptions.Default)).Diagnostics.Single().Code);
    }

    [Fact]
    public void An_atom_link_without_its_namespace_declared_is_read_as_WordPress_reads_it()
    {
        // WordPress.com exports write <atom:link> in the channel without declaring xmlns:atom (a public export).
        using var folder = new TempFolder();
        string text = new WxrBuilder().Item(1, "Hello", "hello").Text()
            .Replace("<channel>", "<channel>\n  <atom:link rel='hub' href='https://example.wordpress.com/?pushpress=hub'/>", StringComparison.Ordinal);
        string path = folder.Write("export.xml", text);
        var entry = Assert.Single(WxrReader.Read(path, "export.xml", SourceOptions.Default));
        Assert.Equal(SourceEntryKind.Document, entry.Kind);
        Assert.Equal("hello", Value(entry.Document!, "slug"));
    }

    [Fact]
    public void A_plain_rss_feed_is_not_an_export()
    {
        using var folder = new TempFolder();
        string path = folder.Write("feed.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>News</title><description>x</description></item></channel></rss>");
        Assert.Equal(DiagnosticCodes.NotAnExport.Code, Assert.Single(WxrReader.Read(path, "feed.xml", SourceOptions.Default)).Diagnostics.Single().Code);
    }

    [Fact]
    public void Cds_preset_writes_exactly_the_site_schema()
    {
        var doc = Read(new WxrBuilder().Item(1, "T", "t", extra: WxrBuilder.Meta("gc_author_name", "Gc Author")), new SourceOptions { FrontMatter = FrontMatterPreset.Cds })[0].Document!;
        Assert.Equal(["layout", "title", "description", "author", "date", "image", "image-alt", "thumb", "tags", "translationKey"], doc.FrontMatter!.Entries.Select(e => e.Key));
        Assert.Equal("Gc Author", Value(doc, "author"));
        Assert.Equal("2024-05-15T09:54:41", Value(doc, "date"));
    }

    [Fact]
    public void Diagnostics_inside_content_point_at_the_line_of_the_export()
    {
        using var folder = new TempFolder();
        string path = new WxrBuilder().Item(1, "Img", "img", content: "<!-- wp:paragraph -->\n<p>Text</p>\n<!-- /wp:paragraph -->\n<figure class=\"wp-block-image\"><img src=\"a.png\" alt=\"\"></figure>").Write(folder);
        var doc = WxrReader.Read(path, "export.xml", SourceOptions.Default).Single().Document!;
        var result = new CdsMigrate.Core.Conversion.DocumentConverter(CdsMigrate.Core.Conversion.ConversionOptions.Default).Convert(doc);
        var emptyAlt = result.Diagnostics.First(d => d.Code == DiagnosticCodes.EmptyAlt.Code);
        int imgLine = File.ReadAllLines(path).Select((l, i) => (l, i)).First(x => x.l.Contains("a.png", StringComparison.Ordinal)).i + 1;
        Assert.Equal(imgLine, emptyAlt.Line);
    }
}
