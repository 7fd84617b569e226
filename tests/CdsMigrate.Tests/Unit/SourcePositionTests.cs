using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// The one source-position helper (issue 11, point 5): offsets to lines and columns under every line ending, a
/// byte order mark and tabs; a body's positions shifted to its file's (front matter, a WXR item's CDATA).
/// </summary>
public sealed class SourcePositionTests
{
    [Theory]
    [InlineData("ab\ncd\nef", 4, 2, 2)]      // LF
    [InlineData("ab\r\ncd\r\nef", 5, 2, 2)]  // CRLF: the CR is not a column of the next line
    [InlineData("ab\r\ncd\r\nef", 8, 3, 1)]
    [InlineData("ab\rcd\ref", 4, 2, 2)]      // a lone CR ends a line, as Markdig and AngleSharp read it
    [InlineData("ab\r\ncd\ref\ngh", 10, 4, 1)]  // mixed
    [InlineData("\tx\n\t\ty", 5, 2, 3)]      // a tab is one column
    [InlineData("\uFEFFab", 1, 1, 1)]        // the BOM is not a column
    [InlineData("\uFEFFab\ncd", 5, 2, 2)]
    [InlineData("\uFEFFab", 0, 1, 1)]
    [InlineData("", 0, 1, 1)]
    [InlineData("ab\n", 3, 2, 1)]            // just past the last line break
    [InlineData("\nab", 0, 1, 1)]            // on the line break itself
    [InlineData("ab", 99, 1, 3)]             // past the end: the end
    public void An_offset_is_a_1_based_line_and_column(string text, int offset, int line, int column) =>
        Assert.Equal((line, column), SourcePosition.FromOffset(text, offset));

    [Theory]
    [InlineData("ab\ncd", 4, 3)]
    [InlineData("ab\r\ncd", 5, 4)]
    [InlineData("ab\rcd", 4, 3)]
    [InlineData("\nab", 0, 0)]  // the old copies said 1 here: the line start after the offset
    [InlineData("\nab", 1, 1)]
    [InlineData("ab", 0, 0)]
    public void The_line_start_is_after_the_last_line_break_before_the_offset(string text, int offset, int start) =>
        Assert.Equal(start, SourcePosition.LineStart(text, offset));

    [Fact]
    public void A_body_position_is_shifted_to_the_file_only_on_its_first_line()
    {
        // A WXR item's CDATA starts on line 40, column 22: the body's line 1 is shifted right, its later lines are not.
        Assert.Equal(new SourceSpan("x.xml", 40, 25), SourcePosition.InFile("x.xml", 1, 4, 40, 22));
        Assert.Equal(new SourceSpan("x.xml", 42, 4), SourcePosition.InFile("x.xml", 3, 4, 40, 22));

        var document = new SourceDocument { SourcePath = "x.xml", OutputPath = "x.md", Html = "<p>a</p>\n<p>b</p>", HtmlLine = 40, HtmlColumn = 22 };
        Assert.Equal(new SourceSpan("x.xml", 40, 22), SourcePosition.AtOffset(document, 0));
        Assert.Equal(new SourceSpan("x.xml", 41, 4), SourcePosition.AtOffset(document, 12));
    }

    [Fact]
    public void Front_matter_moves_the_bodys_diagnostics_down_the_file()
    {
        var read = PostFileReader.ReadText("---\ntitle: \"A &amp; B\"\ndate: 2024-01-01\n---\n<p>Hello</p>\n<form><input></form>\n", "post.html", "post.md");
        var document = Assert.Single(read.Documents);
        Assert.Equal(5, document.HtmlLine);
        var entity = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterEntityDecoded.Code);
        Assert.Equal(2, entity.Line);  // the YAML's line 1 is the file's line 2

        var result = new DocumentConverter(ConversionOptions.Default).Convert(document);
        var form = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlKept.Code);
        Assert.Equal(("post.html", 6, 1), (form.File, form.Line, form.Column));
    }

    [Fact]
    public void A_parse_error_on_the_bodys_first_line_is_shifted_by_the_bodys_column()
    {
        // The copy in DocumentConverter.ReportParseErrors shifted the line but not the column (issue 11, point 5).
        const string html = "<p>a</b> text</p>";
        var error = HtmlBodyParser.Parse(html).Errors[0];
        Assert.Equal(1, error.Line);
        var document = new SourceDocument { SourcePath = "x.xml", OutputPath = "x.md", Html = html, HtmlLine = 40, HtmlColumn = 22 };

        var result = new DocumentConverter(ConversionOptions.Default).Convert(document);

        var malformed = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MalformedHtml.Code);
        Assert.Equal((40, error.Column + 21), (malformed.Line, malformed.Column));
    }
}
