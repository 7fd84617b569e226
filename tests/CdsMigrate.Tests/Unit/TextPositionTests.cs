using CdsMigrate.Core;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// Diagnostics about text point at the text itself (issue 11, s5pos): AngleSharp keeps positions for elements only,
/// so a shortcode's CDS1303 said its paragraph's column, and line 0 in bare text whose only element is the implied body.
/// </summary>
public sealed class TextPositionTests
{
    private static List<(int Line, int Column)> ShortcodesIn(string html, int htmlLine = 1, int htmlColumn = 1)
    {
        var document = new SourceDocument { SourcePath = "post.html", OutputPath = "post.md", Html = html, HtmlLine = htmlLine, HtmlColumn = htmlColumn };
        var result = new DocumentConverter(ConversionOptions.Default).Convert(document);
        return result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ShortcodeKept.Code).Select(d => (d.Line, d.Column)).ToList();
    }

    [Fact]
    public void A_shortcode_in_bare_text_is_placed_though_the_body_is_implied() =>
        Assert.Equal([(1, 7)], ShortcodesIn("Hello [gallery ids=\"1\"] world"));

    [Fact]
    public void A_shortcode_is_placed_at_itself_not_its_paragraph() =>
        Assert.Equal([(1, 11), (2, 5)], ShortcodesIn("<p>Before [gallery]\nand [audio src=\"a.mp3\"]</p>"));

    [Fact]
    public void Crlf_line_endings_are_lines_though_the_text_reads_them_as_lf() =>
        Assert.Equal([(2, 3), (3, 1)], ShortcodesIn("<p>a\r\nb [gallery]\r\n[audio src=\"a.mp3\"\r\nautoplay]</p>"));

    [Fact]
    public void The_same_shortcode_before_the_text_does_not_mislead_it()
    {
        // The one inside <b> is an element's text; the bare one after it is counted back from the paragraph's end.
        const string html = "<p><b>[gallery]</b> and [gallery] and <i>x</i> [gallery]</p>";
        Assert.Equal([(1, 7), (1, 25), (1, 48)], ShortcodesIn(html));
    }

    [Fact]
    public void A_comment_between_two_texts_is_counted()
    {
        const string html = "<p>[gallery]<!-- [gallery] -->[gallery]</p>";
        Assert.Equal([(1, 4), (1, 31)], ShortcodesIn(html));
    }

    [Fact]
    public void A_shortcode_written_with_entities_falls_back_to_its_texts_start() =>
        // Its text's data is decoded ("v.mp4"), its source is not: not found as written, the text's first word is.
        Assert.Equal([(2, 4)], ShortcodesIn("<p>x</p>\n<p>One [video src=&quot;v.mp4&quot;]</p>"));

    [Fact]
    public void In_a_wxr_items_cdata_the_first_line_is_shifted_by_its_column() =>
        Assert.Equal([(40, 27), (41, 1)], ShortcodesIn("Hello [gallery]\n[audio src=\"a.mp3\"]", htmlLine: 40, htmlColumn: 21));
}
