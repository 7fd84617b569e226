using System.Net;
using CdsMigrate.Core.Reporting;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// Parses YAML front matter into an ordered <see cref="FrontMatterMapping"/>: every key kept in order,
/// HTML entities in string values decoded (WordPress titles hold <c>&amp;amp;</c> and <c>&amp;#8217;</c>),
/// empty strings dropped from sequences (<c>tags: [""]</c> is an empty list).
/// </summary>
public static class FrontMatterParser
{
    /// <summary>The result: the mapping, or the error with its line in the YAML text (1-based).</summary>
    public sealed record Result(FrontMatterMapping? Value, string? Error, int ErrorLine, int ErrorColumn);

    public static Result Parse(string yaml)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new Result(new FrontMatterMapping([]), null, 0, 0);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var node = stream.Documents[0].RootNode;
                return new Result(null, "front matter is not a mapping of keys to values", (int)node.Start.Line, (int)node.Start.Column);
            }

            return new Result((FrontMatterMapping)Convert(root), null, 0, 0);
        }
        catch (YamlException ex)
        {
            string message = ex.InnerException?.Message ?? ex.Message;
            // YamlDotNet prefixes "(Line: 1, Col: 2, Idx: 3) - (…): "; the position is reported separately.
            int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0)
            {
                message = message[(cut + 3)..];
            }

            return new Result(null, message, (int)ex.Start.Line, (int)ex.Start.Column);
        }
    }

    private static FrontMatterValue Convert(YamlNode node) => node switch
    {
        YamlScalarNode s => ConvertScalar(s),
        YamlSequenceNode seq => new FrontMatterSequence(seq.Children.Select(Convert)
            .Where(v => v is not FrontMatterScalar { IsString: true, Value.Length: 0 }).ToList()),
        YamlMappingNode map => new FrontMatterMapping(map.Children
            .Select(kv => new KeyValuePair<string, FrontMatterValue>(kv.Key is YamlScalarNode key ? key.Value ?? "" : kv.Key.ToString(), Convert(kv.Value)))
            .ToList()),
        _ => FrontMatterScalar.String(""),
    };

    private static FrontMatterScalar ConvertScalar(YamlScalarNode scalar)
    {
        string value = scalar.Value ?? "";
        bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && !YamlScalarWriter.IsPlainString(value))
        {
            // A plain scalar a parser reads as a number, boolean, null or date: keep it as written.
            return new FrontMatterScalar(value, IsString: false);
        }

        return FrontMatterScalar.String(value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
    }
}
