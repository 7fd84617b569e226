using CdsMigrate.Tests.Support;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Sources;

public sealed class RestJsonReaderTests
{
    private static List<SourceEntry> Read(string json, SourceOptions? options = null)
    {
        using var folder = new TempFolder();
        return RestJsonReader.Read(folder.Write("posts.json", json), "posts.json", options ?? SourceOptions.Default).ToList();
    }

    private static string? Value(SourceDocument doc, string key) => (doc.FrontMatter![key] as FrontMatterScalar)?.Value;

    private const string Pair = """
        [
          {"id": 1, "date": "2025-07-22T10:16:05", "date_gmt": "2025-07-22T14:16:05", "slug": "hello", "type": "post", "status": "publish",
           "link": "https://x.example/en/hello/", "title": {"rendered": "Hello &amp; welcome"},
           "content": {"raw": "<!-- wp:paragraph -->\n<p>Hi.</p>\n<!-- /wp:paragraph -->", "rendered": "<p>Hi.</p>"},
           "excerpt": {"rendered": "<p>Short.</p>"}, "meta": {"gc_author_name": " Jo Smith"}, "lang": "en", "id_en": 1, "id_fr": 2,
           "_embedded": {"wp:featuredmedia": [{"source_url": "https://x.example/i.png", "alt_text": "An icon"}],
                         "wp:term": [[{"name": "Cat", "taxonomy": "category"}], [{"name": "Tag", "taxonomy": "post_tag"}]]}},
          {"id": 2, "date": "2025-07-22T10:20:00", "slug": "bonjour", "type": "post",
           "title": {"rendered": "Bonjour"}, "content": {"rendered": "<p>Salut.</p>"}, "lang": "fr", "id_en": 1, "id_fr": 2}
        ]
        """;

    [Fact]
    public void An_entry_with_no_status_and_no_date_is_a_draft_with_a_warning()
    {
        var entries = Read("""
            [{"id": 5, "slug": "undated", "type": "post", "title": {"rendered": "Undated"}, "content": {"rendered": "<p>Hi.</p>"}},
             {"id": 6, "date": "2025-07-22T10:20:00", "slug": "dated", "type": "post", "title": {"rendered": "Dated"}, "content": {"rendered": "<p>Hi.</p>"}}]
            """);
        Assert.Equal("true", Value(entries[0].Document!, "draft"));
        Assert.Contains(entries[0].Document!.Diagnostics, d => d.Code == DiagnosticCodes.NoStatusNoDate.Code);
        Assert.Equal("false", Value(entries[1].Document!, "draft"));
    }

    [Fact]
    public void Reads_entries_with_embedded_media_terms_and_gc_author()
    {
        var doc = Read(Pair)[0].Document!;
        Assert.Equal("Hello & welcome", Value(doc, "title"));
        Assert.Equal("Jo Smith", Value(doc, "author"));
        Assert.Equal("https://x.example/i.png", Value(doc, "image"));
        Assert.Equal("An icon", Value(doc, "image-alt"));
        Assert.Equal("Short.", Value(doc, "description"));
        Assert.Equal("2025-07-22T10:16:05-04:00", Value(doc, "date"));
        Assert.StartsWith("<!-- wp:paragraph -->", doc.Html);
        Assert.Equal("en/post/hello.md", doc.OutputPath);
    }

    [Fact]
    public void Rendered_content_is_used_when_raw_is_missing_with_an_info()
    {
        var doc = Read(Pair)[1].Document!;
        Assert.Equal("<p>Salut.</p>", doc.Html);
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.RenderedContentUsed.Code);
    }

    [Fact]
    public void Translations_share_the_english_slug_as_translation_key_in_the_cds_preset()
    {
        var docs = Read(Pair, new SourceOptions { FrontMatter = FrontMatterPreset.Cds }).Select(e => e.Document!).ToList();
        Assert.Equal("hello", Value(docs[0], "translationKey"));
        Assert.Equal("hello", Value(docs[1], "translationKey"));
        Assert.Equal(["Cat", "Tag"], ((FrontMatterSequence)docs[0].FrontMatter!["tags"]!).Items.Cast<FrontMatterScalar>().Select(s => s.Value));
        Assert.Equal("2025-07-22T10:16:05", Value(docs[0], "date"));
        Assert.Equal("blog", Value(docs[0], "layout"));
    }

    [Fact]
    public void An_unknown_english_twin_is_reported_and_the_own_slug_used()
    {
        var doc = Read("""[{"id": 5, "slug": "seul", "lang": "fr", "id_en": 99, "title": {"rendered": "Seul"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "<p>x</p>"}}]""")[0].Document!;
        Assert.Equal("seul", Value(doc, "translationKey"));
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.TranslationUnpaired.Code);
    }

    [Fact]
    public void Entries_of_the_wrong_shape_are_reported_and_the_rest_converted()
    {
        var entries = Read("""[{"id": "x"}, 42, {"id": 3, "slug": "ok", "title": {"rendered": "Ok"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "<p>x</p>"}}]""");
        Assert.Equal(2, entries.Count(e => e.Diagnostics.Any(d => d.Code == DiagnosticCodes.JsonWrongShape.Code)));
        Assert.Single(entries, e => e.Document is not null);
    }

    [Fact]
    public void Invalid_json_fails_with_its_position()
    {
        var entry = Assert.Single(Read("[\n  {\"id\": 1,\n  \"slug\": }\n]"));
        Assert.Equal(SourceEntryKind.Failed, entry.Kind);
        var d = entry.Diagnostics.Single();
        Assert.Equal(DiagnosticCodes.JsonNotWellFormed.Code, d.Code);
        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void An_error_response_is_not_an_export()
    {
        var entry = Assert.Single(Read("""{"code": "rest_forbidden", "message": "Sorry"}"""));
        Assert.Equal(DiagnosticCodes.NotAnExport.Code, entry.Diagnostics.Single().Code);
    }

    [Fact]
    public void Protected_content_is_a_draft()
    {
        var doc = Read("""[{"id": 4, "slug": "p", "title": {"rendered": "P"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "", "protected": true}}]""")[0].Document!;
        Assert.Equal("true", Value(doc, "draft"));
        Assert.Contains(doc.Diagnostics, d => d.Code == DiagnosticCodes.ProtectedItem.Code);
    }
}
