using System.Text.Json;
using System.Text.RegularExpressions;
using CdsMigrate.Cli;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 9, point 2: the verifier's reference is the source as the site renders it, so a Markdown post whose
/// Markdown is damaged (here flattened into one paragraph, as cdsmigrate once did to every Markdown post) is a
/// located error and `check` exits 1. Markdown pieces are not converted by rules, so the damage is done through
/// the test-only hook that rewrites them.
/// </summary>
public sealed class BrokenMarkdownMustBeCaughtTests
{
    // File lines: 5 the link, 7 the heading, 9–10 the list, 12 the image.
    private const string Post = """
        ---
        title: A Markdown post
        ---

        See [our guide](https://example.ca/guide).

        ## Steps

        1. Open
        2. Fill

        ![A chart of the steps](https://example.ca/chart.png)

        """;

    /// <summary>What cdsmigrate did to Markdown before issue 9: one paragraph, its brackets escaped as text.</summary>
    private static string Flatten(string markdown) =>
        Regex.Replace(markdown.Trim(), @"\s*\n\s*", " ").Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal).Replace("!", "\\!", StringComparison.Ordinal) + "\n";

    [Theory]
    [InlineData("gfm")]
    [InlineData("commonmark")]
    [InlineData("hugo")]
    public void Check_reports_a_flattened_markdown_post_as_located_errors_and_exits_1(string flavor)
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/markdown.md", Post);
        string report = Path.Combine(temp.Path, "report.json");

        var run = CliRun.With(new CliHooks { MarkdownPieceRewriter = Flatten }, "check", post, "--flavor", flavor, "--report", report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{post}:7:1: error CDS9004:", run.Stderr); // the heading
        Assert.Contains($"{post}:5:1: error CDS9006:", run.Stderr); // the link
        Assert.Contains($"{post}:12:1: error CDS9007:", run.Stderr); // the image
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("converted", document.GetProperty("status").GetString());
        Assert.All(document.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error"),
            d => Assert.True(d.GetProperty("line").GetInt32() >= 5 && d.GetProperty("column").GetInt32() > 0, d.ToString()));
    }

    [Fact]
    public void The_same_post_unbroken_is_already_markdown_and_checks_clean()
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/markdown.md", Post);
        string report = Path.Combine(temp.Path, "report.json");

        var run = CliRun.Of("check", post, "--report", report);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("checked 0 of 1 document (1 already Markdown); 0 error(s)", run.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        Assert.Equal("already-markdown", json.RootElement.GetProperty("documents")[0].GetProperty("status").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("alreadyMarkdown").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("totals").GetProperty("converted").GetInt32());
    }

    [Fact]
    public void Damage_to_the_markdown_around_converted_html_is_caught_too()
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/mixed.md", Post.Replace("## Steps", "## Steps <span>to take</span>", StringComparison.Ordinal));

        var run = CliRun.With(new CliHooks { MarkdownPieceRewriter = m => m.Replace("](https://example.ca/guide)", "]", StringComparison.Ordinal) }, "check", post);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{post}:5:1: error CDS9006:", run.Stderr);
    }
}
