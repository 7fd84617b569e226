using System.CommandLine;
using System.Reflection;

namespace CdsMigrate.Cli;

/// <summary>The command line: parses arguments into options and hands them to the core. No conversion logic here.</summary>
public static class CliApp
{
    public static string Version { get; } =
        typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Runs the command line with the given streams; returns the exit code.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, CliHooks? hooks = null)
    {
        hooks ??= CliHooks.Default;
        var root = CreateRoot(stdin, stdout, stderr, hooks);

        var parse = root.Parse(args);
        // Checked before anything runs: a mistyped option must not become an input path (issue 13).
        var strict = StrictArguments.Problems(parse);
        if (strict.Count == 0)
        {
            // The config file comes next, still before any input is read: its errors are usage errors too.
            var (merged, configErrors) = WithConfig(root, args, parse, stderr, hooks);
            if (configErrors.Count > 0)
            {
                configErrors.ToList().ForEach(stderr.WriteLine);
                return ExitCodes.Usage;
            }

            parse = merged;
        }

        if (parse.Errors.Count > 0 || strict.Count > 0)
        {
            // The parser's "Unrecognized command or argument '--x'" is replaced by the message with a suggestion.
            var unmatched = parse.UnmatchedTokens.ToHashSet(StringComparer.Ordinal);
            foreach (var error in parse.Errors.Where(e => !strict.Any() || !unmatched.Any(t => e.Message.Contains($"'{t}'", StringComparison.Ordinal))))
            {
                stderr.WriteLine($"cdsmigrate: {error.Message}");
            }

            foreach (var problem in strict)
            {
                stderr.WriteLine($"cdsmigrate: {problem}");
            }

            stderr.WriteLine("Try 'cdsmigrate --help'.");
            return ExitCodes.Usage;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
                // Ctrl-C is ours (Program.cs → CliHooks.Interrupt): the run stops cleanly and writes its reports.
                ProcessTerminationTimeout = null,
            });
        }
        catch (UsageException ex)
        {
            stderr.WriteLine($"cdsmigrate: {ex.Message}");
            stderr.WriteLine("Try 'cdsmigrate --help'.");
            return ExitCodes.Usage;
        }
    }

    /// <summary>Every command, as the command line and the config file know them.</summary>
    internal static RootCommand CreateRoot(TextReader stdin, TextWriter stdout, TextWriter stderr, CliHooks hooks) =>
        new("cdsmigrate: WordPress content to clean Markdown with YAML front matter, with a report of what could not be converted.")
        {
            ConvertCommand.Create(stdin, stdout, stderr, hooks),
            CheckCommand.Create(stdin, stdout, stderr, hooks),
            InventoryCommand.Create(stdout, stderr, hooks),
            RulesCommand.Create(stdout),
            InitCommand.Create(stdout, stderr, hooks),
        };

    /// <summary>The config file's name in the current folder, read when there is one and no --config names another.</summary>
    public const string ConfigFileName = "cdsmigrate.yml";

    /// <summary>
    /// The parse with the config file's settings added (issue 13): <c>--config FILE</c>, else cdsmigrate.yml in the current
    /// folder when there is one. Not for --help and --version, which must work whatever the file holds.
    /// </summary>
    internal static (ParseResult Parse, IReadOnlyList<string> Errors) WithConfig(RootCommand root, string[] args, ParseResult parse, TextWriter stderr, CliHooks hooks)
    {
        var command = parse.CommandResult.Command;
        // init writes a config file: it reads none.
        if (command.Name == InitCommand.Name || Config.ConfigKeys.ConfigOption(command) is not Option<string?> configOption || parse.Action is System.CommandLine.Help.HelpAction)
        {
            return (parse, []);
        }

        string? path = parse.GetValue(configOption);
        if (path is not null && !File.Exists(path))
        {
            return (parse, [$"cdsmigrate: --config {path}: no such file"]);
        }

        string found = Path.Combine(hooks.ConfigFolder ?? Environment.CurrentDirectory, ConfigFileName);
        path ??= File.Exists(found) ? (hooks.ConfigFolder is null ? ConfigFileName : found) : null;
        if (path is null)
        {
            return (parse, []);
        }

        var (config, errors) = Config.ConfigLoader.Load(path, root, Environment.CurrentDirectory);
        if (config is null)
        {
            return (parse, [.. errors.Select(e => e.ToString()), $"cdsmigrate: {path}: nothing was read or written; fix the file, or name another with --config"]);
        }

        var merged = root.Parse(Config.ConfigArguments.Merge(args, parse, command, config));
        if (command.Name is "convert" or "check" && !merged.GetValue<bool>("--quiet"))
        {
            // Said, so a run is never changed by a file the user forgot was there.
            stderr.WriteLine($"cdsmigrate: options from {path}");
        }

        return (merged, []);
    }
}
