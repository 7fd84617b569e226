using System.Text.Json;
using System.Xml.Linq;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Translations;

/// <summary>
/// The translations section in every report format and on the console, from one real <c>check</c> run over
/// post files laid out as the CDS site lays them out (<c>en/</c>, <c>fr/</c>, <c>translationKey</c>).
/// </summary>
public sealed class TranslationReportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Posts => Path.Combine(_temp.Path, "posts");

    public TranslationReportTests()
    {
        const string Body = "<h2>One</h2>\n<p>See <a href=\"/x\">x</a>.</p>\n<ul><li>a</li><li>b</li><li>c</li><li>d</li></ul>\n";
        _temp.Write("posts/en/paired.md", "---\ntitle: Paired\ntranslationKey: paired\n---\n" + Body);
        _temp.Write("posts/fr/jumele.md", "---\ntitle: Jumelé\ntranslationKey: paired\n---\n" + Body);
        // The French twin lost its list: the CDS pair 'blog-chantal-inclusion' writes its list as numbered paragraphs.
        _temp.Write("posts/en/drifted.md", "---\ntitle: Drifted\ntranslationKey: drifted\n---\n" + Body);
        _temp.Write("posts/fr/derive.md", "---\ntitle: Dérivé\ntranslationKey: drifted\n---\n<h2>Un</h2>\n<p>Voir <a href=\"/x\">x</a>.</p>\n<p>1. a</p>\n<p>2. b</p>\n<p>3. c</p>\n<p>4. d</p>\n");
        _temp.Write("posts/en/lonely.md", "---\ntitle: Lonely\ntranslationKey: lonely\n---\n<p>No twin.</p>\n");
    }

    public void Dispose() => _temp.Dispose();

    private (CliRun Run, Dictionary<string, string> Reports) Check(params string[] extra)
    {
        string dir = _temp.Combine("reports-" + Guid.NewGuid().ToString("N")[..6]);
        var files = new Dictionary<string, string>
        {
            ["json"] = Path.Combine(dir, "report.json"),
            ["sarif"] = Path.Combine(dir, "report.sarif"),
            ["junit"] = Path.Combine(dir, "junit.xml"),
            ["markdown"] = Path.Combine(dir, "summary.md"),
            ["github"] = Path.Combine(dir, "annotations.txt"),
        };
        var run = CliRun.Of(["check", Posts, "--report", files["json"], "--report", files["sarif"], "--report", "junit=" + files["junit"],
            "--report", files["markdown"], "--report", "github=" + files["github"], .. extra]);
        return (run, files.ToDictionary(f => f.Key, f => File.ReadAllText(f.Value)));
    }

    [Fact]
    public void Json_has_a_translations_section_that_validates_against_the_schema()
    {
        var (run, reports) = Check();
        Assert.Equal(0, run.ExitCode);
        var schema = SchemaValidator.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"));
        Assert.Empty(SchemaValidator.Errors(schema, reports["json"]));

        using var json = JsonDocument.Parse(reports["json"]);
        var translations = json.RootElement.GetProperty("translations");
        Assert.True(translations.GetProperty("checked").GetBoolean());
        Assert.Equal(["en", "fr"], translations.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(2, translations.GetProperty("pairs").GetInt32());
        var unpaired = Assert.Single(translations.GetProperty("unpaired").EnumerateArray());
        Assert.Equal("en/lonely.md", unpaired.GetProperty("output").GetString());
        Assert.Equal(["fr"], unpaired.GetProperty("missing").EnumerateArray().Select(l => l.GetString()));
        var drifted = Assert.Single(translations.GetProperty("drifted").EnumerateArray());
        Assert.Equal("drifted", drifted.GetProperty("translationKey").GetString());
        Assert.Equal(["listItems"], drifted.GetProperty("aspects").EnumerateArray().Select(a => a.GetString()));
        var counts = drifted.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("counts").GetProperty("listItems").GetInt32());
        Assert.Equal([4, 0], counts);

        // The findings are diagnostics of their documents, counted in the totals.
        var codes = json.RootElement.GetProperty("totals").GetProperty("codes");
        Assert.Equal(1, codes.GetProperty("CDS4100").GetInt32());
        Assert.Equal(1, codes.GetProperty("CDS4101").GetInt32());
        var lonely = json.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("output").GetString() == "en/lonely.md");
        var missing = lonely.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "CDS4100");
        Assert.Equal(3, missing.GetProperty("line").GetInt32()); // the translationKey line of the front matter
    }

    [Fact]
    public void Schema_rejects_a_translations_section_that_breaks_it()
    {
        var (_, reports) = Check();
        var schema = SchemaValidator.Load(Path.Combine(RepoPaths.Root, "docs", "report.schema.json"));
        string broken = reports["json"].Replace("\"listItems\"\n", "\"paragraphs\"\n", StringComparison.Ordinal)
            .Replace("\"missing\": [", "\"absent\": [", StringComparison.Ordinal);
        Assert.NotEqual(reports["json"], broken);
        Assert.NotEmpty(SchemaValidator.Errors(schema, broken));
    }

    [Fact]
    public void Junit_sarif_github_and_markdown_carry_the_section()
    {
        var (_, reports) = Check();

        var suite = XDocument.Parse(reports["junit"]).Root!.Elements("testsuite").Single(s => s.Attribute("name")!.Value.EndsWith("translations", StringComparison.Ordinal));
        Assert.Equal(3, suite.Elements("testcase").Count()); // the summary, the lonely document, the drifted pair
        Assert.Contains(suite.Elements("testcase"), c => c.Attribute("name")!.Value.Contains("en/lonely.md (en) has no fr twin", StringComparison.Ordinal));

        using var sarif = JsonDocument.Parse(reports["sarif"]);
        var run = sarif.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == "CDS4100"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!.EndsWith("lonely.md", StringComparison.Ordinal));
        Assert.Equal(1, run.GetProperty("properties").GetProperty("translations").GetProperty("drifted").GetInt32());

        Assert.Contains("::warning file=", reports["github"], StringComparison.Ordinal);
        Assert.Contains("title=CDS4100::no fr twin", reports["github"], StringComparison.Ordinal);
        Assert.Contains("::notice title=cdsmigrate translations::", reports["github"], StringComparison.Ordinal);

        Assert.Contains("### Translations", reports["markdown"], StringComparison.Ordinal);
        Assert.Contains("| en/lonely.md | en | lonely | fr |", reports["markdown"], StringComparison.Ordinal);
        Assert.Contains("listItems 4 vs 0", reports["markdown"], StringComparison.Ordinal);
        Assert.Contains("by more than 2 and by more than 25% of the larger count", reports["markdown"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_console_prints_the_findings_and_a_summary_line()
    {
        var run = CliRun.Of("check", Posts);
        Assert.Contains("warning CDS4100: no fr twin", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("warning CDS4101: differs from its en twin", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("cdsmigrate: translations (en, fr): 2 pair(s), 1 document(s) without a twin, 1 pair(s) drifted.", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error", 0)]
    [InlineData("warning", 1)]
    [InlineData("never", 0)]
    public void Fail_on_applies_to_the_translation_findings(string failOn, int exitCode)
    {
        // With and without reports: streamed runs keep only a tally, which must count the findings too.
        Assert.Equal(exitCode, CliRun.Of("check", Posts, "--fail-on", failOn).ExitCode);
        Assert.Equal(exitCode, Check("--fail-on", failOn).Run.ExitCode);
    }

    [Fact]
    public void Fail_on_warning_passes_once_the_twins_agree()
    {
        File.Delete(Path.Combine(Posts, "en", "lonely.md"));
        File.Delete(Path.Combine(Posts, "fr", "derive.md"));
        File.Delete(Path.Combine(Posts, "en", "drifted.md"));
        var run = CliRun.Of("check", Posts, "--fail-on", "warning");
        Assert.True(run.ExitCode == 0, run.Stderr);
    }
}
