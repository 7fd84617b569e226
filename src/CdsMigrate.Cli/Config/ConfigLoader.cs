using System.CommandLine;
using System.CommandLine.Completions;
using System.Globalization;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Sources;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsMigrate.Cli.Config;

/// <summary>
/// Reads a <c>cdsmigrate.yml</c> into a <see cref="ConfigFile"/> and checks it against the commands' own option
/// definitions (issue 13): an unknown key (with a suggestion), a value of the wrong shape, a value the option refuses
/// (parsed by the option itself, so its allowed values and types are the command line's), an unknown diagnostic
/// code, a layout or URL that cannot work: each is an error at its line and column, found before any input is read.
/// </summary>
internal static partial class ConfigLoader
{
    public static (ConfigFile? File, IReadOnlyList<ConfigError> Errors) Load(string path, Command root, string currentFolder)
    {
        var errors = new List<ConfigError>();
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, [new ConfigError(path, 1, 1, $"cannot be read: {ex.Message}")]);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            // YamlDotNet puts "(Line: 3, Col: 5, Idx: 20) - (…): " before its message: the location is ours to print.
            string message = PositionPrefix().Replace(ex.InnerException is YamlException inner ? inner.Message : ex.Message, "");
            return (null, [new ConfigError(path, (int)ex.Start.Line, (int)ex.Start.Column, $"not valid YAML: {message}")]);
        }

        var reader = new Reader(path, root, Path.GetDirectoryName(Path.GetFullPath(path))!, currentFolder, errors);
        var file = reader.Read(stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode);
        return errors.Count > 0 ? (null, errors) : (file, []);
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ")]
    private static partial Regex PositionPrefix();

    private sealed class Reader(string path, Command root, string folder, string currentFolder, List<ConfigError> errors)
    {
        private readonly List<Command> _commands = ConfigKeys.Commands(root).ToList();

        public ConfigFile Read(YamlNode? node)
        {
            var shared = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
            var sections = new Dictionary<string, IReadOnlyDictionary<string, ConfigValue>>(StringComparer.Ordinal);
            if (node is null || IsNull(node))
            {
                return new ConfigFile(path, shared, sections);
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(node, $"the file must be a mapping of option names to values (as 'flavor: hugo'), not {Describe(node)}");
                return new ConfigFile(path, shared, sections);
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                if (Key(keyNode) is not { } key)
                {
                    continue;
                }

                if (_commands.FirstOrDefault(c => c.Name == key) is { } command)
                {
                    sections[key] = Section(command, value);
                }
                else if (key == ConfigKeys.Inputs)
                {
                    Put(shared, key, Inputs(value));
                }
                else if (key == "config")
                {
                    Error(keyNode, "a config file cannot name another one (--config is for the command line)");
                }
                else if (_commands.Where(c => ConfigKeys.Options(c).ContainsKey(key)).ToList() is { Count: > 0 } owners)
                {
                    Put(shared, key, Option(key, owners, value));
                }
                else
                {
                    Unknown(keyNode, key, ConfigKeys.TopLevel(root), "");
                }
            }

            return new ConfigFile(path, shared, sections);
        }

        private Dictionary<string, ConfigValue> Section(Command command, YamlNode node)
        {
            var values = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
            if (IsNull(node))
            {
                return values;
            }

            if (node is not YamlMappingNode mapping)
            {
                Error(node, $"'{command.Name}' holds the options of that command only (as 'fail-on: warning'), not {Describe(node)}");
                return values;
            }

            var options = ConfigKeys.Options(command);
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (Key(keyNode) is not { } key)
                {
                    continue;
                }

                if (key == ConfigKeys.Inputs && ConfigKeys.TakesInputs(command))
                {
                    Put(values, key, Inputs(value));
                }
                else if (options.ContainsKey(key))
                {
                    Put(values, key, Option(key, [command], value));
                }
                else
                {
                    var names = options.Keys.Concat(ConfigKeys.TakesInputs(command) ? [ConfigKeys.Inputs] : []);
                    Unknown(keyNode, key, names, $" of '{command.Name}'");
                }
            }

            return values;
        }

        private static void Put(Dictionary<string, ConfigValue> values, string key, ConfigValue? value)
        {
            if (value is not null)
            {
                values[key] = value;
            }
        }

        private string? Key(YamlNode node)
        {
            if (node is YamlScalarNode { Value: { Length: > 0 } key })
            {
                return key;
            }

            Error(node, $"a key must be an option name, not {Describe(node)}");
            return null;
        }

        private void Unknown(YamlNode node, string key, IEnumerable<string> known, string where)
        {
            string bare = key.TrimStart('-');
            if (bare != key && known.Contains(bare))
            {
                Error(node, $"unknown key '{key}'{where}: write option names without dashes ('{bare}:')");
                return;
            }

            string? near = DidYouMean.Closest(key, known);
            Error(node, $"unknown key '{key}'{where}" + (near is null ? "" : $" (did you mean '{near}'?)") + "; 'cdsmigrate init' writes a file with every key");
        }

        private ConfigValue? Inputs(YamlNode node)
        {
            var items = Strings(ConfigKeys.Inputs, node, list: true);
            return items is null ? null : new ConfigValue([.. items.Select(i => Resolve(ConfigKeys.Inputs, i.Value))], Line(node), Column(node));
        }

        /// <summary>Checks one option's value by its shape, then by the option itself, then by what the run would refuse.</summary>
        private ConfigValue? Option(string key, IReadOnlyList<Command> owners, YamlNode node)
        {
            var option = ConfigKeys.Options(owners[0])[key];
            if (option.ValueType == typeof(bool))
            {
                if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } flag } && bool.TryParse(flag, out bool on))
                {
                    return new ConfigValue([on ? "true" : "false"], Line(node), Column(node));
                }

                Error(node, $"{key}: true or false, not {Describe(node)}");
                return null;
            }

            bool list = option.ValueType.IsArray;
            var items = Strings(key, node, list);
            if (items is null)
            {
                return null;
            }

            bool ok = true;
            foreach (var (value, at) in items)
            {
                if (Problem(key, owners, option, value) is { } problem)
                {
                    Error(at, $"{key}: {problem}");
                    ok = false;
                }
            }

            return ok ? new ConfigValue([.. items.Select(i => Resolve(key, i.Value))], Line(node), Column(node)) : null;
        }

        /// <summary>The scalar values of a node: one scalar, or (for a repeatable option) a list of scalars.</summary>
        private List<(string Value, YamlNode At)>? Strings(string key, YamlNode node, bool list)
        {
            if (node is YamlScalarNode scalar && !IsNull(node))
            {
                return [(scalar.Value ?? "", node)];
            }

            if (list && node is YamlSequenceNode sequence)
            {
                var items = new List<(string, YamlNode)>();
                foreach (var item in sequence.Children)
                {
                    if (item is not YamlScalarNode { } one || IsNull(item))
                    {
                        Error(item, $"{key}: each item is a value, not {Describe(item)}");
                        return null;
                    }

                    items.Add((one.Value ?? "", item));
                }

                return items;
            }

            Error(node, IsNull(node)
                ? $"{key}: no value (give one, or remove the line)"
                : $"{key}: {(list ? "a value or a list of values" : "one value")}, not {Describe(node)}");
            return null;
        }

        private string? Problem(string key, IReadOnlyList<Command> owners, Option option, string value)
        {
            if (option.ValueType == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                return $"a whole number, not '{value}'";
            }

            var allowed = option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).ToList();
            if (allowed.Count > 0 && !allowed.Contains(value, StringComparer.Ordinal))
            {
                string? near = DidYouMean.Closest(value, allowed);
                return $"'{value}' is not one of {string.Join(", ", allowed)}" + (near is null ? "" : $" (did you mean '{near}'?)");
            }

            // The option's own parser and validators, as on the command line (one input so the argument is satisfied).
            foreach (var command in owners)
            {
                string[] args = ConfigKeys.TakesInputs(command) ? [command.Name, "input", option.Name, value] : [command.Name, option.Name, value];
                if (root.Parse(args).Errors is { Count: > 0 } parseErrors)
                {
                    return string.Join("; ", parseErrors.Select(e => e.Message));
                }
            }

            return Check(key, value);
        }

        /// <summary>What the run itself would refuse as a usage error, said here with the value's place.</summary>
        private static string? Check(string key, string value)
        {
            try
            {
                switch (key)
                {
                    case "ignore":
                        return value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                            .Select(c => CommonOptions.CodeProblem(c) is { } problem ? $"{c}: {problem}" : null).FirstOrDefault(p => p is not null);
                    case "report":
                        ReportTargets.Resolve([value], []);
                        return null;
                    case "report-format":
                        ReportTargets.Resolve([], [value]);
                        return null;
                    case "layout":
                        return OutputLayout.Validate(value);
                    case "site-url":
                        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? null : $"an http(s) URL, not '{value}'";
                    case "types" or "drop-block" or "raw-block" or "exclude" or "out" or "site" or "media-dir" or "media-from" or "media-url" when value.Trim().Length == 0:
                        return "an empty value";
                    default:
                        return null;
                }
            }
            catch (UsageException ex)
            {
                return ex.Message;
            }
        }

        /// <summary>A relative path is the config file's folder's: made relative to the current folder (or full) for the command line.</summary>
        private string Resolve(string key, string value)
        {
            if (!ConfigKeys.Paths.Contains(key) || value == "-")
            {
                return value;
            }

            if (key == "report")
            {
                int eq = value.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0 && Core.Reporting.ReportWriters.TryParse(value[..eq], out _))
                {
                    return value[..(eq + 1)] + Resolve(key, value[(eq + 1)..]);
                }
            }

            string full = Path.GetFullPath(Path.Combine(folder, value));
            return Core.Batch.PathGlob.IsInside(full, currentFolder) ? Path.GetRelativePath(currentFolder, full) : full;
        }

        private void Error(YamlNode node, string message) => errors.Add(new ConfigError(path, Line(node), Column(node), message));

        private static int Line(YamlNode node) => (int)node.Start.Line;

        private static int Column(YamlNode node) => (int)node.Start.Column;

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" };

        private static string Describe(YamlNode node) => node switch
        {
            YamlMappingNode => "a mapping",
            YamlSequenceNode => "a list",
            _ when IsNull(node) => "an empty value",
            YamlScalarNode s => $"'{s.Value}'",
            _ => "an alias",
        };
    }
}
