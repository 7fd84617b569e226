using System.Text.Json;
using CdsMigrate.Core.Reporting;
using Tomlyn;
using Tomlyn.Model;
using YamlDotNet.RepresentationModel;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Reads a Hugo site's configuration (<c>--site DIR</c>): <c>hugo.toml|yaml|yml|json</c>, else
/// <c>config.toml|yaml|yml|json</c>, as Hugo looks for them, plus <c>config/_default/</c> files of the same
/// names. Keys are compared without case, as Hugo compares them. Only what the converter uses is kept.
/// </summary>
internal static class HugoSiteConfigReader
{
    private static readonly string[] Names = ["hugo", "config"];
    private static readonly string[] Extensions = [".toml", ".yaml", ".yml", ".json"];

    /// <summary>The site's configuration, or a diagnostic saying why it could not be read.</summary>
    public static (HugoSiteConfig? Config, Diagnostic? Problem) Read(string siteDirectory)
    {
        string? file = Names.SelectMany(n => Extensions.Select(e => Path.Combine(siteDirectory, n + e))).FirstOrDefault(File.Exists)
            ?? Names.SelectMany(n => Extensions.Select(e => Path.Combine(siteDirectory, "config", "_default", n + e))).FirstOrDefault(File.Exists);
        if (file is null)
        {
            return (null, DiagnosticCodes.SiteConfigUnreadable.At(new SourceSpan(siteDirectory, 0, 0),
                "no hugo.toml, hugo.yaml, hugo.json or config.* in the site folder"));
        }

        Dictionary<string, object?> root;
        try
        {
            root = Parse(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or TomlException or YamlDotNet.Core.YamlException or InvalidCastException)
        {
            return (null, DiagnosticCodes.SiteConfigUnreadable.At(new SourceSpan(file, 0, 0), $"cannot read the site configuration: {ex.Message}"));
        }

        return (FromTree(root, file, siteDirectory), null);
    }

    /// <summary>Builds the config from a parsed tree (case-insensitive maps, lists, scalars).</summary>
    internal static HugoSiteConfig FromTree(Dictionary<string, object?> root, string file, string siteDirectory)
    {
        string defaultLanguage = Str(root, "defaultContentLanguage") ?? "en";
        var rootPermalinks = Permalinks(Map(root, "permalinks"));
        string? rootBase = Str(root, "baseURL");
        var languages = new List<HugoLanguage>();
        if (Map(root, "languages") is { } langs)
        {
            foreach (var (code, value) in langs)
            {
                var lang = value as Dictionary<string, object?> ?? new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                var permalinks = Permalinks(Map(lang, "permalinks"));
                languages.Add(new HugoLanguage(code, Str(lang, "baseURL") ?? rootBase, permalinks.Count > 0 ? permalinks : rootPermalinks,
                    Str(lang, "contentDir") ?? Str(root, "contentDir")));
            }
        }

        if (languages.Count == 0)
        {
            languages.Add(new HugoLanguage(defaultLanguage, rootBase, rootPermalinks, Str(root, "contentDir")));
        }

        var markup = Map(root, "markup");
        var goldmark = Map(markup, "goldmark");
        var renderer = Map(goldmark, "renderer");
        var extensions = Map(goldmark, "extensions");
        var parser = Map(goldmark, "parser");
        var attribute = Map(parser, "attribute");
        return new HugoSiteConfig
        {
            File = file,
            Root = siteDirectory,
            Languages = languages,
            DefaultLanguage = defaultLanguage,
            GoldmarkUnsafe = Bool(renderer, "unsafe") ?? false,
            Typographer = Bool(extensions, "typographer") is not false,
            AutoHeadingId = Bool(parser, "autoHeadingID") is not false,
            HeadingAttributes = Bool(attribute, "title") is not false,
            DisablePathToLower = Bool(root, "disablePathToLower") ?? false,
        };
    }

    private static Dictionary<string, object?> Parse(string file)
    {
        string text = File.ReadAllText(file);
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".toml" => (Dictionary<string, object?>)FromToml(TomlSerializer.Deserialize(text, HugoTomlContext.Default.TomlTable)!)!,
            ".json" => (Dictionary<string, object?>?)FromJson(JsonDocument.Parse(text).RootElement) ?? [],
            _ => FromYaml(text),
        };
    }

    private static object? FromToml(object? value) => value switch
    {
        TomlTable table => table.ToDictionary(kv => kv.Key, kv => FromToml(kv.Value), StringComparer.OrdinalIgnoreCase),
        TomlTableArray array => array.Select(t => FromToml(t)).ToList(),
        TomlArray array => array.Select(FromToml).ToList(),
        bool b => b,
        null => null,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static object? FromJson(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => FromJson(g.Last().Value), StringComparer.OrdinalIgnoreCase),
        JsonValueKind.Array => e.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        _ => e.GetRawText(),
    };

    private static Dictionary<string, object?> FromYaml(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? new(StringComparer.OrdinalIgnoreCase) : FromYamlNode(stream.Documents[0].RootNode) as Dictionary<string, object?> ?? new(StringComparer.OrdinalIgnoreCase);
    }

    private static object? FromYamlNode(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.GroupBy(kv => ((YamlScalarNode)kv.Key).Value ?? "", StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => FromYamlNode(g.Last().Value), StringComparer.OrdinalIgnoreCase),
        YamlSequenceNode seq => seq.Children.Select(FromYamlNode).ToList(),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "True" or "TRUE" } => true,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "false" or "False" or "FALSE" } => false,
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };

    private static Dictionary<string, string> Permalinks(Dictionary<string, object?>? map)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map ?? [])
        {
            // Hugo 0.111 also allows permalinks.page.blog / permalinks.section.blog; the page one is what posts use.
            if (value is string pattern)
            {
                result[key] = pattern;
            }
            else if (value is Dictionary<string, object?> nested && key.Equals("page", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var (section, p) in nested)
                {
                    if (p is string s)
                    {
                        result[section] = s;
                    }
                }
            }
        }

        return result;
    }

    private static Dictionary<string, object?>? Map(Dictionary<string, object?>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) ? value as Dictionary<string, object?> : null;

    private static string? Str(Dictionary<string, object?>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) && value is string s && s.Length > 0 ? s : null;

    private static bool? Bool(Dictionary<string, object?>? map, string key) =>
        map is not null && map.TryGetValue(key, out var value) ? value switch { bool b => b, "true" => true, "false" => false, _ => null } : null;
}
