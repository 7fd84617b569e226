using System.Reflection;
using System.Text.RegularExpressions;
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
        // The catalogue is DiagnosticCodes' fields; All (from which the docs, the SARIF rules and the coverage test
        // read) is a hand-written list of them: a field missing from it would be a code no document explains.
        var fields = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticCode))
            .ToDictionary(f => f.Name, f => (DiagnosticCode)f.GetValue(null)!);
        var notInAll = fields.Where(f => !DiagnosticCodes.All.Contains(f.Value)).Select(f => f.Key).ToList();
        Assert.True(notInAll.Count == 0, "DiagnosticCodes fields missing from DiagnosticCodes.All: " + string.Join(", ", notInAll));
        Assert.Equal(fields.Count, DiagnosticCodes.All.Count);

        Assert.Equal(DiagnosticCodes.All.Count, DiagnosticCodes.All.Select(c => c.Code).Distinct().Count());
        string committed = File.ReadAllText(DocPath);
        foreach (var code in DiagnosticCodes.All)
        {
            Assert.Matches("^CDS[1-9][0-9]{3}$", code.Code);
            // The committed page readers see, not the text generated from the list under test.
            Assert.Single(committed.Split('\n'), l => l.StartsWith($"| {code.Code} |", StringComparison.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(code.Title));
            Assert.False(string.IsNullOrWhiteSpace(code.Help));
            Assert.True(code.Help.TrimEnd()[^1] is '.' or ')' or '…', $"{code.Code}: the help is whole sentences: {code.Help}");
        }
    }

    [Fact]
    public void Every_code_the_sources_and_docs_name_is_in_the_catalogue()
    {
        // Messages, comments, option help and docs that name a code: a retired or mistyped one points readers nowhere.
        var known = DiagnosticCodes.All.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.EndsWith("DiagnosticCodes.cs", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "docs"), "*.md", SearchOption.AllDirectories))
            .Append(Path.Combine(RepoPaths.Root, "README.md"));
        var unknown = (from file in files
                       from Match m in Regex.Matches(File.ReadAllText(file), @"\bCDS[0-9]{4}\b")
                       where !known.Contains(m.Value)
                       select $"{Path.GetRelativePath(RepoPaths.Root, file)}: {m.Value}").Distinct().ToList();

        Assert.True(unknown.Count == 0, "codes named that the catalogue does not have:\n  " + string.Join("\n  ", unknown));
    }
}
