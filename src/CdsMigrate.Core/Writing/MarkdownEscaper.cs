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
internal static partial class MarkdownEscaper
{
    /// <summary>Every character <see cref="NeedsEscape"/> (or Hugo's "{{" rule) may escape, in any flavour.</summary>
    private static readonly SearchValues<char> MaybeEscaped = SearchValues.Create("\\*`[]_<&~\"'-.>{");

    /// <summary>Where a bare URL may start (<see cref="NextUrl"/>).</summary>
    private static readonly SearchValues<string> UrlOpenings = SearchValues.Create(["http", "www."], StringComparison.Ordinal);

    /// <summary>Escapes <paramref name="text"/>, which begins a line when <paramref name="atLineStart"/>.</summary>
    /// <param name="text">Literal text.</param>
    /// <param name="atLineStart">Whether the text begins a line, where more characters could open a block.</param>
    /// <param name="flavor">The Markdown flavour.</param>
    /// <param name="keepStraight">
    /// Hugo only: whether straight quotes, "--" and "..." must stay as written (rendered content, where WordPress
    /// left them straight). False for saved content: WordPress texturizes it as Hugo's typographer does, so the
    /// typographer shows what WordPress showed and a backslash would only keep the quote straight (issue 10).
    /// </param>
    public static string EscapeText(string text, bool atLineStart, MarkdownFlavor flavor = MarkdownFlavor.Gfm, bool keepStraight = true)
    {
        if (NeedsNoEscape(text, atLineStart))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        Escape(text, atLineStart, flavor, keepStraight, sb);
        return sb.ToString();
    }

    /// <summary>
    /// <see cref="EscapeText(string, bool, MarkdownFlavor, bool)"/>, appended to <paramref name="sb"/>: the inline renderer
    /// writes every text this way, so the escaped copy is not built in a builder of its own first (issue 11, point 3:
    /// a builder and a string per escaped text were 1.6% of a verified run's bytes).
    /// </summary>
    public static void EscapeText(StringBuilder sb, string text, bool atLineStart, MarkdownFlavor flavor, bool keepStraight)
    {
        if (NeedsNoEscape(text, atLineStart))
        {
            sb.Append(text);
            return;
        }

        Escape(text, atLineStart, flavor, keepStraight, sb);
    }

    /// <summary>Empty text, and most text not at a line start, which holds none of the characters that may need a backslash.</summary>
    private static bool NeedsNoEscape(string text, bool atLineStart) =>
        text.Length == 0 || (!atLineStart && text.AsSpan().IndexOfAny(MaybeEscaped) < 0);

