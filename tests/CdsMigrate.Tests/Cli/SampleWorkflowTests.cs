using System.Text.RegularExpressions;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>The example workflow teams copy (samples/ci) runs a command line this version accepts.</summary>
public sealed partial class SampleWorkflowTests
{
    [Fact]
    public void The_sample_workflow_check_command_runs_and_writes_its_reports()
    {
        string yaml = File.ReadAllText(Path.Combine(RepoPaths.Samples, "ci", "validate-export.yml"));
        // The folded "run: >" block of the check step: its lines joined by spaces.
        var step = CheckStep().Match(yaml);
        Assert.True(step.Success, "no 'cdsmigrate check' step in the sample workflow");
        var words = string.Join(' ', step.Groups["lines"].Captures.Select(c => c.Value.Trim())).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("cdsmigrate", words[0]);

        using var temp = new TempFolder();
        temp.Write("export/post.md", "---\ntitle: Sample\n---\n<h2>Hello</h2>\n<p>Checked in CI.</p>\n");
        string cwd = Environment.CurrentDirectory;
        // Paths in the workflow are relative to the repository root: make them relative to the temp folder.
        var args = words.Skip(1).Select(w => w.StartsWith("--", StringComparison.Ordinal) || w is "check" or "error" or "github" ? w : Path.Combine(temp.Path, w)).ToArray();

        var run = CliRun.Of(args);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(Path.Combine(temp.Path, "reports", "cdsmigrate.sarif")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "reports", "junit.xml")));
        Assert.Equal(cwd, Environment.CurrentDirectory);
    }

    [GeneratedRegex(@"run: >\n(?<lines>\s+(?:cdsmigrate check|--)[^\n]*\n)+")]
    private static partial Regex CheckStep();
}
