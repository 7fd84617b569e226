using CdsMigrate.Tests.Coverage;
using System.Text.Json;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13: typos are usage errors before anything is read, --out is checked first, empty runs are said.</summary>
public sealed class StrictCommandLineTests : IDisposable
{
    private const string Post = "---\ntitle: Hello\n---\n\n<p>Hello.</p>\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--dryrun", "--dry-run")]
    [InlineData("--flavour", "--flavor")]
    [InlineData("--no-such-thing", null)]
    [InlineData("--verbos", "--verbose")]
    public void A_mistyped_option_exits_2_with_a_suggestion_and_writes_nothing(string typo, string? suggestion)
    {
        _temp.Write("in/a.md", Post);
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", _temp.Combine("out"), typo, "hugo");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"unknown option '{typo.Split('=')[0]}'", run.Stderr);
        if (suggestion is not null)
        {
            Assert.Contains($"did you mean '{suggestion}'?", run.Stderr);
        }

        Assert.False(Directory.Exists(_temp.Combine("out")), "nothing may be written");
    }

    [Fact]
    public void A_mistyped_option_is_refused_before_any_input_is_read()
    {
        // The input does not exist: had it been read, the error would be CDS2006 and exit 3.
        var run = CliRun.Of("check", _temp.Combine("missing"), "--fail-onn", "warning");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("did you mean '--fail-on'?", run.Stderr);
        Assert.DoesNotContain("CDS2006", run.Stderr);
    }

    [Fact]
    public void A_file_named_with_a_leading_dash_is_reached_through_dot_slash()
    {
        _temp.Write("-odd.md", Post);
        var refused = CliRun.Of("check", "-odd.md");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("./-odd.md", refused.Stderr);
        Assert.Equal(0, CliRun.Of("check", _temp.Combine("-odd.md")).ExitCode);
    }

    [Fact]
    public void An_out_that_is_a_file_exits_3_with_one_message_before_converting()
    {
        for (int i = 0; i < 5; i++) _temp.Write($"in/{i}.md", Post);
        string file = _temp.Write("out.txt", "x");
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", file);

        Assert.Equal(3, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
        Assert.Contains("error CDS7004: --out", run.Stderr);
        Assert.Contains("is a file", run.Stderr);
        Assert.DoesNotContain("documents", run.Stderr);
    }

    [SkippableFact]
    public void An_out_that_cannot_be_created_exits_3_before_converting()
    {
        // /proc refuses new folders even to root (the tests may run as root, where permissions do not stop writes).
        Skips.IfNot(OperatingSystem.IsLinux() && Directory.Exists("/proc/self"), "needs Linux /proc");
        _temp.Write("in/a.md", Post);
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", "/proc/cdsmigrate-test/out");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("error CDS7004: --out /proc/cdsmigrate-test/out cannot be created", run.Stderr);
        Assert.Single(run.Stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void An_out_inside_an_input_folder_is_refused()
    {
        _temp.Write("in/a.md", Post);
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", _temp.Combine("in", "out"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("inside the input folder", run.Stderr);
        Assert.Equal(["a.md"], _temp.Files(_temp.Combine("in")));
    }

    [Fact]
    public void A_dry_run_checks_out_without_creating_it()
    {
        _temp.Write("in/a.md", Post);
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", _temp.Combine("new", "out"), "--dry-run");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(Directory.Exists(_temp.Combine("new")));
    }

    [Fact]
    public void Input_folders_whose_files_collide_keep_their_names_under_out()
    {
        _temp.Write("content/en/blog/a.md", Post);
        _temp.Write("content/fr/blog/a.md", Post.Replace("Hello", "Bonjour"));
        var run = CliRun.Of("convert", _temp.Combine("content", "en"), _temp.Combine("content", "fr"), "--out", _temp.Combine("out"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["en/blog/a.md", "fr/blog/a.md"], _temp.Files(_temp.Combine("out")));
        Assert.Contains("Bonjour", File.ReadAllText(_temp.Combine("out", "fr", "blog", "a.md")));
        Assert.DoesNotContain("CDS2019", run.Stderr);
    }

    [Fact]
    public void Input_folders_that_do_not_collide_merge_as_before()
    {
        _temp.Write("a/one.md", Post);
        _temp.Write("b/two.md", Post);
        var run = CliRun.Of("convert", _temp.Combine("a"), _temp.Combine("b"), "--out", _temp.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["one.md", "two.md"], _temp.Files(_temp.Combine("out")));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("text-only")]
    public void An_empty_run_warns_and_fails_under_fail_on_warning(string folder)
    {
        Directory.CreateDirectory(_temp.Combine(folder));
        if (folder == "text-only") _temp.Write("text-only/notes.txt", "not a post");

        var lenient = CliRun.Of("check", _temp.Combine(folder));
        Assert.Equal(0, lenient.ExitCode);
        Assert.Contains("cdsmigrate: warning CDS7001: nothing to convert", lenient.Stderr);

        var strict = CliRun.Of("check", _temp.Combine(folder), "--fail-on", "warning");
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void A_types_value_no_input_holds_is_a_warning_naming_the_types_found()
    {
        string report = _temp.Combine("report.json");
        var run = CliRun.Of("check", Path.Combine(RepoPaths.Samples, "wxr"), "--types", "pages", "--report", report);

        Assert.Contains("warning CDS7002: --types pages: no input holds this type; types found:", run.Stderr);
        Assert.Contains("page (1)", run.Stderr);
        Assert.Contains("post (5)", run.Stderr);
        Assert.Contains("CDS7001", run.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var codes = json.RootElement.GetProperty("runDiagnostics").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ToList();
        Assert.Equal(["CDS7002", "CDS7001"], codes);
        Assert.Equal(2, json.RootElement.GetProperty("totals").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void Fail_on_never_only_reports_even_for_unreadable_inputs()
    {
        _temp.Write("in/good.md", Post);
        _temp.Write("in/empty.md", "");
        Assert.Equal(3, CliRun.Of("check", _temp.Combine("in")).ExitCode);
        var never = CliRun.Of("check", _temp.Combine("in"), _temp.Combine("missing.md"), "--fail-on", "never");
        Assert.Equal(0, never.ExitCode);
        Assert.Contains("error CDS2003", never.Stderr);
        // A wrong command line still fails.
        Assert.Equal(2, CliRun.Of("check", _temp.Combine("in"), "--fail-on", "never", "--bogus").ExitCode);
    }
}
