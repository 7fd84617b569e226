using System.Text;
using AngleSharp.Dom;
using Markdig.Syntax;

namespace CdsMigrate.Core.Verification;

// OutputDom, continued: raw HTML read tag by tag onto the stack of open elements, or given up on where a browser would do more.
internal sealed partial class OutputDom
{
    // The lines of a raw HTML block joined, in a builder the thread keeps (one grown chunk by chunk per block was most
    // of what reading a block allocated besides its string).
    [ThreadStatic]
    private static StringBuilder? t_rawLines;

    private void RawLines(HtmlBlock html)
    {
        // Markdig writes each line followed by a line break.
        var text = t_rawLines ?? new StringBuilder();
        t_rawLines = null;
        text.Clear();
        var lines = html.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        string joined = text.ToString();
        if (text.Capacity <= MaxKeptChars)
        {
            t_rawLines = text;
        }

        Raw(joined, inline: false);
    }

    // Elements the browser's tree builder treats as plain open/close pairs (given the checks in CanOpen).
    private static readonly HashSet<string> RawElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "dd", "dt", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "nav", "ol", "ul", "li", "p", "section", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
        "video", "audio", "pre", "iframe",
    };

    private static readonly HashSet<string> RawVoidElements = new(StringComparer.Ordinal) { "br", "img", "hr", "wbr", "source", "track" };

    // The same names looked up by the characters of a tag: the set's own string, no substring and lower-cased copy per tag.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawElementNames = RawElements.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> RawVoidElementNames = RawVoidElements.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The tag name <paramref name="name"/> (ASCII letters and digits) lower-cased, as the known element name it is
    /// (null for any other name, which the callers give up on).
    /// </summary>
    private static string? KnownTagName(ReadOnlySpan<char> name, out bool isVoid)
    {
        Span<char> lower = stackalloc char[16];
        if (name.Length > lower.Length)
        {
            isVoid = false;
            return null;
        }

        // The names are ASCII: lower-casing them this way is what ToLowerInvariant did.
        int written = System.Text.Ascii.ToLower(name, lower, out int _) == System.Buffers.OperationStatus.Done ? name.Length : -1;
        if (written < 0)
        {
            isVoid = false;
            return null;
        }

        var key = lower[..written];
        if (RawVoidElementNames.TryGetValue(key, out string? known))
        {
            isVoid = true;
            return known;
        }

        isVoid = false;
        return RawElementNames.TryGetValue(key, out known) ? known : null;
    }

    // A start tag's attributes, gathered before its element is made: one list for the page, not one per tag.
    private readonly List<(string Name, string Value)> _attributes = [];

    /// <summary>Reads raw HTML onto the open elements: text, comments, start and end tags; anything else fails.</summary>
    private void Raw(string html, bool inline)
    {
        int i = 0;
        while (i < html.Length && !_failed)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                RawText(html.AsSpan(i));
                return;
            }

            RawText(html.AsSpan(i, lt - i));
            i = lt;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                // "<!-->" and "<!--->" end at once in the browser; not here.
                if (end < 0 || end < i + 5)
                {
                    Fail();
                    return;
                }

                i = end + 3;
                continue;
            }

            char next = i + 1 < html.Length ? html[i + 1] : '\0';
            if (next == '/')
            {
                i = EndTag(html, i + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                i = StartTag(html, i + 1);
            }
            else if (next is '!' or '?' or '\0')
            {
                Fail();
                return;
            }
            else
            {
                // A '<' that starts no tag is text.
                RawText("<");
                i++;
            }
        }
    }

    private int EndTag(string html, int i)
    {
        int start = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        if (i == start || i >= html.Length || !char.IsAsciiLetter(html[start]))
        {
            Fail();
            return html.Length;
        }

        string? name = KnownTagName(html.AsSpan(start, i - start), out bool isVoid);
        while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
        if (i >= html.Length || html[i] != '>' || name is null || isVoid)
        {
            Fail();
            return html.Length;
        }

        Close(name);
        return i + 1;
    }

    private int StartTag(string html, int i)
    {
        int start = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        if (i >= html.Length)
        {
            Fail();
            return html.Length;
        }

        string? name = KnownTagName(html.AsSpan(start, i - start), out bool isVoid);
        if (name is null)
        {
            Fail();
            return html.Length;
        }

        var attributes = _attributes;
        attributes.Clear();
        bool selfClosing = false;
        while (true)
        {
            int before = i;
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
            if (i >= html.Length)
            {
                Fail();
                return html.Length;
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
            {
                selfClosing = true;
                i += 2;
                break;
            }

            // An attribute: a name after whitespace, then optionally = and a value.
            int nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':' or '.')) i++;
            if (i == nameStart || before == nameStart)
            {
                Fail();
                return html.Length;
            }

            string attribute = html[nameStart..i].ToLowerInvariant();
            string value = "";
            int afterName = i;
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
                if (i >= html.Length)
                {
                    Fail();
                    return html.Length;
                }

                char quote = html[i];
                int valueStart;
                if (quote is '"' or '\'')
                {
                    valueStart = i + 1;
                    int end = html.IndexOf(quote, valueStart);
                    if (end < 0)
                    {
                        Fail();
                        return html.Length;
                    }

                    value = html[valueStart..end];
                    i = end + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\f' or '>' or '"' or '\'' or '<' or '=' or '`')) i++;
                    value = html[valueStart..i];
                    if (value.Length == 0)
                    {
                        Fail();
                        return html.Length;
                    }
                }

                if (!Decode(ref value))
                {
                    Fail();
                    return html.Length;
                }
            }
            else
            {
                i = afterName;
            }

            attributes.Add((attribute, value));
        }

        if (selfClosing && !isVoid)
        {
            // The browser ignores the slash: the element stays open. Not built here.
            Fail();
            return html.Length;
        }

        if (isVoid)
        {
            Void(name, null);
        }
        else
        {
            Open(name, null);
        }

        if (_failed)
        {
            return html.Length;
        }

        var element = isVoid ? (IElement)Current.LastChild! : Current;
        foreach (var (attribute, value) in attributes)
        {
            SetAttribute(element, attribute, value);
        }

        if (name == "pre")
        {
            // The parser drops a line break right after <pre>; it must be here to be seen.
            if (i >= html.Length)
            {
                Fail();
                return html.Length;
            }

            return html[i] == '\n' ? i + 1 : i;
        }

        if (name == "iframe")
        {
            // An iframe's content is raw text up to its end tag (no tags, no entities).
            int end = html.IndexOf("</iframe", i, StringComparison.OrdinalIgnoreCase);
            if (end < 0 || end + 8 >= html.Length || html[end + 8] != '>')
            {
                Fail();
                return html.Length;
            }

            _pendingText.Append(html.AsSpan(i, end - i));
            Close("iframe");
            return end + 9;
        }

        return i;
    }

    private void RawText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (text.IndexOf('&') < 0)
        {
            _pendingText.Append(text);
            return;
        }

        string value = text.ToString();
        if (!Decode(ref value))
        {
            Fail();
            return;
        }

        _pendingText.Append(value);
    }

    /// <summary>
    /// Decodes the character references the browser decodes alike in text and attributes: the five named ones and
    /// numeric ones for ordinary characters. Anything else (legacy names without a semicolon, C1 numbers…) fails.
    /// </summary>
    private static bool Decode(ref string value)
    {
        int amp = value.IndexOf('&');
        if (amp < 0)
        {
            return true;
        }

        var sb = new StringBuilder(value.Length);
        int i = 0;
        while (amp >= 0)
        {
            sb.Append(value.AsSpan(i, amp - i));
            int semicolon = value.IndexOf(';', amp);
            if (semicolon < 0 || semicolon - amp > 10)
            {
                return false;
            }

            var name = value.AsSpan(amp + 1, semicolon - amp - 1);
            switch (name)
            {
                case "amp": sb.Append('&'); break;
                case "lt": sb.Append('<'); break;
                case "gt": sb.Append('>'); break;
                case "quot": sb.Append('"'); break;
                case "apos": sb.Append('\''); break;
                case "nbsp": sb.Append('\u00a0'); break;
                default:
                    if (name.Length < 2 || name[0] != '#')
                    {
                        return false;
                    }

                    bool hex = name[1] is 'x' or 'X';
                    var digits = name[(hex ? 2 : 1)..];
                    if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                            System.Globalization.CultureInfo.InvariantCulture, out int code)
                        || code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000) || code > 0x10ffff)
                    {
                        return false;
                    }

                    sb.Append(char.ConvertFromUtf32(code));
                    break;
            }

            i = semicolon + 1;
            amp = value.IndexOf('&', i);
        }

        sb.Append(value.AsSpan(i));
        value = sb.ToString();
        return true;
    }
}
