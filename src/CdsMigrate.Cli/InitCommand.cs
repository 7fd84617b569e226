using System.CommandLine;
using CdsMigrate.Cli.Config;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Cli;

/// <summary>
/// <c>cdsmigrate init [inputs…]</c>: writes a commented cdsmigrate.yml with every option, guessing what it can from the
/// inputs given (languages, post types, the old site's address). Issue 13, point 3.
/// </summary>
internal static class InitCommand
{
    public const string Name = "init";

    public static Command Create(TextWriter stdout, TextWriter stderr, CliHooks hooks)
    {
        var inputs = new Argument<string[]>("input")
        {
            Description = "Post files, WXR exports, REST API JSON or folders of them: read to guess languages, post types and the old site's address, and written as the file's inputs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var force = new Option<bool>("--force") { Description = "Replace a config file that exists (by default init refuses to)." };
        var file = new Option<string?>("--config")
        {
            HelpName = "FILE",
            Description = "The file to write (default: cdsmigrate.yml in the current folder; - prints it).",
        };
        var command = new Command(Name, """
            Write a commented cdsmigrate.yml with every option of every command, guessing languages, post types and the
            old site's address from the inputs given. Edit it, then run 'cdsmigrate convert' with no other argument.

            Examples:
              cdsmigrate init export.xml
              cdsmigrate init content/en content/fr --config migrate.yml
            """)
        {
            inputs,
            force,
            file,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(file) ?? (hooks.ConfigFolder is null ? CliApp.ConfigFileName : Path.Combine(hooks.ConfigFolder, CliApp.ConfigFileName));
            if (path != "-" && File.Exists(path) && !parse.GetValue(force))
            {
                throw new UsageException($"{path} exists: init does not replace it (give --force to, or --config another file)");
            }

            var given = parse.GetValue(inputs) ?? [];
            var files = InputDiscovery.Expand(given, out var missing);
            if (missing.Count > 0)
            {
                throw new UsageException($"no such file or folder: {string.Join(", ", missing)}");
            }

            var guess = given.Length == 0 ? null : InitGuess.From(files);
            // The inputs as the file will read them: relative to its folder.
            string folder = path == "-" ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(path))!;
            var relative = given.Select(i => Relative(folder, i)).ToList();
            var root = (RootCommand)parse.RootCommandResult.Command;
            string text = ConfigTemplate.Write(root, relative, guess, string.Join(" ", given));
            if (path == "-")
            {
                stdout.Write(text);
                return ExitCodes.Success;
            }

            File.WriteAllText(path, text);
            stderr.WriteLine($"cdsmigrate: wrote {path}" + (guess is null ? "" :
                $" ({guess.Documents} document(s); languages: {(guess.Languages.Count == 0 ? "none told" : string.Join(", ", guess.Languages.Keys))}; " +
                $"post types: {(guess.Types.Count == 0 ? "none" : string.Join(", ", guess.Types.Keys))}; old site: {guess.SiteUrl ?? "not found"})"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>An input as the config file names it: relative to its folder, unless that climbs more than one folder up.</summary>
    private static string Relative(string folder, string input)
    {
        string full = Path.GetFullPath(input);
        string relative = Path.GetRelativePath(folder, full).Replace('\\', '/');
        return relative.StartsWith("../../", StringComparison.Ordinal) || Path.IsPathFullyQualified(relative) ? full : relative;
    }
}
