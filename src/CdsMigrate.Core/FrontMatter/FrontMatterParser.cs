using System.Net;
using CdsMigrate.Core.Reporting;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
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
    public static ParsedFrontMatter Parse(string yaml, bool decodeEntities) => Parse(yaml, decodeEntities, out _);

    /// <summary>
    /// As <see cref="Parse(string, bool)"/>, also handing back the parser's events (null when the YAML could not be
    /// scanned), so that <see cref="FrontMatterFixer"/> walks them instead of scanning the same text again.
    /// </summary>
    /// <remarks>
    /// Issue 11: YamlDotNet's representation model (a node per value, then our values built from the nodes) was a
    /// twentieth of all bytes allocated by a run. A front matter is nearly always a mapping of plain values, so the
    /// values are built straight from the events; anything the model treats specially (anchors, aliases, keys that
    /// are not scalars, a key twice, several documents, a root that is not a mapping) or an error takes the model's
    /// path below, unchanged, so results and error messages stay exactly as they were.
    /// </remarks>
    public static ParsedFrontMatter Parse(string yaml, bool decodeEntities, out List<ParsingEvent>? events)
    {
        events = Scan(yaml);
        if (events is not null && FromEvents(events, decodeEntities) is { } mapping)
        {
            return new ParsedFrontMatter(mapping, null, 0, 0);
        }

        return ParseWithModel(yaml, decodeEntities);
    }

    /// <summary>Every event of <paramref name="yaml"/>, or null when the parser fails on it.</summary>
    /// <remarks>
    /// Issue 11: YamlDotNet's parser took ~80 µs for a post's ten lines, about 5% of a run's CPU. Nearly every front
    /// matter is a column-0 mapping of one-line values, which <see cref="SimpleYamlScanner"/> reads into the very same
    /// events (marks included, for the fixer); whatever it does not read, it leaves to the parser below.
    /// </remarks>
    private static List<ParsingEvent>? Scan(string yaml)
    {
        if (SimpleYamlScanner.TryScan(yaml) is { } simple)
        {
            return simple;
        }

        var events = new List<ParsingEvent>(64);
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }

            return events;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The model's path parses it again and reports the error as it always did.
            return null;
        }
    }

    /// <summary>
    /// The mapping the representation model would give for a plain stream (one document whose root is a mapping,
    /// no anchor, no alias, scalar keys each once), or null for anything else.
    /// </summary>
    private static FrontMatterMapping? FromEvents(List<ParsingEvent> events, bool decode)
    {
        if (events.Count == 2 && events[0] is StreamStart && events[1] is StreamEnd)
        {
            // No document at all (only comments or blank lines): as the model's empty stream.
            return new FrontMatterMapping([]);
        }

        if (events.Count < 6 || events[1] is not DocumentStart || events[2] is not MappingStart || events[^2] is not DocumentEnd)
        {
            return null;
        }

        int at = 2;
        return Value(events, ref at, decode) is FrontMatterMapping mapping && at == events.Count - 2 ? mapping : null;
    }

    /// <summary>The value whose events start at <paramref name="at"/> (moved past them), or null when the model's path must decide.</summary>
    private static FrontMatterValue? Value(List<ParsingEvent> events, ref int at, bool decode)
    {
        switch (events[at++])
        {
            case Scalar { Anchor.IsEmpty: true } scalar:
                return ConvertScalar(scalar.Value, scalar.Style, decode);
            case SequenceStart { Anchor.IsEmpty: true }:
                var items = new List<FrontMatterValue>();
                while (at < events.Count && events[at] is not SequenceEnd)
                {
                    var item = Value(events, ref at, decode);
                    if (item is null)
                    {
                        return null;
                    }

                    if (item is not FrontMatterScalar { IsString: true, Value.Length: 0 })
                    {
                        items.Add(item);
                    }
                }

                at++;
                return new FrontMatterSequence(items);
            case MappingStart { Anchor.IsEmpty: true }:
                var entries = new List<KeyValuePair<string, FrontMatterValue>>();
                while (at < events.Count && events[at] is not MappingEnd)
                {
                    // A key the model would compare as a node (a list, an alias) or find twice: its path decides.
                    if (events[at++] is not Scalar { Anchor.IsEmpty: true } key || HasKey(entries, key.Value))
                    {
                        return null;
                    }

                    var value = Value(events, ref at, decode);
                    if (value is null)
                    {
                        return null;
                    }

                    entries.Add(new KeyValuePair<string, FrontMatterValue>(key.Value, value));
                }

                at++;
                return new FrontMatterMapping(entries);
            default:
                return null;
        }
    }

    private static bool HasKey(List<KeyValuePair<string, FrontMatterValue>> entries, string key)
    {
        foreach (var entry in entries)
        {
            if (entry.Key == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Through YamlDotNet's representation model: every YAML the fast path above leaves, errors included.</summary>
    internal static ParsedFrontMatter ParseWithModel(string yaml, bool decodeEntities)
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

    private static FrontMatterScalar ConvertScalar(YamlScalarNode scalar, bool decode) => ConvertScalar(scalar.Value ?? "", scalar.Style, decode);

    private static FrontMatterScalar ConvertScalar(string value, ScalarStyle style, bool decode)
    {
        bool plain = style is ScalarStyle.Plain or ScalarStyle.Any;
        if (plain && !YamlScalarWriter.IsPlainString(value))
        {
            // A plain scalar a parser reads as a number, boolean, null or date: keep it as written.
            return new FrontMatterScalar(value, IsString: false);
        }

        return FrontMatterScalar.String(decode && value.Contains('&') ? WebUtility.HtmlDecode(value) : value);
    }
}
