using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// Every golden case converts to exactly its expected file, and verifies clean. Set
/// CDSMIGRATE_ACCEPT=1 to write new expected files; review them with git diff before committing.
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
        var (text, options) = golden.Load();
        var result = new DocumentConverter(options).Convert(golden.Document(text));
        Assert.NotNull(result.Markdown);

        if (Environment.GetEnvironmentVariable("CDSMIGRATE_ACCEPT") == "1")
        {
            File.WriteAllText(golden.ExpectedPath, result.Markdown);
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
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));
        foreach (string code in golden.ExpectedCodes())
        {
            Assert.True(result.Diagnostics.Any(d => d.Code == code), $"{name} must emit {code}; it emitted {string.Join(", ", result.Diagnostics.Select(d => d.Code).Distinct())}");
        }
    }

    [Fact]
    public void Every_case_has_its_expected_file()
    {
        var missing = GoldenCase.All().Where(c => !File.Exists(c.ExpectedPath)).Select(c => c.Name).ToList();
        Assert.True(missing.Count == 0, "golden inputs without an expected .md: " + string.Join(", ", missing));
        Assert.NotEmpty(GoldenCase.All());
    }
}
