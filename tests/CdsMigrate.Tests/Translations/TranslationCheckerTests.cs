using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Translations;

namespace CdsMigrate.Tests.Translations;

public sealed class TranslationCheckerTests
{
    private static readonly StructureCounts Same = new(3, 2, 10, 6);

    private static TranslationMember Member(int index, string lang, string key, StructureCounts? counts = null, string? output = null) =>
        new(index, $"{lang}/{key}.md", output ?? $"{lang}/{key}.md", 0, lang, key, counts ?? Same);

    private static TranslationReport Check(params TranslationMember[] members)
    {
        var checker = new TranslationChecker();
        foreach (var member in members)
        {
            checker.Add(member);
        }

        return checker.Finish();
    }

    [Fact]
    public void Twins_with_the_same_structure_pair_without_findings()
    {
        var report = Check(Member(0, "en", "a"), Member(1, "fr", "a"), Member(2, "en", "b"), Member(3, "fr", "b"));
        Assert.True(report.Checked);
        Assert.Equal(["en", "fr"], report.Languages);
        Assert.Equal(2, report.Pairs);
        Assert.Empty(report.Unpaired);
        Assert.Empty(report.Drifted);
        Assert.Empty(report.Findings);
    }

    [Fact]
    public void A_document_without_its_twin_is_a_located_warning_on_that_document()
    {
        var report = Check(Member(0, "en", "a"), Member(1, "fr", "a"), Member(2, "en", "lonely"));
        Assert.Equal(1, report.Pairs);
        var unpaired = Assert.Single(report.Unpaired);
        Assert.Equal("lonely", unpaired.Member.Key);
        Assert.Equal(["fr"], unpaired.Missing);
        var (index, diagnostic) = Assert.Single(report.Findings);
        Assert.Equal(2, index);
        Assert.Equal(DiagnosticCodes.TranslationMissing.Code, diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal("en/lonely.md", diagnostic.File);
        Assert.Contains("no fr twin", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_in_one_language_is_not_checked()
    {
        var report = Check(Member(0, "en", "a"), Member(1, "en", "b"));
        Assert.False(report.Checked);
        Assert.Empty(report.Findings);
        Assert.Contains("one language only: en", report.Summary(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 12, false)] // within the absolute slack
    [InlineData(10, 13, false)] // 3 > 2 but 3 is within 25% of 13
    [InlineData(8, 11, true)] // 3 > 2 and 3 > 25% of 11
    [InlineData(40, 48, false)] // 8 is within 25% of 48
    [InlineData(40, 54, true)] // 14 > 25% of 54
    [InlineData(0, 3, true)]
    [InlineData(0, 2, false)]
    public void Drift_needs_both_the_absolute_and_the_relative_slack_to_be_exceeded(int a, int b, bool drifted)
    {
        Assert.Equal(drifted, TranslationChecker.Drifted(a, b));
        Assert.Equal(drifted, TranslationChecker.Drifted(b, a));
    }

    [Fact]
    public void Drifted_twins_name_the_aspects_and_the_counts_on_each_side()
    {
        var report = Check(Member(0, "en", "a", new StructureCounts(7, 2, 10, 7)), Member(1, "fr", "a", new StructureCounts(7, 2, 11, 0)));
        var drift = Assert.Single(report.Drifted);
        Assert.Equal(["listItems"], drift.Aspects);
        Assert.Equal("listItems 7 vs 0", drift.Describe());
        var (index, diagnostic) = Assert.Single(report.Findings);
        Assert.Equal(1, index); // on the translation, not on both
        Assert.Equal(DiagnosticCodes.TranslationDrift.Code, diagnostic.Code);
        Assert.Contains("en/a.md", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_documents_of_one_language_sharing_a_key_are_reported_and_the_first_is_the_twin()
    {
        var report = Check(Member(0, "en", "a"), Member(1, "en", "a", output: "en/a-copy.md"), Member(2, "fr", "a"));
        Assert.Equal(1, report.Pairs);
        var (index, diagnostic) = Assert.Single(report.Findings);
        Assert.Equal(1, index);
        Assert.Equal(DiagnosticCodes.TranslationKeyShared.Code, diagnostic.Code);
    }

    [Fact]
    public void Three_languages_report_every_missing_one()
    {
        var report = Check(Member(0, "en", "a"), Member(1, "fr", "a"), Member(2, "es", "a"), Member(3, "en", "b"));
        var unpaired = Assert.Single(report.Unpaired);
        Assert.Equal(["es", "fr"], unpaired.Missing); // the run's languages: most documents first, then by code
    }
}
