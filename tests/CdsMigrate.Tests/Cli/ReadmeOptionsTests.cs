using CdsMigrate.Cli;
using CdsMigrate.Cli.Config;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13, point 5: the README lists every option of every command, and its config example is a valid config.</summary>
public sealed class ReadmeOptionsTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

    [Fact]
    public void The_readme_lists_every_option_of_every_command()
    {
        var root = CliApp.CreateRoot(TextReader.Null, TextWriter.Null, TextWriter.Null, CliHooks.Default);
        var missing = root.Subcommands.SelectMany(c => c.Options.Select(o => (Command: c.Name, o.Name)))
            .Where(o => !Readme.Contains($"| `{o.Name}", StringComparison.Ordinal) && !Readme.Contains($"`, `{o.Name}", StringComparison.Ordinal))
            .Select(o => $"{o.Command} {o.Name}").ToList();
        Assert.True(missing.Count == 0, "not in the README's option table: " + string.Join(", ", missing));
        Assert.All(root.Subcommands, c => Assert.Contains($"cdsmigrate {c.Name} ", Readme));
    }

    [Fact]
    public void The_readme_config_example_loads()
    {
        int section = Readme.IndexOf("### Configuration", StringComparison.Ordinal);
        int begin = Readme.IndexOf("```yaml\n", section, StringComparison.Ordinal) + "```yaml\n".Length;
        int end = Readme.IndexOf("```", begin, StringComparison.Ordinal);
        Assert.True(section > 0 && begin > section && end > begin, "README has no config example");

        using var temp = new TempFolder();
        string path = temp.Write(CliApp.ConfigFileName, Readme[begin..end]);
        var root = CliApp.CreateRoot(TextReader.Null, TextWriter.Null, TextWriter.Null, CliHooks.Default);
        var (config, errors) = ConfigLoader.Load(path, root, Environment.CurrentDirectory);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal("hugo", config!.For("convert")["flavor"].Items[0]);
        Assert.Equal(["report.sarif", "junit.xml"], config.For("check")["report"].Items.Select(Path.GetFileName));
    }
}
