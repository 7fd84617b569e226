using CdsMigrate.Tests.Coverage;
using System.Diagnostics;
using System.Text.Json;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13: Ctrl-C (SIGINT) sent to a real child process mid-run leaves reports marked interrupted and exit 130.</summary>
public sealed class InterruptTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [SkippableFact]
    public void Sigint_mid_run_writes_reports_marked_interrupted_and_exits_130()
    {
        Skips.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "sends a POSIX signal");
        Skips.IfNot(ChildProcess.HasPython, "needs python3 to start the tool with SIGINT at its default");
        // Big enough that the run is still going when the first outputs appear (each file is a real post).
        string post = "---\ntitle: Post\n---\n\n" + string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>Paragraph {i} with <strong>bold</strong> and <a href=\"https://example.org/{i}\">a link</a>.</p>\n"));
        for (int i = 0; i < 2000; i++)
        {
            _temp.Write($"in/p{i:D4}.md", post);
        }

        using var process = Process.Start(ChildProcess.WithDefaultSigint(_temp.Path, "convert", "in", "--out", "out",
            "--report", "report.json", "--report", "report.sarif", "--report", "junit.xml"))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!process.HasExited && DateTime.UtcNow < deadline &&
            !(Directory.Exists(_temp.Combine("out")) && Directory.EnumerateFiles(_temp.Combine("out")).Any(f => f.EndsWith(".md", StringComparison.Ordinal))))
        {
            Thread.Sleep(20);
        }

        // (No stderr.Result in this message: it is built eagerly and would wait for the process to end.)
        Assert.False(process.HasExited, "the run ended before it could be interrupted");
        var killStart = new ProcessStartInfo("kill") { RedirectStandardError = true };
        killStart.ArgumentList.Add("-INT");
        killStart.ArgumentList.Add(process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using (var kill = Process.Start(killStart)!)
        {
            string killError = kill.StandardError.ReadToEnd();
            kill.WaitForExit();
            Assert.True(kill.ExitCode == 0, $"kill {process.Id} failed ({killError}); host {ChildProcess.DotnetHost}; exited: {process.HasExited}");
        }

        Assert.True(process.WaitForExit(120_000), "the interrupted run did not end");
        process.WaitForExit();

        string err = stderr.Result;
        Assert.True(process.ExitCode == 130, $"exit {process.ExitCode}: {err}");
        Assert.Contains("cdsmigrate: interrupted: converted", err);
        Assert.Contains("error CDS7003", err);

        using var json = JsonDocument.Parse(File.ReadAllText(_temp.Combine("report.json")));
        Assert.True(json.RootElement.GetProperty("interrupted").GetBoolean());
        int documents = json.RootElement.GetProperty("documents").GetArrayLength();
        Assert.InRange(documents, 1, 1999);
        // Every document the report lists was written whole; nothing half-written is left behind.
        int written = Directory.GetFiles(_temp.Combine("out"), "*.md").Length;
        Assert.Equal(documents, written);
        Assert.Empty(Directory.GetFiles(_temp.Combine("out"), "*.tmp", SearchOption.AllDirectories));

        using var sarif = JsonDocument.Parse(File.ReadAllText(_temp.Combine("report.sarif")));
        Assert.False(sarif.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        Assert.Contains("<property name=\"interrupted\" value=\"true\" />", File.ReadAllText(_temp.Combine("junit.xml")));
        _ = stdout.Result;
    }
}
