using System.Text.Json;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>The convert command in process: outputs, exit codes, standard input and output, bad inputs.</summary>
public sealed class ConvertCommandTests : IDisposable
{
    private const string GoodPost = "---\ntitle: 'Hello'\n---\n\n<p>Hello <strong>world</strong>.</p>\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.Combine("out");

    [Fact]
    public void Converts_a_folder_keeping_relative_paths()
    {
        _temp.Write("in/en/a.md", GoodPost);
        _temp.Write("in/fr/b.html", "<p>Bonjour&nbsp;!</p>");
        _temp.Write("in/notes.txt", "ignored");
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", Out);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("---\ntitle: 'Hello'\n---\n\nHello **world**.\n", File.ReadAllText(_temp.Combine("out", "en", "a.md")));
        Assert.Equal("Bonjour\u00a0!\n", File.ReadAllText(_temp.Combine("out", "fr", "b.md")));
        Assert.False(File.Exists(_temp.Combine("out", "notes.md")));
        Assert.Contains("converted 2 of 2 documents", run.Stderr);
        Assert.Contains("warning CDS2001", run.Stderr); // b.html has no front matter
    }

    [Fact]
    public void Standard_input_goes_to_standard_output()
    {
        var run = CliRun.WithStdin(GoodPost, "convert", "-");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("---\ntitle: 'Hello'\n---\n\nHello **world**.\n", run.Stdout);
    }

    [Theory]
    [InlineData]
    [InlineData("convert")]
    [InlineData("convert", "x.md")]
    [InlineData("convert", "-", "--flavor", "asciidoc")]
    [InlineData("convert", "-", "--bogus")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cdsmigrate", run.Stderr);
    }

    [Fact]
    public void Help_shows_examples_and_version_prints()
    {
        var help = CliRun.Of("convert", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Examples:", help.Stdout);
        Assert.Contains("--unknown", help.Stdout);
        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", version.Stdout);
    }

    [Fact]
    public void Unreadable_inputs_exit_3_and_the_others_still_convert()
    {
        _temp.Write("in/1-good.md", GoodPost);
        _temp.Write("in/2-bad-yaml.md", "---\ntitle: ok\nbad: [unclosed\n---\n<p>x</p>\n");
        _temp.Write("in/3-empty.md", "");
        _temp.WriteBytes("in/4-binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]);
        _temp.WriteBytes("in/5-latin1.md", [(byte)'<', (byte)'p', (byte)'>', 0xE9, (byte)'<', (byte)'/', (byte)'p', (byte)'>']);
        var run = CliRun.Of("convert", _temp.Combine("in"), _temp.Combine("missing.md"), "--out", Out);

        Assert.Equal(3, run.ExitCode);
        Assert.True(File.Exists(_temp.Combine("out", "1-good.md")));
        Assert.Equal(["1-good.md"], Directory.GetFiles(Out).Select(Path.GetFileName));
        Assert.Matches(@"2-bad-yaml\.md:\d+:\d+: error CDS2002", run.Stderr);
        Assert.Contains("3-empty.md: error CDS2003", run.Stderr);
        Assert.Contains("4-binary.md: error CDS2004", run.Stderr);
        Assert.Contains("5-latin1.md: error CDS2004", run.Stderr);
        Assert.Contains("missing.md: error CDS2006", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // no stack trace
    }

    [Fact]
    public void Invalid_yaml_points_at_its_line_in_the_file()
    {
        _temp.Write("in/bad.md", "---\ntitle: ok\ndate: '2025\n---\n<p>x</p>\n");
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", Out);
        Assert.Equal(3, run.ExitCode);
        Assert.Matches(@"bad\.md:[34]:\d+: error CDS2002: invalid YAML front matter", run.Stderr);
    }

    [Fact]
    public void Malformed_html_is_repaired_with_a_warning()
    {
        _temp.Write("in/broken.md", "---\ntitle: x\n---\n<p>Open <strong>bold</p></p>\n<p>Next");
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", Out);
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"broken\.md:4:\d+: warning CDS2005", run.Stderr);
        Assert.Contains("Open **bold**", File.ReadAllText(_temp.Combine("out", "broken.md")));

        var strict = CliRun.Of("convert", _temp.Combine("in"), "--out", Out, "--fail-on", "warning");
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Unknown_policy_fail_fails_the_document_without_writing_it()
    {
        _temp.Write("in/a.md", "<p>Before</p><form><input></form>");
        var keep = CliRun.Of("convert", _temp.Combine("in"), "--out", Out);
        Assert.Equal(0, keep.ExitCode);
        Assert.Contains("warning CDS1001", keep.Stderr);
        Assert.Contains("<form>", File.ReadAllText(_temp.Combine("out", "a.md")));

        var fail = CliRun.Of("convert", _temp.Combine("in"), "--out", _temp.Combine("out2"), "--unknown", "fail");
        Assert.Equal(1, fail.ExitCode);
        Assert.Contains("error CDS1003", fail.Stderr);
        Assert.False(File.Exists(_temp.Combine("out2", "a.md")));
    }

    [Fact]
    public void Report_lists_every_diagnostic_as_json()
    {
        _temp.Write("in/a.md", "<p>x</p><form></form>");
        string report = _temp.Combine("report.json");
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", Out, "--report", report);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var doc = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("converted", doc.GetProperty("status").GetString());
        var codes = doc.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Contains("CDS2001", codes);
        Assert.Contains("CDS1001", codes);
        var raw = doc.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("code").GetString() == "CDS1001");
        Assert.Equal(1, raw.GetProperty("line").GetInt32());
        Assert.Equal("form", raw.GetProperty("block").GetString());
    }
}
