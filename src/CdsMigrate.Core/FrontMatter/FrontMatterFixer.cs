using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// Finds the fixes a post file's front matter needs, as edits of its source text (issue 9, point 5), so that
/// everything else stays as written. The fixes are the ones <see cref="FrontMatterParser"/> applies to values:
/// HTML entities in string values decoded (WordPress titles hold <c>&amp;amp;</c> and <c>&amp;#8217;</c>), and
/// empty strings removed from lists (<c>tags: [""]</c> becomes <c>tags: []</c>: 171 of the 215 CDS posts).
/// Positions come from YamlDotNet's parser events (Start/End marks), so only a value's own span changes. Each
/// entity is replaced in place, escaped for the scalar's style; where that cannot be done safely (a decoded
/// <c>#</c> or <c>:</c> in a plain scalar) a one-line scalar is re-quoted whole. The result is checked: read
/// literally, the fixed YAML must hold exactly the values the parser decodes from the original, or nothing is
/// changed and the reason is returned.
/// </summary>
internal static partial class FrontMatterFixer
{
    /// <summary>The edits, in text order; or none, and why, when the front matter is kept as written.</summary>
    public sealed record FrontMatterFixes(IReadOnlyList<FrontMatterEdit> Edits, string? KeptBecause);

    public static FrontMatterFixes Find(string yaml) => Find(yaml, null, null);

    /// <summary>
    /// As <see cref="Find(string)"/>, given what <see cref="FrontMatterParser"/> already made of the same text: its
    /// events (walked instead of scanning the YAML again) and its values (the expected result of the fixes), so that
    /// a post file's front matter is scanned once, plus once to check its fixes unless they are only whole lists emptied
    /// (issue 11). Null: found here.
    /// </summary>
    public static FrontMatterFixes Find(string yaml, IReadOnlyList<ParsingEvent>? events, FrontMatterMapping? parsed)
    {
        List<FrontMatterEdit> edits;
        bool sameByConstruction;
        try
        {
            var walker = new Walker(yaml);
            edits = walker.Run(events ?? Events(yaml));
            if (walker.Unfixable is { } unfixable)
            {
                return new FrontMatterFixes([], unfixable);
            }

            // Nothing but whole lists emptied, and no entity anywhere (the parser decodes some that no edit may cover).
            sameByConstruction = walker.WholeListsEmptied == edits.Count && !yaml.Contains('&');
        }
        catch (YamlException)
        {
            // The parser already accepted this YAML; a scanner quirk here must not fail the document.
            return new FrontMatterFixes([], "the front matter could not be scanned for fixes");
        }

        if (edits.Count == 0)
        {
            return new FrontMatterFixes([], null);
        }

        edits.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        for (int i = 1; i < edits.Count; i++)
        {
            if (edits[i].Offset < edits[i - 1].Offset + edits[i - 1].Length)
            {
                return new FrontMatterFixes([], "two fixes would overlap");
            }
        }

        if (sameByConstruction)
        {
            // Only "tags: [\"\"]" made "tags: []" (most CDS posts): the fixed text cannot read differently, so it is not
            // parsed again to check (issue 11: that parse was a third of the front matter's cost).
            return new FrontMatterFixes(edits, null);
        }

        string fixedYaml = Apply(yaml, edits);
        var expected = parsed ?? FrontMatterParser.Parse(yaml).Value;
        var actual = FrontMatterParser.Parse(fixedYaml, decodeEntities: false).Value;
        if (expected is null || actual is null || !Same(expected, actual))
        {
            return new FrontMatterFixes([], "fixing it in place would change other values");
        }

        return new FrontMatterFixes(edits, null);
    }

