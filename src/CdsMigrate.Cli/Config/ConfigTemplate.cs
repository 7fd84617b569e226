using System.CommandLine;
using System.Text;

namespace CdsMigrate.Cli.Config;

/// <summary>
/// Writes the commented <c>cdsmigrate.yml</c> of <c>cdsmigrate init</c> (issue 13): every option of every command, each
/// with its help text, set where init guessed a value and commented out (with its default) where it did not. Options
/// that several commands share come first; an option of one command only goes under that command's name.
/// </summary>
internal static class ConfigTemplate
{
    private const int Width = 110;

    public static string Write(Command root, IReadOnlyList<string> inputs, InitGuess? guess, string inputsLabel)
    {
        var commands = ConfigKeys.Commands(root).ToList();
        var owners = commands.SelectMany(c => ConfigKeys.Options(c).Select(o => (Key: o.Key, Option: o.Value, Command: c.Name)))
            .GroupBy(o => o.Key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var guessed = Guessed(guess);

        var text = new StringBuilder();
        Line(text, "", $"cdsmigrate.yml, written by 'cdsmigrate init' {CliApp.Version}: the options of cdsmigrate {string.Join(", ", commands.Select(c => c.Name))}.");
        Line(text, "", "A key is an option's long name without its dashes (--fail-on is fail-on:). Options given on the command line override this file; a repeatable option given there replaces the list here. Relative paths are relative to this file's folder. Options of one command only sit under its name (convert:, check:…) and win over the shared ones above them. Uncomment a line to set it; the value shown is the default.");
        if (guess is not null)
        {
            text.Append("#\n");
            Line(text, "", $"Found in {inputsLabel}: {guess.Documents} document(s); " +
                $"languages: {Counts(guess.Languages, "none told")}; post types: {Counts(guess.Types, "none (post files only)")}; " +
                $"old site: {(guess.SiteUrl is null ? "not found (give site-url: below to bring its media home)" : $"{guess.SiteUrl} ({guess.SiteUrlFrom})")}.");
        }

        text.Append('\n');
        Line(text, "", "Post files, WXR exports, REST API JSON or folders of them (convert, check and inventory read these when the command line names none).");
        if (inputs.Count > 0)
        {
            text.Append("inputs:\n");
            foreach (var input in inputs)
            {
                text.Append("  - ").Append(Scalar(input)).Append('\n');
            }
        }
        else
        {
            text.Append("# inputs: []\n");
        }

        foreach (var (key, list) in owners.Where(o => o.Value.Count > 1).OrderBy(o => Order(commands, o.Value), Comparer<int>.Default).ThenBy(o => o.Key, StringComparer.Ordinal))
        {
            text.Append('\n');
            Entry(text, "", key, list[0].Option, guessed.GetValueOrDefault(key));
        }

        foreach (var command in commands)
        {
            var own = owners.Where(o => o.Value.Count == 1 && o.Value[0].Command == command.Name).OrderBy(o => command.Options.IndexOf(o.Value[0].Option)).ToList();
            text.Append('\n');
            Line(text, "", $"Options of '{command.Name}' only; a shared option set here applies to '{command.Name}' alone.");
            // A section whose lines are all comments reads as 'check:' with no value: the loader takes it as empty.
            text.Append(command.Name).Append(":\n");
            if (own.Count == 0)
            {
                text.Append("  # fail-on: warning\n");
            }

            for (int i = 0; i < own.Count; i++)
            {
                text.Append(i > 0 ? "\n" : "");
                Entry(text, "  ", own[i].Key, own[i].Value[0].Option, guessed.GetValueOrDefault(own[i].Key));
            }
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Shared options in the order the first command that has them lists them (convert's help order).</summary>
    private static int Order(List<Command> commands, List<(string Key, Option Option, string Command)> owners)
    {
        var command = commands.First(c => c.Name == owners[0].Command);
        return command.Options.IndexOf(owners[0].Option);
    }

    private static Dictionary<string, IReadOnlyList<string>> Guessed(InitGuess? guess)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (guess is null)
        {
            return values;
        }

        if (guess.Types.Count > 0)
        {
            values["types"] = [string.Join(",", guess.Types.Keys)];
        }

        if (guess.SiteUrl is not null)
        {
            values["site-url"] = [guess.SiteUrl];
        }

        return values;
    }

    private static void Entry(StringBuilder text, string indent, string key, Option option, IReadOnlyList<string>? value)
    {
        Line(text, indent, option.Description ?? "");
        if (value is not null)
        {
            if (option.ValueType.IsArray)
            {
                text.Append(indent).Append(key).Append(":\n");
                foreach (var item in value)
                {
                    text.Append(indent).Append("  - ").Append(Scalar(item)).Append('\n');
                }
            }
            else
            {
                text.Append(indent).Append(key).Append(": ").Append(Scalar(value[0])).Append('\n');
            }

            return;
        }

        text.Append(indent).Append("# ").Append(key).Append(':').Append(Default(option)).Append('\n');
    }

    private static string Default(Option option)
    {
        if (option.ValueType == typeof(bool))
        {
            return " false";
        }

        if (option.ValueType.IsArray)
        {
            return " []";
        }

        if (option.ValueType == typeof(int))
        {
            return option.HasDefaultValue && option.GetDefaultValue() is int number ? " " + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        }

        return option.HasDefaultValue && option.GetDefaultValue() is { } value && Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) is { Length: > 0 } shown
            ? " " + Scalar(shown)
            : "";
    }

    /// <summary>A YAML scalar: plain when it reads back as the same string, else single-quoted.</summary>
    internal static string Scalar(string value)
    {
        // In block context only a few sequences and first characters mean something to YAML.
        bool plain = value.Length > 0 && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal) && !value.EndsWith(':')
            && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1])
            && value[0] is not ('-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`')
            && value is not ("true" or "false" or "null" or "~" or "yes" or "no") && !double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out _);
        return plain ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts, string none) =>
        counts.Count == 0 ? none : string.Join(", ", counts.Select(p => $"{p.Key} ({p.Value})"));

    /// <summary>A comment, wrapped at <see cref="Width"/> columns.</summary>
    private static void Line(StringBuilder text, string indent, string comment)
    {
        var line = new StringBuilder();
        foreach (var word in comment.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && indent.Length + 2 + line.Length + 1 + word.Length > Width)
            {
                text.Append(indent).Append("# ").Append(line).Append('\n');
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : "").Append(word);
        }

        if (line.Length > 0)
        {
            text.Append(indent).Append("# ").Append(line).Append('\n');
        }
    }
}