    private static void Escape(string text, bool atLineStart, MarkdownFlavor flavor, bool keepStraight, StringBuilder sb)
    {
        int start = 0;
        if (atLineStart)
        {
            start = EscapeLineStart(text, sb, flavor);
        }

        int nextUrl = NextUrl(text, start);
        for (int i = start; i < text.Length; i++)
        {
            // Copy the run of characters that never need a backslash in one go, up to the next bare URL.
            int run = text.AsSpan(i).IndexOfAny(MaybeEscaped);
            if (nextUrl >= i && (run < 0 || nextUrl - i < run))
            {
                run = nextUrl - i;
            }

            if (run < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            sb.Append(text, i, run);
            i += run;
            if (i == nextUrl)
            {
                int urlLength = UrlLength(text, i);
                // A bare URL is a link to GFM and to Hugo (goldmark's linkify): a backslash inside it ends the
                // link there ("file\_name" links "file" only, issue 10). Escape only what would change it.
                EscapeUrl(text.AsSpan(i, urlLength), sb, flavor);
                i += urlLength - 1;
                nextUrl = NextUrl(text, i + 1);
                continue;
            }

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

            if (NeedsEscape(c, prev, next, text, i, flavor) && (keepStraight || !IsTexturized(c)))
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
    }

    /// <summary>What WordPress's wptexturize changes as Hugo's typographer does: quotes, "--", "..." (not "&lt;&lt;" "&gt;&gt;").</summary>
    private static bool IsTexturized(char c) => c is '"' or '\'' or '-' or '.';

    private static bool NeedsEscape(char c, char prev, char next, string text, int i, MarkdownFlavor flavor) => c switch
    {
        // Brackets always: "[x]" is a link wherever a definition "[x]: url" exists, and a hand-written Markdown
        // body (a mixed post, issue 9) may hold one the converted piece cannot see; "[x](y)", "[^1]", a task
        // item's "[ ]" and markdownlint's MD052 ("[a][b]") are the others. So "a[i]" is written "a\[i\]" (issue 10).
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

    /// <summary>
    /// Image alt text as Markdown, or null when the flavour cannot show it exactly. Hugo 0.111 (goldmark 1.5)
    /// writes an image's alt from the source bytes: a backslash stays in the alt (<c>wasn\'t</c>, <c>DALL-E \[AI\]</c>),
    /// an entity is escaped again, emphasis loses its marks, and a typographer quote becomes the literal text
    /// <c>&amp;rsquo;</c>. So in hugo only an alt that needs nothing is written as Markdown; the writer shows
    /// any other with Hugo's figure shortcode or an img tag (issue 10: screen readers read the backslashes).
    /// </summary>
    public static string? AltText(string alt, MarkdownFlavor flavor)
    {
        if (flavor != MarkdownFlavor.Hugo)
        {
            return EscapeLinkText(alt, flavor);
        }

        return HugoAltIsLiteral(alt) ? alt : null;
    }

    /// <summary>Whether Hugo 0.111 shows <paramref name="alt"/>, written as it is between <c>![</c> and <c>]</c>, exactly.</summary>
    internal static bool HugoAltIsLiteral(string alt)
    {
        int depth = 0;
        for (int i = 0; i < alt.Length; i++)
        {
            char c = alt[i];
            char prev = i > 0 ? alt[i - 1] : ' ';
            char next = i + 1 < alt.Length ? alt[i + 1] : ' ';
            bool literal = c switch
            {
                '\\' or '`' or '*' or '~' or '"' or '\'' or '\n' or '\r' or '{' or '}' or '|' => false,
                '_' => char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next),
                '<' => next is not ('<' or '/' or '!' or '?') && !char.IsAsciiLetter(next),
                '>' => next != '>' && prev != '>',
                '&' => !EntityLike().IsMatch(alt.AsSpan(i)),
                '-' => next != '-',
                '.' => !(next == '.' && i + 2 < alt.Length && alt[i + 2] == '.'),
                // Balanced brackets are part of the description; one followed by "(" or "[" would be a link.
                '[' => ++depth > 0 && prev != '!',
                ']' => --depth >= 0 && next is not ('(' or '[' or ':'),
                _ => true,
            };
            if (!literal)
            {
                return false;
            }
        }

        return depth == 0;
    }

    /// <summary>The index of the first bare URL at or after <paramref name="from"/>, or -1.</summary>
    private static int NextUrl(string text, int from)
    {
        for (int i = from; i < text.Length;)
        {
            // Both openings in one pass (issue 11: a search for each was 0.9% of a verified run's instructions).
            int candidate = text.AsSpan(i).IndexOfAny(UrlOpenings);
            if (candidate < 0)
            {
                return -1;
            }

            candidate += i;

            if (UrlLength(text, candidate) > 0)
            {
                return candidate;
            }

            i = candidate + 1;
        }

        return -1;
    }

    /// <summary>
    /// The length of the bare URL starting at <paramref name="i"/> (http, https or www. after a non-word
    /// character), without the trailing punctuation GFM leaves out of an autolink; 0 when none starts there.
    /// </summary>
    private static int UrlLength(string text, int i)
    {
        char c = text[i];
        if (c is not ('h' or 'w') || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
        {
            return 0;
        }

        var rest = text.AsSpan(i);
        int scheme = rest.StartsWith("https://", StringComparison.Ordinal) ? 8
            : rest.StartsWith("http://", StringComparison.Ordinal) ? 7
            : rest.StartsWith("www.", StringComparison.Ordinal) ? 4 : 0;
        if (scheme == 0)
        {
            return 0;
        }

        int end = i + scheme;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or '`' or '\\' or '{' or '}' or '[' or ']'))
        {
            end++;
        }

        // Trailing punctuation is not part of the link; nor is a ")" without its "(".
        while (end > i + scheme)
        {
            char last = text[end - 1];
            if (last is '?' or '!' or '.' or ',' or ':' or ';' or '*' or '_' or '~' or '\'')
            {
                end--;
                continue;
            }

            if (last == ')' && Count(text.AsSpan(i, end - i), ')') > Count(text.AsSpan(i, end - i), '('))
            {
                end--;
                continue;
            }

            break;
        }

        return end > i + scheme ? end - i : 0;

        static int Count(ReadOnlySpan<char> span, char ch)
        {
            int n = 0;
            foreach (char x in span) if (x == ch) n++;
            return n;
        }
    }

    /// <summary>
    /// Writes a bare URL with no backslash unless a plain CommonMark reader (no autolinks) would read markup in
    /// it: "*" and "&amp;entity;" always; "_" and "~" only when the URL holds a run that could open and one that
    /// could close (then every one of them, as in text).
    /// </summary>
    private static void EscapeUrl(ReadOnlySpan<char> url, StringBuilder sb, MarkdownFlavor flavor)
    {
        bool underscores = CouldPair(url, '_');
        bool tildes = flavor != MarkdownFlavor.CommonMark && url.Count('~') > 1;
        for (int k = 0; k < url.Length; k++)
        {
            char c = url[k];
            char prev = k > 0 ? url[k - 1] : ' ';
            char next = k + 1 < url.Length ? url[k + 1] : ' ';
            bool escape = c switch
            {
                '*' => true,
                '&' => EntityLike().IsMatch(url[k..]),
                '_' => underscores && !(char.IsLetterOrDigit(prev) && char.IsLetterOrDigit(next)),
                '~' => tildes,
                _ => false,
            };
            if (escape)
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }
    }

    /// <summary>Whether some <paramref name="mark"/> in a word could open emphasis and a later one close it.</summary>
    private static bool CouldPair(ReadOnlySpan<char> word, char mark)
    {
        bool opener = false;
        for (int k = 0; k < word.Length; k++)
        {
            if (word[k] != mark)
            {
                continue;
            }

            char prev = k > 0 ? word[k - 1] : ' ';
            char next = k + 1 < word.Length ? word[k + 1] : ' ';
            bool prevPunct = !char.IsLetterOrDigit(prev) && !char.IsWhiteSpace(prev);
            bool nextPunct = !char.IsLetterOrDigit(next) && !char.IsWhiteSpace(next);
            bool left = !char.IsWhiteSpace(next) && (!nextPunct || char.IsWhiteSpace(prev) || prevPunct);
            bool right = !char.IsWhiteSpace(prev) && (!prevPunct || char.IsWhiteSpace(next) || nextPunct);
            bool canOpen = left && (!right || prevPunct);
            bool canClose = right && (!left || nextPunct);
            if (opener && canClose)
            {
                return true;
            }

            opener |= canOpen;
        }

        return false;
    }

    /// <summary>Writes a link destination, in angle brackets when it holds spaces or unbalanced parentheses.</summary>
    public static string EscapeDestination(string url)
    {
        if (url.Length == 0)
        {
            return "<>";
        }

        // A destination's entities are decoded like text's: "&amp;amp;" in the HTML is the URL "…&amp;…", which
        // written as it is would come back as "…&…" (wxr chrisjrob: a Picasa link). A backslash does not keep the
        // '&' there: Markdig and Hugo 0.111 (goldmark) both still decode "\&amp;" to "&" (measured). An entity for
        // the '&' does: "&amp;amp;" decodes once, to "&amp;".
        bool entities = url.Contains('&') && HasEntityLike(url);
        if (!NeedsAngleBrackets(url))
        {
            return entities ? EscapeEntities(url) : url;
        }

        var sb = new StringBuilder("<");
        for (int i = 0; i < url.Length; i++)
        {
            switch (url[i])
            {
                case '<': sb.Append("%3C"); break;
                case '>': sb.Append("%3E"); break;
                case '\n': sb.Append("%0A"); break;
                case '\\': sb.Append("\\\\"); break;
                case '&' when entities && EntityLike().IsMatch(url.AsSpan(i)): sb.Append("&amp;"); break;
                default: sb.Append(url[i]); break;
            }
        }

        return sb.Append('>').ToString();
    }

    private static bool HasEntityLike(string text)
    {
        for (int i = text.IndexOf('&'); i >= 0; i = text.IndexOf('&', i + 1))
        {
            if (EntityLike().IsMatch(text.AsSpan(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Each '&amp;' that a renderer would read as the start of an entity, written as the entity "&amp;amp;".</summary>
    private static string EscapeEntities(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '&' && EntityLike().IsMatch(text.AsSpan(i)))
            {
                sb.Append("&amp;");
                continue;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
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
    public static string EscapeTitle(string title)
    {
        string escaped = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return "\"" + (escaped.Contains('&') && HasEntityLike(escaped) ? EscapeEntities(escaped) : escaped) + "\"";
    }

    /// <summary>Writes a code span whose fence is longer than any backtick run inside it.</summary>
    public static string CodeSpan(string code) => CodeSpan(new StringBuilder(), code).ToString();

    /// <summary><see cref="CodeSpan(string)"/>, appended to <paramref name="sb"/> (the inline renderer's way, no string of its own).</summary>
    public static StringBuilder CodeSpan(StringBuilder sb, string code)
    {
        code = code.Replace('\n', ' ');
        int fence = LongestRun(code, '`') + 1;
        // A space keeps a leading or trailing backtick away from the fence; renderers strip one space each side
        // unless the code is all spaces, and "space" means U+0020 only: " \u00a0 " is stripped to its nbsp
        // (property test seed 2qcWB8zGu4i2), so Trim(' '), not Trim().
        bool pad = code.StartsWith('`') || code.EndsWith('`') || (code.Length > 0 && code[0] == ' ' && code[^1] == ' ' && code.AsSpan().Trim(' ').Length > 0);
        sb.Append('`', fence);
        if (pad) sb.Append(' ');
        sb.Append(code);
        if (pad) sb.Append(' ');
        return sb.Append('`', fence);
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
