using System.Buffers;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// Reads the front matter nearly every post has, a mapping at column 0 of one-line <c>key: value</c> entries, and
/// gives exactly the events YamlDotNet's <see cref="Parser"/> gives for it: the same types, values, styles, tags,
/// anchors and Start/End marks (<see cref="FrontMatterFixer"/> edits the text at those marks). Issue 11: the parser
/// spent ~80 µs on a post's ten lines, about 5% of a run's CPU.
/// </summary>
/// <remarks>
/// What it reads: keys of letters, digits, <c>_</c>, <c>-</c> and <c>.</c>; values that are one-line plain scalars,
/// one-line single- or double-quoted scalars (the common escapes only), one-line flow lists of such scalars, empty
/// values, and <c>&gt;</c>/<c>|</c> block scalars whose lines share one indentation. Anything else (comments,
/// anchors, tags, nested collections, a value spread over lines, a tab, a character outside the common printable
/// ones, any doubt) returns null, and the caller asks YamlDotNet: a bail-out costs time, never a difference. Every
/// mark convention here was read off YamlDotNet's own events, and SimpleYamlScannerTests compares the two on
/// hand-written edge cases, the real site's front matter and mutations of it.
/// </remarks>
internal sealed class SimpleYamlScanner
{
    /// <summary>Longer keys are left to YamlDotNet, which limits a simple key to 1,024 characters.</summary>
    private const int MaxKeyLength = 1000;

    private static readonly Mark Origin = new(0, 1, 1);

