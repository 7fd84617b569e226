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
        var root = new RootCommand("cdsmigrate: WordPress content to clean Markdown with YAML front matter, with a report of what could not be converted.")
        {
            ConvertCommand.Create(stdin, stdout, stderr, hooks),
            CheckCommand.Create(stdin, stdout, stderr, hooks),
            InventoryCommand.Create(stdout, stderr, hooks),
            RulesCommand.Create(stdout),
        };

        var parse = root.Parse(args);
        // Checked before anything runs: a mistyped option must not become an input path (issue 13).
        var strict = StrictArguments.Problems(parse);
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
}
