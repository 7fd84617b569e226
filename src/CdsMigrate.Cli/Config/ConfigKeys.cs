using System.CommandLine;

namespace CdsMigrate.Cli.Config;

/// <summary>
/// The keys a config file may hold, taken from the commands' own option definitions, so an option added to a command
/// is a config key at once (issue 13; ConfigFileTests checks every option of every command).
/// </summary>
internal static class ConfigKeys
{
    /// <summary>The key of the inputs (the commands' argument), a list of files and folders.</summary>
    public const string Inputs = "inputs";

    /// <summary>Options whose values are files or folders: resolved against the config file's folder.</summary>
    public static readonly IReadOnlySet<string> Paths = new HashSet<string>(StringComparer.Ordinal)
    {
        Inputs, "out", "site", "media-dir", "media-from", "exclude", "report",
    };

    /// <summary>The commands that read a config file (those with <c>--config</c>).</summary>
    public static IEnumerable<Command> Commands(Command root) => root.Subcommands.Where(c => c.Name != InitCommand.Name && ConfigOption(c) is not null);

    public static Option? ConfigOption(Command command) => command.Options.FirstOrDefault(o => o.Name == "--config");

    /// <summary>The options of <paramref name="command"/> a config file may set, by key (the long name without dashes).</summary>
    public static IReadOnlyDictionary<string, Option> Options(Command command) =>
        command.Options.Where(o => o.Name.StartsWith("--", StringComparison.Ordinal) && o.Name != "--config")
            .ToDictionary(o => o.Name[2..], StringComparer.Ordinal);

    /// <summary>True when the command takes inputs (its argument).</summary>
    public static bool TakesInputs(Command command) => command.Arguments.Count > 0;

    /// <summary>Every key allowed at the top of the file: the options of every command, the inputs and the command sections.</summary>
    public static IReadOnlyList<string> TopLevel(Command root) =>
        Commands(root).SelectMany(c => Options(c).Keys).Append(Inputs).Concat(Commands(root).Select(c => c.Name)).Distinct().Order(StringComparer.Ordinal).ToList();
}
