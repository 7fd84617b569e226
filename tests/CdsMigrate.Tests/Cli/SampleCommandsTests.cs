using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>
/// Issue 13: samples/expected is what the commands the README shows next to it write, byte for byte. The commands
/// are read from the README (between its samples markers) and run with --out moved to a temporary folder.
/// </summary>
public sealed class SampleCommandsTests
{
    [Fact]
    public void The_readme_commands_reproduce_samples_expected_byte_for_byte()
    {
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        int begin = readme.IndexOf("<!-- samples:begin -->", StringComparison.Ordinal);
        int end = readme.IndexOf("<!-- samples:end -->", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "README has no samples block");
        var commands = readme[begin..end].Split('\n').Where(l => l.StartsWith("cdsmigrate ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, commands.Count);

        using var temp = new TempFolder();
        var covered = new List<string>();
        foreach (var command in commands)
        {
            var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            int outAt = Array.IndexOf(words, "--out");
            string expected = Path.Combine(RepoPaths.Root, words[outAt + 1]);
            string actual = temp.Combine(Path.GetFileName(words[outAt + 1]));
            var args = words.Select((w, i) => i == outAt + 1 ? actual : w.StartsWith("samples/", StringComparison.Ordinal) ? Path.Combine(RepoPaths.Root, w) : w).ToArray();

            var run = CliRun.Of(args);

            Assert.True(run.ExitCode == 0, command + "\n" + run.Stderr);
            Assert.Equal(temp.Files(expected), temp.Files(actual));
            foreach (var file in temp.Files(expected))
            {
                Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{command}: {file} differs");
            }

            covered.Add(Path.GetFileName(expected));
        }

        // Every folder of samples/expected has its command.
        Assert.Equal(Directory.GetDirectories(Path.Combine(RepoPaths.Samples, "expected")).Select(Path.GetFileName).Order(), covered.Order());
    }

    [Fact]
    public void Report_to_standard_output_needs_a_format()
    {
        var run = CliRun.Of("check", Path.Combine(RepoPaths.Samples, "posts"), "--report", "-");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--report json=-", run.Stderr);

        var json = CliRun.Of("check", Path.Combine(RepoPaths.Samples, "posts"), "--report", "json=-");
        Assert.Equal(0, json.ExitCode);
        Assert.StartsWith("{", json.Stdout);
    }
}
