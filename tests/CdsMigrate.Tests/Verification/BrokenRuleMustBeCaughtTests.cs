using System.Text.Json;
using CdsMigrate.Cli;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Rules;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 5, "must catch": the verifier is not a rubber stamp. With a deliberately broken rule, `check`
/// reports the damage as a located error with the right code and exits 1; with the real rules it is clean.
/// </summary>
public sealed class BrokenRuleMustBeCaughtTests
{
    // Line 4: the paragraph with the word and the non-breaking space; line 5: the link; line 6: the list.
    private const string Post = """
        ---
        title: Broken rules
        ---
        <p>An important notice for 10&nbsp;% of readers.</p>
        <p>Read the <a href="https://example.org/guide">guide</a> first.</p>
        <ol start="4"><li>Fourth step</li><li>Fifth step</li></ol>

        """;

    public static TheoryData<string, string, int> Breakages() => new()
    {
        { "drops a word", "CDS9002", 4 },
        { "loses a link", "CDS9006", 5 },
        { "renumbers a list", "CDS9005", 6 },
        { "turns a non-breaking space into a space", "CDS9003", 4 },
    };

    private static RuleSet Broken(string breakage) => breakage switch
    {
        "drops a word" => BreakingRule.Breaking("core/paragraph", BreakingRule.InParagraphs(i =>
            [i is MdText t ? new MdText(t.Text.Replace("important ", "", StringComparison.Ordinal)) : i])),
        "loses a link" => BreakingRule.Breaking("core/paragraph", BreakingRule.InParagraphs(i =>
            i is MdLink l ? l.Children : [i])),
        "renumbers a list" => BreakingRule.Breaking("core/list", b => b is MdList { Ordered: true } list ? list with { Start = 1 } : b),
        "turns a non-breaking space into a space" => BreakingRule.Breaking("core/paragraph", BreakingRule.InParagraphs(i =>
            [i is MdText t ? new MdText(t.Text.Replace('\u00a0', ' ')) : i])),
        _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Check_reports_the_broken_rule_as_a_located_error_and_exits_1(string breakage, string code, int line)
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/broken.md", Post);
        string report = Path.Combine(temp.Path, "report.json");

        var run = CliRun.With(new CliHooks { Rules = Broken(breakage) }, "check", post, "--report", report);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{post}:{line}:", run.Stderr);
        Assert.Contains($"error {code}:", run.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var errors = json.RootElement.GetProperty("documents")[0].GetProperty("diagnostics").EnumerateArray()
            .Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.Contains(errors, d => d.GetProperty("code").GetString() == code && d.GetProperty("line").GetInt32() == line && d.GetProperty("column").GetInt32() > 0);
        Assert.All(errors, d => Assert.StartsWith("CDS9", d.GetProperty("code").GetString()));
    }

    [Fact]
    public void The_same_post_with_the_real_rules_checks_clean()
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/fine.md", Post);
        var run = CliRun.Of("check", post);
        Assert.True(run.ExitCode == 0, run.Stderr);
        // No error diagnostic (the summary table's "error 0" row and "0 error(s)" are counts, not errors).
        Assert.DoesNotContain(": error ", run.Stderr);
        Assert.Contains(" 0 error(s)", run.Stderr);
    }

    [Fact]
    public void All_four_breakages_at_once_are_all_reported()
    {
        using var temp = new TempFolder();
        string post = temp.Write("posts/broken.md", Post);
        var paragraphs = RuleSet.Default.Rules.Single(r => r.Name == "core/paragraph");
        var list = RuleSet.Default.Rules.Single(r => r.Name == "core/list");
        var everything = new RuleSet(RuleSet.Default.Rules.Select(r =>
            r == paragraphs ? new BreakingRule(r, BreakingRule.InParagraphs(i => i switch
            {
                MdText t => [new MdText(t.Text.Replace("important ", "", StringComparison.Ordinal).Replace('\u00a0', ' '))],
                MdLink l => l.Children,
                _ => [i],
            }))
            : r == list ? new BreakingRule(r, b => b is MdList l ? l with { Start = 1 } : b)
            : r).ToList(), RuleSet.Default.Fallback);

        var run = CliRun.With(new CliHooks { Rules = everything }, "check", post);

        Assert.Equal(1, run.ExitCode);
        foreach (var code in new[] { "CDS9002", "CDS9003", "CDS9005", "CDS9006" })
        {
            Assert.Contains($"error {code}:", run.Stderr);
        }
    }
}