    /// <summary>
    /// The tag directives YamlDotNet gives every document that declares none. One shared collection: building one per
    /// document (each directive checks its prefix) was a sixth of this scanner's cost, and nothing reads it. Its Add is
    /// public: nothing may call it, or every document read here would change with it.
    /// </summary>
    private static readonly TagDirectiveCollection DefaultTagDirectives =
        new([new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:")]);

    /// <summary>Printable ASCII and the line feed: nearly all of a front matter, skipped in bulk.</summary>
    private static readonly SearchValues<char> CommonAscii =
        SearchValues.Create("\n !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly SearchValues<char> SingleQuotedStops = SearchValues.Create("'\n\r");

    private static readonly SearchValues<char> DoubleQuotedStops = SearchValues.Create("\"\\\n\r");

    private readonly string _text;
    private readonly List<ParsingEvent> _events = new(64);
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private SimpleYamlScanner(string text) => _text = text;

    /// <summary>YamlDotNet's events for <paramref name="yaml"/>, or null when it is not of the simple shape read here.</summary>
    public static List<ParsingEvent>? TryScan(string yaml)
    {
        if (yaml.Length == 0 || !HasOnlyCommonCharacters(yaml))
        {
            return null;
        }

        var scanner = new SimpleYamlScanner(yaml);
        return scanner.ReadStream() ? scanner._events : null;
    }

    /// <summary>
    /// Printable characters and line feeds (or CR LF) only: YamlDotNet treats tabs, a lone CR, NEL, the Unicode line and
    /// paragraph separators, a byte order mark and control characters in ways this scanner does not follow.
    /// </summary>
    private static bool HasOnlyCommonCharacters(string text)
    {
        for (int i = text.AsSpan().IndexOfAnyExcept(CommonAscii); i >= 0 && i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r' ? i + 1 < text.Length && text[i + 1] == '\n'
                : char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[++i])
                : c is (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') && c is not ('\u2028' or '\u2029' or '\uFEFF'))
            {
                // On to the next character that is not printable ASCII (one before it, for the loop's step).
                int next = text.AsSpan(i + 1).IndexOfAnyExcept(CommonAscii);
                if (next < 0)
                {
                    return true;
                }

                i += next;
                continue;
            }

            return false;
        }

        return true;
    }

    private bool ReadStream()
    {
        // YamlDotNet marks the implicit document and its mapping where the first key starts: here, always the origin.
        _events.Add(new StreamStart(Origin, Origin));
        _events.Add(new DocumentStart(null, DefaultTagDirectives, isImplicit: true, Origin, Origin));
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block, Origin, Origin));
        if (AtLineEnd(_pos))
        {
            // Blank lines before the first key move those marks: left to YamlDotNet.
            return false;
        }

        while (_pos < _text.Length)
        {
            if (AtLineEnd(_pos))
            {
                SkipLineBreak();
            }
            else if (!ReadEntry())
            {
                return false;
            }
        }

        // The end events sit where the stream ends; YamlDotNet counts a last line without a line feed as ended too.
        var end = _lineStart == _pos ? new Mark(_pos, _line, 1) : new Mark(_pos, _line + 1, 1);
        _events.Add(new MappingEnd(end, end));
        _events.Add(new DocumentEnd(isImplicit: true, end, end));
        _events.Add(new StreamEnd(end, end));
        return true;
    }

    /// <summary>One <c>key: value</c> entry, from the start of its line past its line break.</summary>
    private bool ReadEntry()
    {
        int keyStart = _pos;
        if (!IsKeyStart(_text[_pos]))
        {
            return false;
        }

        while (_pos < _text.Length && IsKeyCharacter(_text[_pos]))
        {
            _pos++;
        }

        if (_pos == _text.Length || _text[_pos] != ':' || _pos - keyStart > MaxKeyLength)
        {
            return false;
        }

        _events.Add(PlainScalar(_text[keyStart.._pos], keyStart, _pos, isKey: true));
        int afterColon = ++_pos;
        if (!AtLineEnd(_pos) && _text[_pos] != ' ')
        {
            return false;
        }

        SkipSpaces();
        if (AtLineEnd(_pos))
        {
            // "key:" alone: YamlDotNet gives an empty plain scalar marked just after the colon. A value on the next
            // lines (a nested mapping or list) starts with a space or a dash, which is no key: ReadEntry refuses it.
            _events.Add(PlainScalar("", afterColon, afterColon, isKey: false));
            return SkipLineBreak();
        }

        switch (_text[_pos])
        {
            case '\'' or '"':
                return Add(ReadQuoted()) && EndLine();
            case '[':
                return ReadFlowSequence() && EndLine();
            case '>' or '|':
                return ReadBlockScalar();
            default:
                return ReadPlainValue();
        }
    }

    /// <summary>Adds the scalar read, if any: false when there is none.</summary>
    private bool Add(Scalar? scalar)
    {
        if (scalar is null)
        {
            return false;
        }

        _events.Add(scalar);
        return true;
    }

    /// <summary>Only spaces may follow a value on its line (a comment is left to YamlDotNet).</summary>
    private bool EndLine()
    {
        SkipSpaces();
        return AtLineEnd(_pos) && SkipLineBreak();
    }

    /// <summary>
    /// A plain value, to the end of its line. A colon before a space or the line end (a nested key, or an error), and a
    /// <c>#</c> after a space (a comment), are YamlDotNet's to read; trailing spaces are not part of the value.
    /// </summary>
    private bool ReadPlainValue()
    {
        int start = _pos;
        if (IsIndicator(_text[start]))
        {
            return false;
        }

        _pos = LineEnd(start);
        var line = _text.AsSpan(start, _pos - start).TrimEnd(' ');
        if (line.EndsWith(':') || line.Contains(": ", StringComparison.Ordinal) || line.Contains(" #", StringComparison.Ordinal))
        {
            return false;
        }

        int end = start + line.Length;
        _events.Add(PlainScalar(_text[start..end], start, end, isKey: false));
        return SkipLineBreak();
    }

    /// <summary>A quoted scalar closed on its own line (one that goes on to the next line is YamlDotNet's to fold).</summary>
    private Scalar? ReadQuoted()
    {
        int start = _pos;
        char quote = _text[_pos++];
        StringBuilder? value = null;
        int run = _pos;
        var stops = quote == '\'' ? SingleQuotedStops : DoubleQuotedStops;
        while (true)
        {
            int next = _text.AsSpan(_pos).IndexOfAny(stops);
            if (next < 0)
            {
                return null;
            }

            _pos += next;
            char c = _text[_pos];
            if (AtLineEnd(_pos))
            {
                return null;
            }

            if (c == quote && !(quote == '\'' && _pos + 1 < _text.Length && _text[_pos + 1] == '\''))
            {
                break;
            }

            if (c == '\'')
            {
                // '' stands for one quote.
                (value ??= new StringBuilder()).Append(_text, run, _pos + 1 - run);
                _pos += 2;
                run = _pos;
            }
            else
            {
                // A backslash, in a double-quoted scalar (the only other stop).
                if (_pos + 1 == _text.Length || Unescape(_text[_pos + 1]) is not { } unescaped)
                {
                    return null;
                }

                (value ??= new StringBuilder()).Append(_text, run, _pos - run).Append(unescaped);
                _pos += 2;
                run = _pos;
            }
        }

        string text = value is null ? _text[run.._pos] : value.Append(_text, run, _pos - run).ToString();
        _pos++;
        var style = quote == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted;
        return new Scalar(AnchorName.Empty, TagName.Empty, text, style, isPlainImplicit: false, isQuotedImplicit: true,
            MarkAt(start), MarkAt(_pos), isKey: false);
    }

    /// <summary>The escapes seen in real front matter (<c>\_</c> is a no-break space); any other is YamlDotNet's.</summary>
    private static char? Unescape(char c) => c switch
    {
        '"' => '"',
        '\\' => '\\',
        '/' => '/',
        '_' => '\u00A0',
        'n' => '\n',
        't' => '\t',
        _ => null,
    };

    /// <summary>
    /// <c>[a, "b", 'c']</c> or <c>[]</c> on one line. YamlDotNet marks both the start and the end event at their
    /// bracket (Start and End alike).
    /// </summary>
    private bool ReadFlowSequence()
    {
        var open = MarkAt(_pos++);
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow, open, open));
        SkipSpaces();
        if (!AtLineEnd(_pos) && _text[_pos] == ']')
        {
            return CloseFlowSequence();
        }

