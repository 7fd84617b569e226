using System.CommandLine;

namespace CdsMigrate.Cli.Config;

/// <summary>
/// Puts a config file's settings into the command line as if typed, for every option the command line does not give
/// (issue 13: the command line overrides the file; a repeatable option given there replaces the file's list, it does
/// not add to it). The inputs of the file are used when the command line names none.
/// </summary>
internal static class ConfigArguments
{
    public static string[] Merge(string[] args, ParseResult typed, Command command, ConfigFile config)
    {
        var options = ConfigKeys.Options(command);
        var added = new List<string>();
        var inputs = new List<string>();
        foreach (var (key, value) in config.For(command.Name).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (key == ConfigKeys.Inputs)
            {
                if (ConfigKeys.TakesInputs(command) && typed.GetResult(command.Arguments[0]) is not { Tokens.Count: > 0 })
                {
                    inputs.AddRange(value.Items);
                }

                continue;
            }

            // A shared key of another command (out: for check) does not concern this one.
            if (!options.TryGetValue(key, out var option) || typed.GetResult(option) is { Implicit: false })
            {
                continue;
            }

            // Nor does a shared option the command hides: 'no-verify: true' is for convert; check refuses it.
            if (option.Hidden && config.Sections.GetValueOrDefault(command.Name)?.ContainsKey(key) != true)
            {
                continue;
            }

            if (option.ValueType == typeof(bool))
            {
                // Every flag is off by default: only 'true' says something.
                if (value.Items is ["true"])
                {
                    added.Add(option.Name);
                }

                continue;
            }

            foreach (var item in value.Items)
            {
                added.Add(option.Name);
                added.Add(item);
            }
        }

        added.AddRange(inputs);
        // Right after the command's name, so a '--' the user typed cannot turn them into inputs.
        int at = Array.IndexOf(args, command.Name);
        return at < 0 ? [.. args, .. added] : [.. args[..(at + 1)], .. added, .. args[(at + 1)..]];
    }
}