    /// <summary>The parser's events of <paramref name="yaml"/>, read as they are walked (a scanner error surfaces mid-walk).</summary>
    private static IEnumerable<ParsingEvent> Events(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            yield return parser.Current!;
        }
    }

    /// <summary><paramref name="yaml"/> with <paramref name="edits"/> (sorted, not overlapping) applied.</summary>
    public static string Apply(string yaml, IReadOnlyList<FrontMatterEdit> edits)
    {
        var sb = new StringBuilder(yaml.Length);
        int at = 0;
        foreach (var edit in edits)
        {
            sb.Append(yaml, at, edit.Offset - at).Append(edit.Replacement);
            at = edit.Offset + edit.Length;
        }

        return sb.Append(yaml, at, yaml.Length - at).ToString();
    }

    private static bool Same(FrontMatterValue a, FrontMatterValue b) => (a, b) switch
    {
        (FrontMatterScalar x, FrontMatterScalar y) => x == y,
        (FrontMatterSequence x, FrontMatterSequence y) => x.Items.Count == y.Items.Count && x.Items.Zip(y.Items).All(p => Same(p.First, p.Second)),
        (FrontMatterMapping x, FrontMatterMapping y) => x.Entries.Count == y.Entries.Count
            && x.Entries.Zip(y.Entries).All(p => p.First.Key == p.Second.Key && Same(p.First.Value, p.Second.Value)),
        _ => false,
    };

    [GeneratedRegex("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});", RegexOptions.CultureInvariant)]
    internal static partial Regex Entity();

    /// <summary>Walks the parser's events, keeping track of where each value sits (key or value, block or flow, list).</summary>
    private sealed class Walker(string yaml)
    {
        private readonly List<FrontMatterEdit> _edits = [];
        private readonly Stack<Frame> _frames = new();

        /// <summary>Why a value that needs a fix cannot be fixed in place (the first such value), or null.</summary>
        public string? Unfixable { get; private set; }

        /// <summary>
        /// How many edits replace a flow list of only empty strings, from its <c>[</c> to its <c>]</c>, by <c>[]</c>: such
        /// an edit is one whole node for another, the empty list the parser reads there already, and leaves every
        /// other character as it was.
        /// </summary>
        public int WholeListsEmptied { get; private set; }

        public List<FrontMatterEdit> Run(IEnumerable<ParsingEvent> events)
        {
            foreach (var current in events)
            {
                switch (current)
                {
                    case MappingStart m:
                        _frames.Push(new Frame(Mapping: true, Flow: m.Style == MappingStyle.Flow || InFlow, Start: (int)m.Start.Index, Key: CurrentKey));
                        break;
                    case SequenceStart s:
                        _frames.Push(new Frame(Mapping: false, Flow: s.Style == SequenceStyle.Flow || InFlow, Start: (int)s.Start.Index, Key: CurrentKey)
                        {
                            KeyEnd = _frames.TryPeek(out var parent) && parent.Mapping && !parent.ExpectKey ? parent.LastKeyEnd : -1,
                        });
                        break;
                    case Scalar s:
                        if (_frames.TryPeek(out var top) && top.Mapping && top.ExpectKey)
                        {
                            top.LastKey = s.Value;
                            top.LastKeyEnd = (int)s.End.Index;
                        }
                        else
                        {
                            DecodeEntities(s);
                        }

                        Done((int)s.Start.Index, (int)s.End.Index, (int)s.Start.Line, (int)s.Start.Column,
                            empty: s.Style is not (ScalarStyle.Plain or ScalarStyle.Any) && s.Value.Length == 0);
                        break;
                    case AnchorAlias a:
                        Done((int)a.Start.Index, (int)a.End.Index, (int)a.Start.Line, (int)a.Start.Column, empty: false);
                        break;
                    case MappingEnd or SequenceEnd:
                        var frame = _frames.Pop();
                        // A flow collection's end event is marked at its closing bracket: the span takes the bracket in.
                        int end = (int)current.End.Index;
                        if (frame.Flow && end < yaml.Length && yaml[end] == (frame.Mapping ? '}' : ']'))
                        {
                            end++;
                        }

                        if (!frame.Mapping)
                        {
                            RemoveEmptyItems(frame, end);
                        }

                        Done(frame.Start, end, 0, 0, empty: false);
                        break;
                }
            }

            return _edits;
        }

        private bool InFlow => _frames.TryPeek(out var top) && top.Flow;

        private string CurrentKey => _frames.TryPeek(out var top) ? top.Mapping ? top.LastKey : top.Key : "";

        /// <summary>A node ended: the next one in a mapping is a key or a value by turns; in a list, it is an item.</summary>
        private void Done(int start, int end, int line, int column, bool empty)
        {
            if (!_frames.TryPeek(out var top))
            {
                return;
            }

            if (top.Mapping)
            {
                top.ExpectKey = !top.ExpectKey;
            }
            else
            {
                top.Items.Add(new Item(start, end, line, column, empty));
            }
        }

        private void DecodeEntities(Scalar s)
        {
            bool plain = s.Style is ScalarStyle.Plain or ScalarStyle.Any;
            if (!s.Value.Contains('&') || (plain && !YamlScalarWriter.IsPlainString(s.Value)))
            {
                // The parser decodes only strings: a plain scalar that reads as another type stays as written.
                return;
            }

            int start = (int)s.Start.Index;
            string raw = yaml[start..(int)s.End.Index];
            var found = Entity().Matches(raw).Where(m => WebUtility.HtmlDecode(m.Value) != m.Value).ToList();
            if (found.Count == 0)
            {
                return;
            }

            string key = CurrentKey;
            var inPlace = new List<FrontMatterEdit>();
            foreach (Match m in found)
            {
                string decoded = WebUtility.HtmlDecode(m.Value);
                string? escaped = Escape(decoded, s.Style, InFlow);
                if (escaped is null)
                {
                    inPlace = null;
                    break;
                }

                var (line, column) = Position(start + m.Index);
                inPlace.Add(new FrontMatterEdit(start + m.Index, m.Length, escaped, line, column,
                    $"HTML entity {m.Value} in the value of '{key}' written as '{Printable(decoded)}'"));
            }

            if (inPlace is not null)
            {
                _edits.AddRange(inPlace);
                return;
            }

            if (s.Start.Line != s.End.Line)
            {
                // A multi-line scalar is not re-flowed: the whole front matter is kept as written, with a warning.
                Unfixable ??= $"the value of '{key}' (line {s.Start.Line} of the front matter) spans several lines and its entities cannot be decoded in place";
                return;
            }

            string value = WebUtility.HtmlDecode(s.Value);
            string written = InFlow ? FrontMatterWriter.FlowScalar(FrontMatterScalar.String(value)) : YamlScalarWriter.String(value);
            var (l, c) = Position(start);
            _edits.Add(new FrontMatterEdit(start, raw.Length, written, l, c,
                $"HTML entities ({string.Join(", ", found.Select(m => m.Value).Distinct())}) in the value of '{key}' decoded; the value is quoted so that YAML reads it the same"));
        }

        /// <summary>The decoded text as it must be written inside a scalar of <paramref name="style"/>, or null when it cannot be.</summary>
        private static string? Escape(string decoded, ScalarStyle style, bool flow)
        {
            bool control = decoded.Any(c => c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff');
            switch (style)
            {
                case ScalarStyle.DoubleQuoted:
                    var sb = new StringBuilder();
                    foreach (char c in decoded)
                    {
                        sb.Append(c switch
                        {
                            '"' => "\\\"",
                            '\\' => "\\\\",
                            _ when c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff' => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                            _ => c.ToString(),
                        });
                    }

                    return sb.ToString();
                case ScalarStyle.SingleQuoted:
                    return control ? null : decoded.Replace("'", "''", StringComparison.Ordinal);
                case ScalarStyle.Literal or ScalarStyle.Folded:
                    return control ? null : decoded;
                default:
                    // Plain: '#' and ':' could start a comment or a key; in flow context ,[]{} end the scalar.
                    return control || decoded.AsSpan().IndexOfAny("#:") >= 0 || (flow && decoded.AsSpan().IndexOfAny(",[]{}") >= 0) ? null : decoded;
            }
        }

        /// <summary>
        /// Empty strings go from a list, as the parser drops them: a list of only empty strings becomes <c>[]</c>;
        /// otherwise each empty item is cut with its separator (flow) or its line (block).
        /// </summary>
        private void RemoveEmptyItems(Frame list, int end)
        {
            var items = list.Items;
            if (!items.Any(i => i.Empty))
            {
                return;
            }

            string why = $"empty item removed from the list '{list.Key}' (a blank tag or category would make an empty term)";
            if (items.All(i => i.Empty))
            {
                if (list.Flow)
                {
                    Cut(list.Start, end, "[]", items[0], items.Count == 1 ? why : $"{items.Count} empty items removed from the list '{list.Key}'");
                    // A tag before the bracket ("!!seq [...]") is cut too: only a span from '[' to ']' is one node for another.
                    WholeListsEmptied += yaml[list.Start] == '[' && yaml[end - 1] == ']' ? 1 : 0;
                    return;
                }

                // A block list under a key: "tags:\n  - ''" becomes "tags: []" when nothing but dashes and blanks is between.
                if (list.KeyEnd >= 0)
                {
                    int last = items[^1].End;
                    string between = yaml[list.KeyEnd..last];
                    foreach (var item in items)
                    {
                        between = between.Replace(yaml[item.Start..item.End], "", StringComparison.Ordinal);
                    }

                    if (BlockListRest().IsMatch(between))
                    {
                        Cut(list.KeyEnd, last, ": []", items[0], why);
                    }
                }

                return;
            }

            if (list.Flow)
            {
                int first = items.FindIndex(i => !i.Empty);
                if (first > 0)
                {
                    Cut(items[0].Start, items[first].Start, "", items[0], why);
                }

                for (int i = first + 1; i < items.Count; i++)
                {
                    if (items[i].Empty)
                    {
                        Cut(items[i - 1].End, items[i].End, "", items[i], why);
                    }
                }

                return;
            }

            foreach (var item in items.Where(i => i.Empty))
            {
                int lineStart = SourcePosition.LineStart(yaml, item.Start);
                int lineEnd = yaml.IndexOf('\n', item.End);
                lineEnd = lineEnd < 0 ? yaml.Length : lineEnd + 1;
                if (DashOnly().IsMatch(yaml[lineStart..item.Start]) && RestOfLine().IsMatch(yaml[item.End..lineEnd]))
                {
                    Cut(lineStart, lineEnd, "", item, why);
                }
            }
        }

        private void Cut(int start, int end, string replacement, Item at, string why) =>
            _edits.Add(new FrontMatterEdit(start, end - start, replacement, at.Line, at.Column, why, EmptyItem: true));

        private (int Line, int Column) Position(int index)
        {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < index && i < yaml.Length; i++)
            {
                if (yaml[i] == '\n')
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            return (line, index - lineStart + 1);
        }

        private static string Printable(string text) => string.Concat(text.Select(c => c == '\u00a0' ? "U+00A0" : c < ' ' ? $"U+{(int)c:X4}" : c.ToString()));
    }

    private sealed record Frame(bool Mapping, bool Flow, int Start, string Key)
    {
        public bool ExpectKey { get; set; } = true;

        public string LastKey { get; set; } = "";

        public int LastKeyEnd { get; set; } = -1;

        public int KeyEnd { get; init; } = -1;

        public List<Item> Items { get; } = [];
    }

    private readonly record struct Item(int Start, int End, int Line, int Column, bool Empty);

    [GeneratedRegex(@"^[ \t]*:[\s\-]*$")]
    private static partial Regex BlockListRest();

    [GeneratedRegex(@"^[ \t]*-[ \t]*$")]
    private static partial Regex DashOnly();

    [GeneratedRegex(@"^[ \t]*(#[^\n]*)?\n?$")]
    private static partial Regex RestOfLine();
}
