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
