using System.Globalization;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Golden;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Determinism;

/// <summary>
/// The current culture changes nothing (issue 6): every golden case converts to exactly its expected file under
/// tr-TR (dotted and dotless i) and fr-CA (decimal comma, non-breaking space grouping), as under the invariant
/// culture. The test project runs with ICU, not invariant globalization, so these cultures are real.
/// </summary>
public sealed class CultureTests
{
    public static TheoryData<string> Cultures() => ["tr-TR", "fr-CA", "ar-SA", "de-DE"];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void The_culture_is_real_so_the_tests_below_mean_something(string name)
    {
        using var _ = new CultureScope(name);
        Assert.False(CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture));
        if (name == "tr-TR")
        {
            Assert.Equal("İ", "i".ToUpper(CultureInfo.CurrentCulture));
        }
        else if (name == "fr-CA")
        {
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Golden_cases_convert_identically_under_the_culture(string name)
    {
        using var _ = new CultureScope(name);
        foreach (var golden in GoldenCase.All())
        {
            var (text, options) = golden.Load();
            var result = new DocumentConverter(options).Convert(golden.Document(text));
            Assert.True(File.ReadAllText(golden.ExpectedPath) == result.Markdown, $"{golden.Name} differs under {name}");
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Diagnostics_and_paths_do_not_depend_on_the_culture(string name)
    {
        using var temp = new TempFolder();
        string input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "Title-I.md"), "<ol start=\"-3\"><li>minus three</li></ol><p>ıi İI</p>");
        File.WriteAllBytes(Path.Combine(input, "big.md"), new byte[5000]);

        string Run()
        {
            var files = InputDiscovery.Expand([input], out _);
            var result = new MigrationRunner(new MigrationOptions { OutputDirectory = temp.Combine("out-" + Guid.NewGuid().ToString("N")), MaxInputBytes = 4000, Parallelism = 1 }).Run(files);
            return string.Join("\n", result.Documents.Select(d => $"{d.Output} {d.Status}")) + "\n" + string.Join("\n", result.Diagnostics);
        }

        string invariant;
        using (new CultureScope(""))
        {
            invariant = Run();
        }

        Assert.Contains("5,000 bytes", invariant);
        using (new CultureScope(name))
        {
            Assert.Equal(invariant, Run());
        }
    }

    /// <summary>Sets the current culture and UI culture of this thread (and what it starts) and restores them.</summary>
    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(string name)
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
