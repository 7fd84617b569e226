using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// Every golden case converts to exactly its expected file, verifies clean, and emits exactly the diagnostics its
/// header lists (codes, lines and columns; <see cref="GoldenHeader"/>). Set CDSMIGRATE_ACCEPT=1 to write new expected
/// files and header lists; review them with git diff, each diagnostic against its input line, before committing.
/// </summary>
public sealed class GoldenTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in GoldenCase.All())
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_converts_to_its_expected_markdown(string name)
    {
        var golden = GoldenCase.All().Single(c => c.Name == name);
        var (result, emitted) = golden.Convert();
        Assert.NotNull(result.Markdown);

        if (Environment.GetEnvironmentVariable("CDSMIGRATE_ACCEPT") == "1")
        {
            File.WriteAllText(golden.ExpectedPath, result.Markdown);
            golden.AcceptDiagnostics(emitted);
        }

        string expected = File.Exists(golden.ExpectedPath) ? File.ReadAllText(golden.ExpectedPath) : "";
        if (expected != result.Markdown)
        {
            File.WriteAllText(golden.ActualPath, result.Markdown);
        }
        else if (File.Exists(golden.ActualPath))
        {
            File.Delete(golden.ActualPath);
        }

        Assert.Equal(expected, result.Markdown);

        // A verification failure is never an expected diagnostic, even once accepted into the header: it is a loss.
        Assert.DoesNotContain(emitted, d => DiagnosticCodes.IsVerification(d.Code));
        string? difference = DiagnosticComparison.Difference(name, golden.Header(), emitted, golden.Text());
        Assert.True(difference is null, difference);
    }

    [Fact]
    public void Every_case_has_its_expected_file()
    {
        var missing = GoldenCase.All().Where(c => !File.Exists(c.ExpectedPath)).Select(c => c.Name).ToList();
        Assert.True(missing.Count == 0, "golden inputs without an expected .md: " + string.Join(", ", missing));
        Assert.NotEmpty(GoldenCase.All());
    }
}
