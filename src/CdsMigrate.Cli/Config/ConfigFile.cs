namespace CdsMigrate.Cli.Config;

/// <summary>
/// A <c>cdsmigrate.yml</c>, read and checked (issue 13): the options it sets for every command that has them, the
/// options of one command's section (which win over the shared ones), and the inputs. Values are already checked
/// against the real option definitions and relative paths already resolved against the file's folder, so the
/// command line can take them as if typed (<see cref="ConfigArguments"/>). The core never sees this type.
/// </summary>
internal sealed record ConfigFile(
    string Path,
    IReadOnlyDictionary<string, ConfigValue> Shared,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, ConfigValue>> Sections)
{
    /// <summary>The settings that apply to <paramref name="command"/>: its section over the shared keys.</summary>
    public IReadOnlyDictionary<string, ConfigValue> For(string command)
    {
        var merged = new Dictionary<string, ConfigValue>(Shared, StringComparer.Ordinal);
        foreach (var (key, value) in Sections.GetValueOrDefault(command) ?? new Dictionary<string, ConfigValue>())
        {
            merged[key] = value;
        }

        return merged;
    }
}
