using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Unit;

/// <summary>The way back from a rewritten body to the text as written (issue 11, s5map).</summary>
public sealed class RewrittenTextTests
{
    [Fact]
    public void Copied_text_maps_one_to_one_and_inserted_text_to_where_it_was_inserted()
    {
        var body = new RewrittenText("ab[x]cd");
        body.Replace(new Regex(@"\[x\]"), "<1>\n<2>");
        Assert.Equal("ab<1>\n<2>cd", body.Text);
        Assert.Equal(0, body.ToOriginal(0));
        Assert.Equal(1, body.ToOriginal(1));
        Assert.Equal(2, body.ToOriginal(2));   // inside the insertion: where it was inserted
        Assert.Equal(2, body.ToOriginal(8));
        Assert.Equal(5, body.ToOriginal(9));   // 'c' after the insertion
        Assert.Equal(6, body.ToOriginal(10));
        Assert.Equal(7, body.ToOriginal(11));  // the end
    }

    [Fact]
    public void A_group_in_the_replacement_is_copied_and_literals_follow_it()
    {
        var body = new RewrittenText("x<div>y");
        body.Replace(new Regex("(<div>)"), "$1\n\n");
        Assert.Equal("x<div>\n\ny", body.Text);
        Assert.Equal(3, body.ToOriginal(3));   // 'i' of <div>
        Assert.Equal(6, body.ToOriginal(6));   // the inserted newline: after the group
        Assert.Equal(6, body.ToOriginal(8));   // 'y'
    }

    [Fact]
    public void Rewrites_compose_back_to_the_first_text()
    {
        var body = new RewrittenText("a\nb\n[c]");
        body.Replace("\n", "<br />\n");
        body.Replace(new Regex("^"), "<p>");
        Assert.Equal("<p>a<br />\nb<br />\n[c]", body.Text);
        Assert.Equal(4, body.ToOriginal(body.Text.IndexOf('[', StringComparison.Ordinal)));
        Assert.Equal(2, body.ToOriginal(body.Text.IndexOf("\nb", StringComparison.Ordinal) + 1));
    }

    [Fact]
    public void Set_keeps_what_the_new_text_shares_at_both_ends()
    {
        var body = new RewrittenText("head<!-- x /-->tail");
        body.Set("head<ol>long list</ol>tail");
        Assert.Equal(2, body.ToOriginal(2));
        Assert.Equal(5, body.ToOriginal(10)); // "head<" is shared: the rest of the list was inserted after it
        Assert.Equal(16, body.ToOriginal(body.Text.Length - 3));
    }

    [Fact]
    public void An_unchanged_text_maps_to_itself()
    {
        var body = new RewrittenText("plain");
        body.Replace(new Regex("zzz"), "y");
        body.Replace("q", "r");
        Assert.False(body.Changed);
        Assert.Equal(3, body.ToOriginal(3));
    }

    [Theory]
    [InlineData("One\ntwo\nthree [audio src=a.mp3]", "[audio")]
    [InlineData("One\n\nTwo\n<div>three</div>\nfour\n\n[video]", "[video]")]
    [InlineData("<pre>keep\n\nthis</pre>\nthen\n[code]", "[code]")]
    [InlineData("<pre>a\n\n[inside]</pre>", "[inside]")]
    [InlineData("<a\nhref=\"x\">link</a>\n[after]", "[after]")]
    [InlineData("<script>x\ny</script>\nz\n[late]", "[late]")]
    [InlineData("x\r\ny\r\n[crlf]", "[crlf]")]
    public void After_wpautop_a_shortcode_maps_back_to_where_it_was_written(string input, string needle)
    {
        var body = new RewrittenText(input);
        AutoParagraph.Apply(body);
        Assert.Equal(AutoParagraph.Apply(input), body.Text);
        Assert.Equal(input.IndexOf(needle, StringComparison.Ordinal), body.ToOriginal(body.Text.IndexOf(needle, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_position_in_the_rewritten_body_is_reported_at_the_file_line()
    {
        var body = new RewrittenText("First\nsecond\nthird [x]");
        AutoParagraph.Apply(body);
        var (line, column) = SourcePosition.FromOffset(body.Text, body.Text.IndexOf("[x]", StringComparison.Ordinal));
        // The body starts on line 10, column 30 of the file (a CDATA): line 3 of the body is line 12, unshifted.
        Assert.Equal(new SourceSpan("f.xml", 12, 7), SourcePosition.InFile("f.xml", line, column, 10, 30, body));
        // Inside the inserted <p>: where it was inserted, the body's start.
        Assert.Equal(new SourceSpan("f.xml", 10, 30), SourcePosition.InFile("f.xml", 1, 2, 10, 30, body));
    }

    [Fact]
    public void A_qtranslate_language_keeps_its_place_in_the_export()
    {
        const string written = "<!--:en-->Hello\n[code]<!--:--><!--:fr-->Bonjour\n[code]<!--:-->";
        var body = new RewrittenText(written);
        QTranslateText.For(body, "fr");
        Assert.Equal("Bonjour\n[code]", body.Text);
        Assert.Equal(written.LastIndexOf("[code]", StringComparison.Ordinal), body.ToOriginal(body.Text.IndexOf('[', StringComparison.Ordinal)));
        Assert.Equal(QTranslateText.For(written, "fr"), body.Text);
    }

    [Theory]
    [InlineData("ab\ncd", 2, 2, 4)]
    [InlineData("ab\r\ncd", 2, 1, 4)]
    [InlineData("ab\rcd", 2, 2, 4)]
    [InlineData("ab", 1, 9, 2)]
    [InlineData("ab", 5, 1, 2)]
    [InlineData("\uFEFFab", 1, 2, 2)]
    public void ToOffset_is_the_inverse_of_FromOffset(string text, int line, int column, int offset)
    {
        Assert.Equal(offset, SourcePosition.ToOffset(text, line, column));
        if (offset < text.Length)
        {
            Assert.Equal((line, column), SourcePosition.FromOffset(text, offset));
        }
    }
}
