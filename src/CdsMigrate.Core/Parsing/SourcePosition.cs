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
    /// A 1-based <paramref name="line"/> and <paramref name="column"/> of a text that starts at
    /// <paramref name="startLine"/>, <paramref name="startColumn"/> of <paramref name="file"/>, as a position in the file.
    /// </summary>
    public static SourceSpan InFile(string? file, int line, int column, int startLine, int startColumn) =>
        new(file, line + startLine - 1, line == 1 ? column + startColumn - 1 : column);

    /// <summary>A 1-based line and column of <paramref name="document"/>'s body, as a position in its source file.</summary>
    public static SourceSpan InFile(SourceDocument document, int line, int column) =>
        InFile(document.SourcePath, line, column, document.HtmlLine, document.HtmlColumn);

    /// <summary>
    /// Where a diagnostic about a whole document points: an export's item (its <c>&lt;item&gt;</c> tag), else the file
    /// as a whole (line 0: a post file is the document, and has no better place).
    /// </summary>
    public static SourceSpan OfDocument(SourceDocument document) =>
        document.Item is { } item ? OfItem(item) : new SourceSpan(document.SourcePath, 0, 0);

    /// <summary>Where an exported item starts in its file (line 0 when the reader does not know, as for REST JSON).</summary>
    public static SourceSpan OfItem(ContentItem item) =>
        item.Line > 0 ? new SourceSpan(item.SourcePath, item.Line, item.Column) : new SourceSpan(item.SourcePath, 0, 0);

    /// <summary>An offset into <paramref name="document"/>'s body (<see cref="SourceDocument.Html"/>), as a position in its source file.</summary>
    public static SourceSpan AtOffset(SourceDocument document, int offset)
    {
        var (line, column) = FromOffset(document.Html, offset);
        return InFile(document, line, column);
    }
}
