using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Readers;

/// <summary>
/// The samples in samples/wxr (default front matter) and samples/rest (CDS preset) convert to exactly the
/// files under samples/expected, and to no other file. CDSMIGRATE_ACCEPT=1 rewrites the expected files.
/// </summary>
public sealed class SampleTests
{
    [Theory]
    [InlineData("wxr", "default")]
    [InlineData("rest", "cds")]
    public void Samples_convert_to_their_expected_output(string sample, string preset)
    {
        using var output = new TempFolder();
        var options = new MigrationOptions
        {
            OutputDirectory = output.Path,
            Sources = new SourceOptions { FrontMatter = preset == "cds" ? FrontMatterPreset.Cds : FrontMatterPreset.Default },
        };
        var inputs = InputDiscovery.Expand([Path.Combine(RepoPaths.Samples, sample)], out _);
        var result = new MigrationRunner(options).Run(inputs);
        Assert.False(result.AnyInputFailed);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == CdsMigrate.Core.Reporting.Severity.Error);

        string expectedRoot = Path.Combine(RepoPaths.Samples, "expected", sample);
        if (Environment.GetEnvironmentVariable("CDSMIGRATE_ACCEPT") == "1")
        {
            if (Directory.Exists(expectedRoot)) Directory.Delete(expectedRoot, recursive: true);
            CopyTree(output.Path, expectedRoot);
        }

        var actual = Files(output.Path);
        var expected = Files(expectedRoot);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in expected)
        {
            Assert.True(text == actual[name], $"{name} differs:\n--- expected\n{text}\n--- actual\n{actual[name]}");
        }
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
