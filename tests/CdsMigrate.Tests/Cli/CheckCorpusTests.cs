using CdsMigrate.Tests.Coverage;
using System.Text.Json;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>
/// Issue 5, "done when": check over the real post files exits 0 with no error, and the reports it writes
/// from that real run validate (JSON against docs/report.schema.json, SARIF against SARIF 2.1.0).
/// </summary>
public sealed class CheckCorpusTests
{
    [SkippableFact]
    public void Check_over_the_corpus_post_files_exits_0_with_valid_reports()
    {
        string posts = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.IfNot(Directory.Exists(posts), "../shared/corpus is absent");
        using var temp = new TempFolder();
        string json = Path.Combine(temp.Path, "report.json");
        string sarif = Path.Combine(temp.Path, "report.sarif");

        var run = CliRun.Of("check", posts, "--report", json, "--report", sarif, "--fail-on", "error");

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        var totals = report.RootElement.GetProperty("totals");
        Assert.Equal(0, totals.GetProperty("errors").GetInt32());
        Assert.True(totals.GetProperty("documents").GetInt32() >= 60);
        Assert.Equal(totals.GetProperty("documents").GetInt32(), totals.GetProperty("converted").GetInt32());

        Assert.Empty(SchemaValidator.Errors(SchemaValidator.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json")), File.ReadAllText(json)));
        string sarifSchema = Path.Combine(RepoPaths.Shared, "schemas", "sarif-schema-2.1.0.json");
        if (File.Exists(sarifSchema))
        {
            Assert.Empty(SchemaValidator.Errors(SchemaValidator.Load(sarifSchema), File.ReadAllText(sarif)));
        }
    }

    [SkippableFact]
    public void Check_over_the_whole_well_formed_corpus_exits_0_with_no_error()
    {
        Skips.IfNot(Directory.Exists(RepoPaths.Corpus), "../shared/corpus is absent");
        // Every post file, Gutenberg fixture and WXR export, except the one export MANIFEST.md says is
        // deliberately not well-formed XML (its CDS2010 input error is the reader's job, not a loss).
        var inputs = new List<string> { Path.Combine(RepoPaths.Corpus, "cds"), Path.Combine(RepoPaths.Corpus, "gutenberg") };
        inputs.AddRange(Directory.GetFiles(Path.Combine(RepoPaths.Corpus, "wxr")).Where(f => !f.Contains("crazy-cdata", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        using var temp = new TempFolder();
        string json = Path.Combine(temp.Path, "report.json");

        var run = CliRun.Of(["check", .. inputs, "--report", json]);

        Assert.True(run.ExitCode == 0, string.Join("\n", run.Stderr.Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).Take(20)));
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
        Assert.True(report.RootElement.GetProperty("totals").GetProperty("documents").GetInt32() > 300);
    }
}
