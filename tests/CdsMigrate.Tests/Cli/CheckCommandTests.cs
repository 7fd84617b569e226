using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>`check` exit codes and options, on small posts written here.</summary>
public sealed class CheckCommandTests
{
    private const string WarningPost = "---\ntitle: T\n---\n<p>Text</p>\n<figure class=\"wp-block-image\"><img src=\"/a.png\" alt=\"\"></figure>\n";

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("never", 0)]
    public void Fail_on_decides_the_exit_code(string failOn, int expected)
    {
        using var temp = new TempFolder();
        string post = temp.Write("p.md", WarningPost);
        var run = CliRun.Of("check", post, "--fail-on", failOn);
        Assert.True(expected == run.ExitCode, run.Stderr);
        Assert.Contains("CDS1106", run.Stderr);
    }

    [Fact]
    public void Check_writes_no_markdown_and_refuses_no_verify()
    {
        using var temp = new TempFolder();
        string post = temp.Write("p.md", WarningPost);
        var run = CliRun.Of("check", temp.Path);
        Assert.Equal(["p.md"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        Assert.Equal(2, CliRun.Of("check", post, "--no-verify").ExitCode);
        Assert.Contains("checked 1 of 1 document", run.Stderr);
    }

    /// <summary>
    /// On a writable copy of the sample posts (the corpus is read-only, so a write there could never be seen):
    /// every input keeps its bytes and the only new file is the report asked for.
    /// </summary>
    [Fact]
    public void Check_writes_nothing_but_its_reports()
    {
        using var temp = new TempFolder();
        string samples = Path.Combine(RepoPaths.Samples, "posts");
        foreach (string file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories))
        {
            temp.WriteBytes(Path.Combine("posts", Path.GetRelativePath(samples, file)), File.ReadAllBytes(file));
        }

        var before = temp.Files().ToDictionary(f => f, f => Convert.ToBase64String(File.ReadAllBytes(temp.Combine(f))));

        var run = CliRun.Of("check", temp.Combine("posts"), "--report", temp.Combine("report.json"));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal("", run.Stdout);
        Assert.Equal([.. before.Keys, "report.json"], temp.Files());
        Assert.All(before, f => Assert.Equal(f.Value, Convert.ToBase64String(File.ReadAllBytes(temp.Combine(f.Key)))));
    }

    [Fact]
    public void Convert_writes_reports_too()
    {
        using var temp = new TempFolder();
        string post = temp.Write("in/p.md", WarningPost);
        string report = Path.Combine(temp.Path, "junit.xml");
        var run = CliRun.Of("convert", post, "--out", Path.Combine(temp.Path, "out"), "--report", report);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("<testcase", File.ReadAllText(report));
        Assert.True(File.Exists(Path.Combine(temp.Path, "out", "p.md")));
    }

    [Fact]
    public void Convert_to_stdout_refuses_a_report_on_stdout()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CdsMigrate.Cli.CliApp.Run(["convert", "-", "--report-format", "github"], new StringReader("<p>x</p>"), stdout, stderr);
        Assert.Equal(2, code);
    }
}