        while (true)
        {
            if (AtLineEnd(_pos))
            {
                return false;
            }

            if (!(_text[_pos] is '\'' or '"' ? Add(ReadQuoted()) : ReadFlowPlainItem()))
            {
                return false;
            }

            SkipSpaces();
            if (AtLineEnd(_pos))
            {
                return false;
            }

            if (_text[_pos] == ']')
            {
                return CloseFlowSequence();
            }

            if (_text[_pos] != ',')
            {
                return false;
            }

            _pos++;
            SkipSpaces();
            if (!AtLineEnd(_pos) && _text[_pos] == ']')
            {
                // A trailing comma: valid, but not worth a convention of its own.
                return false;
            }
        }
    }

    private bool CloseFlowSequence()
    {
        var close = MarkAt(_pos++);
        _events.Add(new SequenceEnd(close, close));
        return true;
    }

    /// <summary>A plain item of a flow list, up to a comma or the closing bracket; no colon, <c>#</c> or bracket in it.</summary>
    private bool ReadFlowPlainItem()
    {
        int start = _pos;
        if (IsIndicator(_text[start]))
        {
            return false;
        }

        int end = start;
        for (; !AtLineEnd(_pos) && _text[_pos] is not (',' or ']'); _pos++)
        {
            char c = _text[_pos];
            if (c is ':' or '#' or '[' or '{' or '}')
            {
                return false;
            }

            if (c != ' ')
            {
                end = _pos + 1;
            }
        }

        _events.Add(PlainScalar(_text[start..end], start, end, isKey: false));
        return true;
    }

    /// <summary>
    /// A <c>&gt;</c> or <c>|</c> block scalar (optionally <c>-</c> or <c>+</c>, no indentation digit, no comment) whose
    /// lines all have the first line's indentation, with only empty lines between them. YamlDotNet's End mark is where
    /// the next key's line starts (past any empty lines), or the end of the text.
    /// </summary>
    private bool ReadBlockScalar()
    {
        var start = MarkAt(_pos);
        bool literal = _text[_pos++] == '|';
        char chomping = _pos < _text.Length && _text[_pos] is '-' or '+' ? _text[_pos++] : ' ';
        SkipSpaces();
        if (_pos == _text.Length || !AtLineEnd(_pos))
        {
            return false;
        }

        SkipLineBreak();
        int indent = CountSpaces(_pos);
        if (indent == 0 || AtLineEnd(_pos + indent))
        {
            return false;
        }

        var value = new StringBuilder();
        int emptyLines = 0;
        bool first = true;
        bool endedByBreak = false;
        while (_pos < _text.Length)
        {
            if (AtLineEnd(_pos))
            {
                emptyLines++;
                SkipLineBreak();
                continue;
            }

            int spaces = CountSpaces(_pos);
            if (spaces == 0)
            {
                break;
            }

            if (spaces != indent || AtLineEnd(_pos + spaces))
            {
                // Less indented (not a key at column 0), more indented (kept apart when folded) or only spaces.
                return false;
            }

            if (!first)
            {
                // Literal keeps each line break; folded turns a lone one into a space and keeps the empty lines'.
                if (literal)
                {
                    value.Append('\n', 1 + emptyLines);
                }
                else if (emptyLines == 0)
                {
                    value.Append(' ');
                }
                else
                {
                    value.Append('\n', emptyLines);
                }
            }

            _pos += spaces;
            int lineEnd = LineEnd(_pos);
            value.Append(_text, _pos, lineEnd - _pos);
            _pos = lineEnd;
            emptyLines = 0;
            first = false;
            endedByBreak = _pos < _text.Length;
            SkipLineBreak();
        }

        if (endedByBreak && chomping != '-')
        {
            // Clip keeps the last line's break; keep also keeps the empty lines after it.
            value.Append('\n', chomping == '+' ? 1 + emptyLines : 1);
        }

        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), literal ? ScalarStyle.Literal : ScalarStyle.Folded,
            isPlainImplicit: false, isQuotedImplicit: true, start, MarkAt(_pos), isKey: false));
        return true;
    }

    private Scalar PlainScalar(string value, int start, int end, bool isKey) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false,
            MarkAt(start), MarkAt(end), isKey);

    /// <summary>The mark of <paramref name="index"/>, on the current line: columns count UTF-16 characters, as YamlDotNet's do.</summary>
    private Mark MarkAt(int index) => new(index, _line, index - _lineStart + 1);

    /// <summary>
    /// A character that cannot start a plain scalar, or that YAML reserves, or (<c>-</c>, <c>?</c>, <c>:</c>) that only
    /// may: all left to YamlDotNet.
    /// </summary>
    private static bool IsIndicator(char c) => c is '-' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*'
        or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or ' ';

    private static bool IsKeyStart(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    private static bool IsKeyCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.';

    /// <summary>At a line break or the end of the text (the input holds no lone CR).</summary>
    private bool AtLineEnd(int index) => index >= _text.Length || _text[index] is '\n' or '\r';

    private int LineEnd(int index)
    {
        int found = _text.AsSpan(index).IndexOfAny('\n', '\r');
        return found < 0 ? _text.Length : index + found;
    }

    private int CountSpaces(int index)
    {
        int count = 0;
        while (index + count < _text.Length && _text[index + count] == ' ')
        {
            count++;
        }

        return count;
    }

    private void SkipSpaces() => _pos += CountSpaces(_pos);

    /// <summary>Steps over the line break at the position, if any (true, for chaining).</summary>
    private bool SkipLineBreak()
    {
        if (_pos < _text.Length)
        {
            _pos += _text[_pos] == '\r' ? 2 : 1;
            _line++;
            _lineStart = _pos;
        }

        return true;
    }
}
