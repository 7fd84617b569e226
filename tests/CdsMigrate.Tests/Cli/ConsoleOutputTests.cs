using CdsMigrate.Tests.Coverage;
using System.Diagnostics;
using System.Text.Json;
using CdsMigrate.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13: what a run shows on standard error, on and off a terminal.</summary>
public sealed class ConsoleOutputTests : IDisposable
{
    private const string NoFrontMatter = "<p>Hello <strong>world</strong>.</p>\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static CliHooks Env(params (string Name, string Value)[] variables) => new()
    {
        Environment = name => variables.FirstOrDefault(v => v.Name == name).Value,
    };

    private void Posts(int count)
    {
        for (int i = 0; i < count; i++) _temp.Write($"in/p{i:D2}.md", NoFrontMatter);
    }

    [Fact]
    public void Off_a_terminal_progress_comes_as_plain_lines()
    {
        Posts(5);
        var run = CliRun.With(Env(("CDSMIGRATE_PROGRESS_SECONDS", "0.000001")), "check", _temp.Combine("in"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stderr.Split('\n').Where(l => l.StartsWith("cdsmigrate: progress: ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(lines);
        Assert.Matches(@"^cdsmigrate: progress: \d+ documents \(\d+/s\), file \d+ of 5", lines[0]);
        Assert.DoesNotContain('\u001b', run.Stderr);
    }

    [Fact]
    public void Quiet_prints_nothing_but_errors()
    {
        Posts(3);
        _temp.Write("in/zz-empty.md", "");
        var run = CliRun.With(Env(("CDSMIGRATE_PROGRESS_SECONDS", "0.000001")), "convert", _temp.Combine("in"), "--out", _temp.Combine("out"), "--quiet");
        Assert.Equal(3, run.ExitCode);
        var lines = run.Stderr.TrimEnd('\n').Split('\n');
        Assert.All(lines, l => Assert.Contains(": error ", l));
        Assert.Contains(lines, l => l.Contains("zz-empty.md: error CDS2003", StringComparison.Ordinal));
        Assert.True(File.Exists(_temp.Combine("out", "p00.md")));
    }

    [Fact]
    public void Diagnostics_are_capped_per_code_on_the_console_and_whole_in_the_report()
    {
        Posts(15);
        string report = _temp.Combine("r.json");
        var run = CliRun.Of("check", _temp.Combine("in"), "--max-per-code", "4", "--report", report);
        Assert.Equal(4, run.Stderr.Split('\n').Count(l => l.Contains("warning CDS2001", StringComparison.Ordinal)));
        Assert.Contains("cdsmigrate: and 11 more CDS2001: see the report", run.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal(15, json.RootElement.GetProperty("totals").GetProperty("codes").GetProperty("CDS2001").GetInt32());
    }

    [Fact]
    public void Ignore_hides_a_code_everywhere()
    {
        Posts(2);
        string report = _temp.Combine("r.json");
        var run = CliRun.Of("check", _temp.Combine("in"), "--ignore", "cds2001", "--report", report, "--fail-on", "warning");
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("CDS2001", run.Stderr);
        Assert.DoesNotContain("CDS2001", File.ReadAllText(report));

        var typo = CliRun.Of("check", _temp.Combine("in"), "--ignore", "CDS20001");
        Assert.Equal(2, typo.ExitCode);
        Assert.Contains("no such diagnostic code", typo.Stderr);
    }

    [Fact]
    public void The_summary_table_counts_statuses_severities_and_top_codes()
    {
        Posts(3);
        var run = CliRun.Of("check", _temp.Combine("in"));
        Assert.Matches(@"\n  status +count +severity +count +top codes\n", run.Stderr);
        Assert.Matches(@"\n  converted +3 +error +0 +CDS2001 +3  No front matter\n", run.Stderr);
        Assert.Matches(@"\n +warning +3\n", run.Stderr);
        Assert.EndsWith("cdsmigrate: checked 3 of 3 documents; 0 error(s), 3 warning(s), 0 info(s).\n", run.Stderr);
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void Colour_on_a_terminal_unless_no_color(bool noColorEnv, bool noColorOption, bool coloured)
    {
        Posts(1);
        var hooks = (noColorEnv ? Env(("NO_COLOR", "1")) : Env()) with { ErrorIsTerminal = true };
        var run = CliRun.With(hooks, noColorOption ? ["check", _temp.Combine("in"), "--no-color"] : ["check", _temp.Combine("in")]);
        Assert.Equal(coloured, run.Stderr.Contains("\u001b[33m", StringComparison.Ordinal) || run.Stderr.Contains("\u001b[38;5;11m", StringComparison.Ordinal));
        // The keypad mode is left as a shell expects it.
        Assert.Contains("\u001b[?1l\u001b>", run.Stderr);
    }

    [SkippableFact]
    public void Under_a_pseudo_terminal_the_live_progress_shows_and_the_terminal_is_left_as_found()
    {
        Skips.IfNot(OperatingSystem.IsLinux(), "uses util-linux script");
        Skips.IfNot(File.Exists("/usr/bin/script"), "util-linux script is not installed");
        Posts(30);
        string command = string.Join(' ', new[] { ChildProcess.DotnetHost, ChildProcess.ToolDll, "check", _temp.Combine("in") }.Select(a => "'" + a.Replace("'", "'\\''") + "'"));
        var start = new ProcessStartInfo("/usr/bin/script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-q", "-e", "-c", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment.Remove("NO_COLOR");
        start.Environment["TERM"] = "xterm-256color";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000));
        process.WaitForExit();
        string text = output.Result;

        Assert.Equal(0, process.ExitCode);
        Assert.Matches(@"cdsmigrate.{0,12} \d+ documents \(\d+/s\), file \d+ of 30", text);
        Assert.Contains("\u001b[?25l", text);  // the live display hides the cursor…
        Assert.Contains("\u001b[?25h", text);  // …and shows it again
        Assert.DoesNotContain("cdsmigrate: progress:", text);
        // Whatever switched the keypad to application mode switched it back, after the last switch on.
        int on = text.LastIndexOf("\u001b[?1h", StringComparison.Ordinal);
        Assert.True(on < 0 || text.LastIndexOf("\u001b[?1l", StringComparison.Ordinal) > on, "keypad left in application mode");
        Assert.Contains("checked 30 of 30 documents", text);
    }
}
