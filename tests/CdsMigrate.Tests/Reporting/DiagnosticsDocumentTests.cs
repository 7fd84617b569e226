using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Reporting;

/// <summary>docs/diagnostics.md is generated from the code catalogue and must not drift from it.</summary>
public sealed class DiagnosticsDocumentTests
{
    private static string DocPath => Path.Combine(RepoPaths.Root, "docs", "diagnostics.md");

    [Fact]
    public void Docs_diagnostics_md_is_up_to_date()
    {
        string expected = DiagnosticsDocument.Write();
        if (Environment.GetEnvironmentVariable("CDSMIGRATE_ACCEPT") == "1")
        {
            File.WriteAllText(DocPath, expected);
        }

        string actual = File.Exists(DocPath) ? File.ReadAllText(DocPath) : "";
        Assert.True(expected == actual, "docs/diagnostics.md is out of date: run CDSMIGRATE_ACCEPT=1 dotnet test --filter DiagnosticsDocumentTests");
    }

    [Fact]
    public void Every_code_is_listed_once_with_its_meaning_and_advice()
    {
        string doc = DiagnosticsDocument.Write();
        foreach (var code in DiagnosticCodes.All)
        {
            Assert.Single(doc.Split('\n'), l => l.StartsWith($"| {code.Code} |", StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(code.Title));
            Assert.False(string.IsNullOrWhiteSpace(code.Help));
        }

        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Code).Distinct().Count());
    }
}
