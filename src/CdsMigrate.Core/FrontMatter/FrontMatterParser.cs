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
internal static class FrontMatterParser
{
    /// <summary>The result: the mapping, or the error with its line in the YAML text (1-based).</summary>
    public sealed record ParsedFrontMatter(FrontMatterMapping? Value, string? Error, int ErrorLine, int ErrorColumn);

    public static ParsedFrontMatter Parse(string yaml) => Parse(yaml, decodeEntities: true);

    /// <summary>As <see cref="Parse(string)"/>; without <paramref name="decodeEntities"/>, string values are taken as written (to check fixes).</summary>
    public static ParsedFrontMatter Parse(string yaml, bool decodeEntities)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return new ParsedFrontMatter(new FrontMatterMapping([]), null, 0, 0);
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                var node = stream.Documents[0].RootNode;
                return new ParsedFrontMatter(null, "front matter is not a mapping of keys to values", (int)node.Start.Line, (int)node.Start.Column);
            }

            return new ParsedFrontMatter((FrontMatterMapping)Convert(root, decodeEntities), null, 0, 0);
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

            return new ParsedFrontMatter(null, message, (int)ex.Start.Line, (int)ex.Start.Column);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet's scanner throws these on some malformed input (an unclosed flow sequence):
            // find how far it got, so the user still gets a line.
            var (line, column) = LastGoodPosition(yaml);
            return new ParsedFrontMatter(null, "malformed YAML (an unclosed bracket or quote?)", line, column);
        }
    }

    private static (int Line, int Column) LastGoodPosition(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        Mark last = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                last = parser.Current!.End;
            }
        }
        catch (Exception)
        {
            // Expected: this is the failure being located.
        }

        return ((int)Math.Max(last.Line, 1), (int)Math.Max(last.Column, 1));
    }

    private static FrontMatterValue Convert(YamlNode node, bool decode) => node switch
    {
        YamlScalarNode s => ConvertScalar(s, decode),
        YamlSequenceNode seq => new FrontMatterSequence(seq.Children.Select(c => Convert(c, decode))
            .Where(v => v is not FrontMatterScalar { IsString: true, Value.Length: 0 }).ToList()),
        YamlMappingNode map => new FrontMatterMapping(map.Children
            .Select(kv => new KeyValuePair<string, FrontMatterValue>(kv.Key is YamlScalarNode key ? key.Value ?? "" : kv.Key.ToString(), Convert(kv.Value, decode)))
            .ToList()),
        _ => FrontMatterScalar.String(""),
    };

    private static FrontMatterScalar ConvertScalar(YamlScalarNode scalar, bool decode)
    {
        string value = scalar.Value ?? "";
        bool plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && !YamlScalarWriter.IsPlainString(value))
        {
            // A plain scalar a parser reads as a number, boolean, null or date: keep it as written.
            return new FrontMatterScalar(value, IsString: false);
        }

        return FrontMatterScalar.String(decode && value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
    }
}
