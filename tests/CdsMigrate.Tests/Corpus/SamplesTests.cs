using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>The samples the README converts produce exactly their expected output, with no warning or error.</summary>
public sealed class SamplesTests
{
    [Fact]
    public void Post_samples_convert_to_their_expected_output()
    {
        string output = Path.Combine(Path.GetTempPath(), "cdsmigrate-samples-" + Guid.NewGuid().ToString("N"));
        try
        {
            var files = InputDiscovery.Expand([Path.Combine(RepoPaths.Samples, "posts")], out var missing);
            Assert.Empty(missing);
            Assert.True(files.Count >= 2, "expected EN and FR samples");
            var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output }).Run(files);

            Assert.All(result.Documents, d => Assert.Equal(DocumentStatus.Converted, d.Status));
            Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= Core.Reporting.Severity.Warning);
            string expectedRoot = Path.Combine(RepoPaths.Samples, "expected", "posts");
            foreach (var file in files)
            {
                string expected = File.ReadAllText(Path.Combine(expectedRoot, file.RelativeOutputPath));
                string actual = File.ReadAllText(Path.Combine(output, file.RelativeOutputPath));
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }
}
