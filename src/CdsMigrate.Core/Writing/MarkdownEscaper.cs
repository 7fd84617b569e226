using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// Escapes literal text so that a CommonMark renderer shows exactly that text, while adding as few
/// backslashes as it can: a character is escaped only where Markdown could give it meaning.
/// Two tables, as in turndown's escaping: characters that matter anywhere, and line starts that
/// could open a block (heading, quote, list, thematic break, fence, setext underline).
/// </summary>
public static partial class MarkdownEscaper
{
    /// <summary>Every character <see cref="NeedsEscape"/> (or Hugo's "{{" rule) may escape, in any flavour.</summary>
    private static readonly SearchValues<char> MaybeEscaped = SearchValues.Create("\\*`[]_<&~\"'-.>{");

    /// <summary>Escapes <paramref name="text"/>, which begins a line when <paramref name="atLineStart"/>.</summary>
    public static string EscapeText(string text, bool atLineStart, MarkdownFlavor flavor = MarkdownFlavor.Gfm)
    {
        if (text.Length == 0)
        {
            return text;
        }

        // Most text holds none of the characters that may need a backslash: return it as it is.
        if (!atLineStart && text.AsSpan().IndexOfAny(MaybeEscaped) < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        int start = 0;
        if (atLineStart)
        {
            start = EscapeLineStart(text, sb, flavor);
        }

        for (int i = start; i < text.Length; i++)
        {
            // Copy the run of characters that never need a backslash in one go.
            int run = text.AsSpan(i).IndexOfAny(MaybeEscaped);
            if (run < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            sb.Append(text, i, run);
            i += run;
            char c = text[i];
            char prev = i > 0 ? text[i - 1] : ' ';
            char next = i + 1 < text.Length ? text[i + 1] : ' ';
            if (flavor == MarkdownFlavor.Hugo && c == '{' && next == '{' && i + 2 < text.Length && text[i + 2] is '<' or '%')
            {
                // Hugo finds shortcodes ("{{<", "{{%") before Markdown is parsed, so a backslash does not
                // hide them; an entity for the second brace does, and renders as a brace.
                sb.Append("{&#123;");
                i++;
                continue;
            }

            if (flavor == MarkdownFlavor.Hugo && c == '{')
            {
                // "{...}" ending a heading is read as its attributes by Hugo (goldmark's heading attributes are on
                // by default) and by Markdig's generic attributes anywhere, and vanishes; Markdig does not honour
                // a backslash there (property test seeds eErQFxmi5Jy1, 4VouQkj6M171). The entity is a brace to
                // every renderer and an attribute opener to none.
                sb.Append("&#123;");
                continue;
            }

            if (NeedsEscape(c, prev, next, text, i, flavor))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool NeedsEscape(char c, char prev, char next, string text, int i, MarkdownFlavor flavor) => c switch
    {
        '\\' or '*' or '`' or '[' or ']' => true,
        // Intraword underscores cannot open or close emphasis (snake_case stays as it is).
        '_' => !char.IsLetterOrDigit(prev) || !char.IsLetterOrDigit(next),
        // Only a letter, '/', '!' or '?' after '<' can start an HTML tag, comment or autolink
        // ("<<" is typographer input in hugo).
        '<' => char.IsAsciiLetter(next) || next is '/' or '!' or '?' || (flavor == MarkdownFlavor.Hugo && next == '<'),
        // Only something shaped like an entity reference is decoded by a renderer.
        '&' => EntityLike().IsMatch(text.AsSpan(i)),
        // GFM strikethrough (and Markdig's subscript) use tildes.
        '~' => flavor != MarkdownFlavor.CommonMark,
        // Hugo's goldmark typographer (on by default) makes quotes curly and "--", "...", "<<", ">>"
        // typographic; an escaped character is left as written.
        '"' or '\'' => flavor == MarkdownFlavor.Hugo,
        '-' => flavor == MarkdownFlavor.Hugo && next == '-',
        '.' => flavor == MarkdownFlavor.Hugo && next == '.' && i + 2 < text.Length && text[i + 2] == '.',
        '>' => flavor == MarkdownFlavor.Hugo && next == '>',
        _ => false,
    };

    /// <summary>Escapes what would open a block at the start of a line; returns how many characters it consumed.</summary>
    private static int EscapeLineStart(string text, StringBuilder sb, MarkdownFlavor flavor)
    {
        char first = text[0];
        switch (first)
        {
            case '#' or '>' or '|':
                sb.Append('\\').Append(first);
                return 1;
            case '-' or '+' or '=':
                // A list marker (followed by a space or nothing), a thematic break or a setext underline.
                if (text.Length == 1 || text[1] is ' ' or '\t' || text.TrimEnd().All(ch => ch == first || ch == ' '))
                {
                    sb.Append('\\').Append(first);
                    return 1;
                }

                return 0;
        }

        // "2021. Bla" or "3) bla" would start an ordered list: escape the delimiter.
        var m = OrderedListStart().Match(text);
        if (m.Success)
        {
            sb.Append(text, 0, m.Groups[1].Length).Append('\\').Append(m.Groups[2].Value);
            return m.Length;
        }

        // A tilde fence; other flavours escape every tilde anyway.
        if (flavor == MarkdownFlavor.CommonMark && text.StartsWith("~~~", StringComparison.Ordinal))
        {
            sb.Append('\\');
        }

        return 0;
    }

    /// <summary>Escapes link text or image alt text: the same as text, never at a line start.</summary>
    public static string EscapeLinkText(string text, MarkdownFlavor flavor) => EscapeText(text, atLineStart: false, flavor);

    /// <summary>Writes a link destination, in angle brackets when it holds spaces or unbalanced parentheses.</summary>
    public static string EscapeDestination(string url)
    {
        if (url.Length == 0)
        {
            return "<>";
        }

        if (!NeedsAngleBrackets(url))
        {
            return url;
        }

        var sb = new StringBuilder("<");
        foreach (char ch in url)
        {
            switch (ch)
            {
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '\n': sb.Append("%0A"); break;
                case '\\': sb.Append("\\\\"); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.Append('>').ToString();
    }

    private static bool NeedsAngleBrackets(string url)
    {
        foreach (char ch in url)
        {
            if (ch is ' ' or '\t' or '\n' or '<' or '>' or '\\' || char.IsControl(ch))
            {
                return true;
            }
        }

        return !ParenthesesBalanced(url);
    }

    /// <summary>Writes a link title in double quotes.</summary>
    public static string EscapeTitle(string title) =>
        "\"" + title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Writes a code span whose fence is longer than any backtick run inside it.</summary>
    public static string CodeSpan(string code)
    {
        code = code.Replace('\n', ' ');
        int longest = LongestRun(code, '`');
        var fence = new string('`', longest + 1);
        // A space keeps a leading or trailing backtick away from the fence; renderers strip one space each side
        // unless the code is all spaces, and "space" means U+0020 only: " \u00a0 " is stripped to its nbsp
        // (property test seed 2qcWB8zGu4i2), so Trim(' '), not Trim().
        bool pad = code.StartsWith('`') || code.EndsWith('`') || (code.Length > 0 && code[0] == ' ' && code[^1] == ' ' && code.Trim(' ').Length > 0);
        return pad ? $"{fence} {code} {fence}" : fence + code + fence;
    }

    internal static int LongestRun(string text, char c)
    {
        int longest = 0, run = 0;
        foreach (char ch in text)
        {
            run = ch == c ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    private static bool ParenthesesBalanced(string url)
    {
        int depth = 0;
        foreach (char ch in url)
        {
            if (ch == '(') depth++;
            else if (ch == ')' && --depth < 0) return false;
        }

        return depth == 0;
    }

    /// <summary>Escapes text that goes between raw HTML tags (a summary): HTML rules, not Markdown.</summary>
    public static string EscapeHtml(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    [GeneratedRegex(@"^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex EntityLike();

    [GeneratedRegex(@"^([0-9]{1,9})([.)])(?=[ \t]|$)")]
    private static partial Regex OrderedListStart();
}
