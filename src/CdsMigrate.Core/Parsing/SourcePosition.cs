using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// The one place that turns offsets into lines and columns, and positions in a body into positions in its file
/// (issue 11, point 5: four copies had drifted apart; parse errors on a WXR item's first line lost the column
/// of its CDATA). The conventions, for every diagnostic:
/// <list type="bullet">
/// <item>Lines and columns are 1-based. A line ends at <c>\n</c>, <c>\r\n</c> or a lone <c>\r</c> (as Markdig,
/// AngleSharp and XmlReader read them).</item>
/// <item>A column counts UTF-16 code units from the line's start: a tab is one column, as in AngleSharp's
/// and XmlReader's positions and compilers' messages.</item>
/// <item>A byte order mark at the start of the text is not a column: the first character after it is column 1.</item>
/// <item>A body starts at <see cref="SourceDocument.HtmlLine"/> and <see cref="SourceDocument.HtmlColumn"/> of
/// its file (after front matter, inside a WXR item's CDATA): its line 1 is shifted right by that column, its
/// other lines are not.</item>
/// </list>
/// </summary>
internal static class SourcePosition
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>The offset of the first character of the line <paramref name="offset"/> is on.</summary>
    public static int LineStart(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        return text.AsSpan(0, offset).LastIndexOfAny('\n', '\r') + 1;
    }

    /// <summary>The 1-based line and column of <paramref name="offset"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) FromOffset(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var before = text.AsSpan(0, offset);
        int line = 1 + before.Count('\n');
        if (before.Contains('\r'))
        {
            // A lone CR ends a line; in CRLF the LF already counted.
            line += before.Count('\r') - before.Count("\r\n");
        }

        int lineStart = LineStart(text, offset);
        int column = offset - lineStart + 1;
        if (lineStart == 0 && offset > 0 && text[0] == ByteOrderMark)
        {
            column--;
        }

        return (line, column);
    }

    /// <summary>
    /// The 1-based lines and columns of ascending 0-based byte <paramref name="offsets"/> into UTF-8
    /// <paramref name="utf8"/>, in one pass (issue 11, s6rest: a REST JSON entry's opening brace). Columns count
    /// UTF-16 code units as <see cref="FromOffset"/> does, so a multi-byte character is one column (two for one outside
    /// the BMP), and a leading byte order mark is no column.
    /// </summary>
    public static List<(int Line, int Column)> FromUtf8Offsets(ReadOnlySpan<byte> utf8, IReadOnlyList<int> offsets)
    {
        int bom = utf8.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var positions = new List<(int, int)>(offsets.Count);
        int line = 1;
        int lineStart = bom;
        int scanned = bom;
        foreach (int wanted in offsets)
        {
            int offset = Math.Clamp(wanted, scanned, utf8.Length);
            for (int i = scanned; i < offset; i++)
            {
                byte b = utf8[i];
                if (b == (byte)'\n' || (b == (byte)'\r' && (i + 1 >= utf8.Length || utf8[i + 1] != (byte)'\n')))
                {
                    line++;
                    lineStart = i + 1;
                }
            }

            scanned = offset;
            positions.Add((line, System.Text.Encoding.UTF8.GetCharCount(utf8[lineStart..offset]) + 1));
        }

        return positions;
    }

    /// <summary>
    /// A 1-based <paramref name="line"/> and <paramref name="column"/> of a text that starts at
    /// <paramref name="startLine"/>, <paramref name="startColumn"/> of <paramref name="file"/>, as a position in the file.
    /// </summary>
    public static SourceSpan InFile(string? file, int line, int column, int startLine, int startColumn) =>
        new(file, line + startLine - 1, line == 1 ? column + startColumn - 1 : column);

    /// <summary>
    /// A 1-based line and column of <paramref name="document"/>'s body (<see cref="SourceDocument.Html"/>), as a position in
    /// its source file: through <see cref="SourceDocument.BodyMap"/> when the reader rewrote the body.
    /// </summary>
    public static SourceSpan InFile(SourceDocument document, int line, int column) =>
        InFile(document.SourcePath, line, column, document.HtmlLine, document.HtmlColumn, document.BodyMap);

    /// <summary>
    /// <see cref="InFile(string?, int, int, int, int)"/> for a position in a body the reader rewrote (issue 11, s5map: a
    /// classic-editor item's shortcode was reported where wpautop's paragraphs and a gallery's images had moved it):
    /// the position in <see cref="RewrittenText.Text"/> is taken back to the text as written first.
    /// </summary>
    public static SourceSpan InFile(string? file, int line, int column, int startLine, int startColumn, RewrittenText? rewritten)
    {
        if (rewritten is not null && line > 0)
        {
            int offset = rewritten.ToOriginal(ToOffset(rewritten.Text, line, column));
            (line, column) = FromOffset(rewritten.Original, offset);
        }

        return InFile(file, line, column, startLine, startColumn);
    }

    /// <summary>
    /// The 0-based offset of a 1-based <paramref name="line"/> and <paramref name="column"/> of <paramref name="text"/>
    /// (the inverse of <see cref="FromOffset"/>), clamped to the text and to the line's end.
    /// </summary>
    public static int ToOffset(string text, int line, int column)
    {
        int start = 0;
        for (int current = 1; current < line; current++)
        {
            int end = text.AsSpan(start).IndexOfAny('\n', '\r');
            if (end < 0)
            {
                return text.Length;
            }

            start += end + (text[start + end] == '\r' && start + end + 1 < text.Length && text[start + end + 1] == '\n' ? 2 : 1);
        }

        int lineLength = text.AsSpan(start).IndexOfAny('\n', '\r') is >= 0 and var stop ? stop : text.Length - start;
        int bom = start == 0 && text.Length > 0 && text[0] == ByteOrderMark ? 1 : 0;
        return start + Math.Clamp(column - 1 + bom, 0, lineLength);
    }

    /// <summary>
    /// Where a diagnostic about a whole document points: an export's item (its <c>&lt;item&gt;</c> tag), else the file
    /// as a whole (line 0: a post file is the document, and has no better place).
    /// </summary>
    public static SourceSpan OfDocument(SourceDocument document) =>
        document.Item is { } item ? OfItem(item) : new SourceSpan(document.SourcePath, 0, 0);

    /// <summary>Where an exported item starts in its file (line 0 when the reader does not know).</summary>
    public static SourceSpan OfItem(ContentItem item) =>
        item.Line > 0 ? new SourceSpan(item.SourcePath, item.Line, item.Column) : new SourceSpan(item.SourcePath, 0, 0);

    /// <summary>
    /// The 0-based offset in the HTML <paramref name="element"/> was parsed from at which its start tag begins, or -1 when the parser made it up (an implied <c>&lt;body&gt;</c>,
    /// <c>&lt;tbody&gt;</c>) or it was built after parsing.
    /// </summary>
    public static int OffsetOf(IElement element) =>
        element.SourceReference is { Position: { Line: > 0 } position } ? position.Position - 1 : -1;

    /// <summary>
    /// The 0-based offset in <paramref name="source"/> of <paramref name="needle"/>, found at
    /// <paramref name="index"/> in <paramref name="text"/>'s data, or -1 when it cannot be told.
    /// </summary>
    /// <remarks>
    /// AngleSharp keeps positions for elements only, and a text's data is not its source (entities decoded, CRLF
    /// read as LF), so the needle is looked for in the source itself (issue 11, s5pos: a shortcode's CDS1303 pointed
    /// at its paragraph, and at line 0 in bare text whose only element is the implied body). The text runs up to the
    /// next element that has a position; between the two, the source holds the text, comments and end tags only. So
    /// the needle's place is counted from that end: as many occurrences back as the text from <paramref name="index"/>
    /// on (and the texts and comments before that element) hold. Counting from the end is immune to whatever the
    /// elements before the text hold. An occurrence written with entities is not found: -1, and the caller falls
    /// back to the enclosing element.
    /// </remarks>
    public static int OffsetOf(IText text, int index, string needle, string source)
    {
        if (needle.Length == 0 || index < 0 || index > text.Data.Length)
        {
            return -1;
        }

        int count = Occurrences(text.Data.AsSpan(index), needle);
        int end = source.Length;
        for (var node = NextInDocument(text, intoChildren: false); node is not null; node = NextInDocument(node, intoChildren: true))
        {
            if (node is IElement element && OffsetOf(element) is >= 0 and var start)
            {
                end = start;
                break;
            }

            count += node switch
            {
                IText t => Occurrences(t.Data, needle),
                IComment c => Occurrences(c.Data, needle),
                _ => 0,
            };
        }

        int lower = LowerBound(text);
        int found = NthFromEnd(source, lower, end, needle, count);
        if (found < 0 && needle.Contains('\n') && source.Contains('\r'))
        {
            found = NthFromEnd(source, lower, end, needle.Replace("\n", "\r\n", StringComparison.Ordinal), count);
        }

        return found;
    }

    /// <summary>The offset no occurrence of a text can precede: the start of the nearest element before it that has a position.</summary>
    private static int LowerBound(INode node)
    {
        for (; node is not null; node = node.Parent!)
        {
            for (var sibling = node.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
            {
                if (sibling is IElement element && OffsetOf(element) is >= 0 and var start)
                {
                    return start;
                }
            }

            if (node.Parent is IElement parent && OffsetOf(parent) is >= 0 and var parentStart)
            {
                return parentStart;
            }

            if (node.Parent is null)
            {
                break;
            }
        }

        return 0;
    }

    private static INode? NextInDocument(INode node, bool intoChildren)
    {
        if (intoChildren && node.FirstChild is { } child)
        {
            return child;
        }

        for (var at = node; at is not null; at = at.Parent)
        {
            if (at.NextSibling is { } next)
            {
                return next;
            }
        }

        return null;
    }

    private static int Occurrences(ReadOnlySpan<char> text, string needle)
    {
        int count = 0;
        for (int at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, StringComparison.Ordinal))
        {
            count++;
            text = text[(at + needle.Length)..];
        }

        return count;
    }

    /// <summary>The start of the <paramref name="n"/>th occurrence of <paramref name="needle"/> counted back from <paramref name="end"/>, not before <paramref name="lower"/>.</summary>
    private static int NthFromEnd(string source, int lower, int end, string needle, int n)
    {
        int found = -1;
        int limit = end;
        for (int i = 0; i < n; i++)
        {
            if (limit - lower < needle.Length)
            {
                return -1;
            }

            found = source.LastIndexOf(needle, limit - 1, limit - lower, StringComparison.Ordinal);
            if (found < 0 || found + needle.Length > end)
            {
                return -1;
            }

            limit = found;
        }

        return found;
    }

    /// <summary>An offset into <paramref name="document"/>'s body (<see cref="SourceDocument.Html"/>), as a position in its source file.</summary>
    public static SourceSpan AtOffset(SourceDocument document, int offset)
    {
        if (document.BodyMap is { } rewritten)
        {
            var (at, from) = FromOffset(rewritten.Original, rewritten.ToOriginal(offset));
            return InFile(document.SourcePath, at, from, document.HtmlLine, document.HtmlColumn);
        }

        var (line, column) = FromOffset(document.Html, offset);
        return InFile(document, line, column);
    }
}
