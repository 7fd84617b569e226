using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Readers;

public sealed class ReaderCliTests
{
    [Fact]
    public void Types_layout_and_front_matter_options_shape_the_output()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string wxr = new WxrBuilder().Item(1, "A post", "a-post").Item(2, "A page", "a-page", type: "page").Write(input);
        var run = CliRun.Of("convert", wxr, "--out", output.Path, "--types", "page", "--layout", "{yyyy}/{slug}/index.md", "--front-matter", "cds");
        Assert.Equal(0, run.ExitCode);
        string text = File.ReadAllText(Path.Combine(output.Path, "2024", "a-page", "index.md"));
        Assert.StartsWith("---\nlayout: blog\ntitle: A page\n", text);
        Assert.Single(Directory.EnumerateFiles(output.Path, "*.md", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("--layout", "{type}/{title}.md")]
    [InlineData("--layout", "{type}/index.md")]
    [InlineData("--front-matter", "hugo")]
    [InlineData("--types", ",")]
    public void Bad_reader_options_are_usage_errors(string option, string value)
    {
        using var output = new TempFolder();
        Assert.Equal(2, CliRun.Of("convert", Path.Combine(RepoPaths.Samples, "wxr"), "--out", output.Path, option, value).ExitCode);
    }

    [Fact]
    public void A_doctype_is_refused_with_exit_code_3_and_nothing_written()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string path = input.Write("lol.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;\">]>\n<rss><channel><item><title>&lol1;</title></item></channel></rss>\n");
        var run = CliRun.Of("convert", path, "--out", output.Path);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error CDS2011", run.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    [Fact]
    public void Without_kept_diagnostics_the_observer_sees_them_in_order_and_the_result_counts_them()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        string wxr = new WxrBuilder().Item(1, "", "x").Item(2, "Two", "x").Write(input);
        var seen = new List<string>();
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, KeepDiagnostics = false })
            .Run([new InputFile(wxr, "export.xml", "export.md")], r => seen.Add(r.Output!));
        Assert.Equal(["post/x.md", "post/x-2.md"], seen);
        Assert.Empty(result.Diagnostics);
        // Missing title on the first; on the second the renumbered path (CDS2019: the site plan resolves the
        // duplicate slug, so CDS2018 no longer asks the user to) and its old URL /x/, the first one's alias (CDS2051).
        Assert.Equal(3, result.Count(Severity.Warning));
    }
}
