using CdsMigrate.Tests.Coverage;
using System.Text.Json;
using System.Xml.Linq;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Reporting;

/// <summary>Every report format, written by one real `check` run, read back the way its consumers read it.</summary>
public sealed class ReportFormatTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private (CliRun Run, Dictionary<string, string> Reports) CheckWithAllReports(params string[] extra)
    {
        string dir = Path.Combine(fixture.Temp.Path, "reports-" + Guid.NewGuid().ToString("N")[..6]);
        var files = new Dictionary<string, string>
        {
            ["json"] = Path.Combine(dir, "report.json"),
            ["sarif"] = Path.Combine(dir, "report.sarif"),
            ["junit"] = Path.Combine(dir, "junit.xml"),
            ["markdown"] = Path.Combine(dir, "summary.md"),
            ["github"] = Path.Combine(dir, "annotations.txt"),
        };
        // Named formats for some, extensions for the others: both ways in one run.
        var args = new List<string> { "check", fixture.Posts,
            "--report", files["json"], "--report", files["sarif"], "--report", "junit=" + files["junit"],
            "--report", files["markdown"], "--report", "github=" + files["github"] };
        args.AddRange(extra);
        var run = CliRun.Of([.. args]);
        return (run, files.ToDictionary(f => f.Key, f => File.ReadAllText(f.Value)));
    }

    [Fact]
    public void Json_report_validates_against_the_documented_schema_and_counts_right()
    {
        var (run, reports) = CheckWithAllReports();
        Assert.Equal(3, run.ExitCode); // the broken front matter is an unreadable input

        var schema = SchemaValidator.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"));
        Assert.Empty(SchemaValidator.Errors(schema, reports["json"]));

        using var json = JsonDocument.Parse(reports["json"]);
        var root = json.RootElement;
        Assert.Equal("check", root.GetProperty("command").GetString());
        Assert.Equal("gfm", root.GetProperty("options").GetProperty("flavor").GetString());
        Assert.Equal(fixture.DocumentCount, root.GetProperty("documents").GetArrayLength());
        var totals = root.GetProperty("totals");
        Assert.Equal(1, totals.GetProperty("failed").GetInt32());
        Assert.Equal(2, totals.GetProperty("codes").GetProperty("CDS1106").GetInt32());
        var clean = root.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("source").GetString()!.EndsWith("clean.md", StringComparison.Ordinal));
        Assert.Equal(1, clean.GetProperty("blocks").GetProperty("core/heading").GetInt32());
        Assert.Equal(1, clean.GetProperty("blocks").GetProperty("core/paragraph").GetInt32());
    }

    [Fact]
    public void Schema_rejects_a_report_that_breaks_it()
    {
        var schema = SchemaValidator.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"));
        var (_, reports) = CheckWithAllReports();
        string broken = reports["json"].Replace("\"severity\": \"warning\"", "\"severity\": \"loud\"", StringComparison.Ordinal);
        Assert.NotEqual(reports["json"], broken);
        Assert.NotEmpty(SchemaValidator.Errors(schema, broken));
    }

    [SkippableFact]
    public void Sarif_report_validates_against_the_SARIF_2_1_0_schema()
    {
        string schemaPath = Path.Combine(RepoPaths.Shared, "schemas", "sarif-schema-2.1.0.json");
        Skips.IfNot(File.Exists(schemaPath), "../shared/schemas/sarif-schema-2.1.0.json is absent");
        var (_, reports) = CheckWithAllReports();

        var schema = SchemaValidator.Load(schemaPath);
        Assert.Empty(SchemaValidator.Errors(schema, reports["sarif"]));
        // The validation has teeth: a level SARIF does not know is rejected.
        Assert.NotEmpty(SchemaValidator.Errors(schema, reports["sarif"].Replace("\"level\": \"warning\"", "\"level\": \"loud\"", StringComparison.Ordinal)));

        using var sarif = JsonDocument.Parse(reports["sarif"]);
        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCodes.All.Select(c => c.Code).Order(StringComparer.Ordinal), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("fullDescription").GetProperty("text").GetString())));
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("ruleId").GetString() == "CDS1106" && r.GetProperty("level").GetString() == "warning");
        foreach (var result in results)
        {
            int index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(rules[index].GetProperty("id").GetString(), result.GetProperty("ruleId").GetString());
        }
    }

    [Fact]
    public void Sarif_uris_are_relative_references_that_survive_odd_file_names()
    {
        Assert.Equal("posts/fr/na%C3%AFve%3A%2050%25.md", SarifReportWriter.ToUri("posts/fr/naïve: 50%.md"));
        Assert.True(Uri.IsWellFormedUriString(SarifReportWriter.ToUri("a b/c:d.md"), UriKind.Relative));
    }

    [Fact]
    public void Junit_report_is_xml_with_one_test_case_per_document_and_failures_for_errors()
    {
        var (_, reports) = CheckWithAllReports();
        var xml = XDocument.Parse(reports["junit"]);
        var cases = xml.Descendants("testcase").ToList();
        Assert.Equal(fixture.DocumentCount, cases.Count);
        Assert.Equal(fixture.DocumentCount.ToString(System.Globalization.CultureInfo.InvariantCulture), xml.Root!.Attribute("tests")!.Value);
        var yaml = cases.Single(c => c.Attribute("name")!.Value.EndsWith("broken-yaml.md", StringComparison.Ordinal));
        Assert.Equal("CDS2002", yaml.Element("error")!.Attribute("type")!.Value);
        var clean = cases.Single(c => c.Attribute("name")!.Value.EndsWith("clean.md", StringComparison.Ordinal));
        Assert.Empty(clean.Elements());
        var warning = cases.Single(c => c.Attribute("name")!.Value.EndsWith("warning.md", StringComparison.Ordinal));
        Assert.Null(warning.Element("failure"));
        Assert.Contains("CDS1106", warning.Element("system-out")!.Value);
    }

    [Fact]
    public void Junit_names_the_documents_of_an_export_apart()
    {
        string path = Path.Combine(fixture.Temp.Path, "wxr-" + Guid.NewGuid().ToString("N")[..6] + ".xml");
        CliRun.Of("check", Path.Combine(RepoPaths.Samples, "wxr"), "--report", path);
        var converted = XDocument.Parse(File.ReadAllText(path)).Descendants("testcase").Where(c => c.Element("skipped") is null).ToList();
        Assert.True(converted.Count > 1);
        Assert.Equal(converted.Count, converted.Select(c => c.Attribute("name")!.Value).Distinct().Count());
    }

    [Fact]
    public void Github_report_is_one_escaped_workflow_command_per_error_and_warning()
    {
        var (_, reports) = CheckWithAllReports();
        var lines = reports["github"].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length); // two images without alt, one broken front matter
        Assert.All(lines, l => Assert.Matches(@"^::(error|warning) file=[^,:]+(,line=\d+,col=\d+)?,title=CDS\d{4}[^:]*::\S", l));
        // The odd file name: ':' and ',' escaped in the property, '%' first of all.
        Assert.Contains(lines, l => l.Contains("naïve%3A 50%25%2C \"quoted\" & <tagged>.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_escaping_follows_the_workflow_command_rules()
    {
        Assert.Equal("50%25 done%0Anext", GithubReportWriter.EscapeData("50% done\nnext"));
        Assert.Equal("a%3Ab%2Cc%25", GithubReportWriter.EscapeProperty("a:b,c%"));
    }

    [Fact]
    public void Github_format_without_a_file_prints_to_stdout_and_fills_the_job_summary()
    {
        string summary = Path.Combine(fixture.Temp.Path, "step-summary-" + Guid.NewGuid().ToString("N")[..6] + ".md");
        var run = CliRun.With(new CdsMigrate.Cli.CliHooks { Environment = name => name == "GITHUB_STEP_SUMMARY" ? summary : null },
            "check", fixture.Posts, "--report-format", "github");
        Assert.Contains("::warning file=", run.Stdout);
        Assert.Contains("::error file=", run.Stdout);
        string text = File.ReadAllText(summary);
        Assert.Contains("## cdsmigrate check", text);
        Assert.Contains("### Documents needing attention", text);
    }

    [Fact]
    public void Markdown_report_has_totals_top_diagnostics_and_documents_needing_attention()
    {
        var (_, reports) = CheckWithAllReports();
        string md = reports["markdown"];
        Assert.Contains("| 4 | 3 | 0 | 0 | 1 | 1 | 2 |", md); // documents, converted, already Markdown, not written, failed, errors, warnings
        Assert.Contains("| CDS2002 | error | 1 |", md);
        Assert.Contains("| CDS1106 | warning | 2 |", md);
        Assert.DoesNotContain("clean.md", md);
        // Pipes and angle brackets from file names cannot break the table.
        Assert.Contains("&lt;tagged>.md", md);
    }

    [Theory]
    [InlineData("--report", "report.txt")]
    [InlineData("--report", "yaml=report.txt")]
    [InlineData("--report", "json=")]
    [InlineData("--report-format", "yaml")]
    public void Unknown_or_untold_formats_are_usage_errors(params string[] options)
    {
        var run = CliRun.Of(["check", fixture.Posts, .. options]);
        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Report_files_take_their_format_from_the_extension_or_a_name()
    {
        string path = Path.Combine(fixture.Temp.Path, "by-ext-" + Guid.NewGuid().ToString("N")[..6] + ".sarif");
        string named = Path.Combine(fixture.Temp.Path, "named-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        CliRun.Of("check", fixture.Posts, "--report", path, "--report", "markdown=" + named);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(path));
        Assert.StartsWith("## cdsmigrate check", File.ReadAllText(named));
    }

    [Fact]
    public void Report_format_prints_to_stdout_and_never_takes_a_report_file()
    {
        // The trap positional pairing set: github next to a .json file must not end up in the file.
        string json = Path.Combine(fixture.Temp.Path, "alone-" + Guid.NewGuid().ToString("N")[..6] + ".json");
        var run = CliRun.Of("check", fixture.Posts, "--report-format", "github", "--report", json, "--report", "sarif=-");
        Assert.Contains("::warning file=", run.Stdout);
        Assert.Contains("\"version\": \"2.1.0\"", run.Stdout);
        Assert.Contains("\"schemaVersion\": 1", File.ReadAllText(json));
    }
}
