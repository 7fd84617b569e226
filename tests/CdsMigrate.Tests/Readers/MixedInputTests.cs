using CdsMigrate.Tests.Support;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Sources;

namespace CdsMigrate.Tests.Readers;

/// <summary>The runner takes any mix of post files, WXR and JSON, told apart by content, and streams them in order.</summary>
public sealed class MixedInputTests
{
    [Fact]
    public void A_folder_with_a_post_file_a_renamed_wxr_and_json_converts_all_in_order()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a-post.md", "---\ntitle: A post\n---\n<p>Hello.</p>\n");
        new WxrBuilder().Item(1, "From WXR", "from-wxr").Write(input, "b-export.xml");
        input.Write("c-posts.json", """[{"id": 9, "slug": "from-json", "title": {"rendered": "From JSON"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "<p>Hi.</p>"}}]""");
        var files = InputDiscovery.Expand([input.Path], out _);
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, Parallelism = 3 }).Run(files);
        Assert.Equal(["a-post.md", "post/from-wxr.md", "post/from-json.md"], result.Documents.Select(d => d.Output));
        Assert.All(result.Documents, d => Assert.Equal(DocumentStatus.Converted, d.Status));
        Assert.True(File.Exists(Path.Combine(output.Path, "post", "from-json.md")));
    }

    [Fact]
    public void Duplicate_paths_get_numbered_with_a_warning_in_input_order_whatever_the_parallelism()
    {
        using var input = new TempFolder();
        string wxr = new WxrBuilder().Item(1, "One", "same").Item(2, "Two", "same").Item(3, "Three", "SAME").Write(input);
        foreach (int parallelism in new[] { 1, 4 })
        {
            using var output = new TempFolder();
            var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, Parallelism = parallelism }).Run([new InputFile(wxr, "export.xml", "export.md")]);
            Assert.Equal(["post/same.md", "post/same-2.md", "post/SAME-3.md"], result.Documents.Select(d => d.Output));
            Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.DuplicateOutputPath.Code));
            Assert.Contains("title: Two", File.ReadAllText(Path.Combine(output.Path, "post", "same-2.md")));
        }
    }

    [Fact]
    public void A_broken_export_fails_alone_and_the_other_inputs_still_convert()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string bad = input.Write("bad.xml", "<?xml version=\"1.0\"?>\n<rss><channel><item><title>x</title></channel></rss>");
        string good = input.Write("good.md", "<p>Fine.</p>\n");
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path }).Run(
            [new InputFile(bad, "bad.xml", "bad.md"), new InputFile(good, "good.md", "good.md")]);
        Assert.True(result.AnyInputFailed);
        Assert.Equal(DocumentStatus.Converted, result.Documents.Single(d => d.Source == "good.md").Status);
        Assert.Equal(["good.md"], Directory.EnumerateFiles(output.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Rest_translations_pair_across_the_pages_of_a_folder()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("page-1.json", """[{"id": 1, "slug": "hello", "lang": "en", "title": {"rendered": "Hello"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "<p>Hi.</p>"}}]""");
        input.Write("page-2.json", """[{"id": 2, "slug": "bonjour", "lang": "fr", "id_en": 1, "title": {"rendered": "Bonjour"}, "date": "2025-01-01T00:00:00", "content": {"rendered": "<p>Salut.</p>"}}]""");
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path }).Run(InputDiscovery.Expand([input.Path], out _));
        Assert.Contains("translationKey: hello", File.ReadAllText(Path.Combine(output.Path, "fr", "post", "bonjour.md")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.TranslationUnpaired.Code);
    }
}
