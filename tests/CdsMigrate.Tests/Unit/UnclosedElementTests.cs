using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// "The body has been closed wrong" is placed at the element left open, not at the end of the text (issue 11, s5pos;
/// golden case classic/pre-around-list).
/// </summary>
public sealed class UnclosedElementTests
{
    [Theory]
    [InlineData("<p>Unclosed pre:</p>\n<pre>Settings\n<pre lang=\"lisp\">(x)</pre>\n", 2, 1, "<pre>")]
    [InlineData("<p>a</p>\n  <div class=\"note\"><p>b</p>\n<p>c</p>", 2, 3, "<div>")]
    [InlineData("<section><div>a</div>\n<blockquote>b\n", 1, 1, "<section>")]  // the outermost one left open
    public void The_error_is_at_the_element_left_open(string html, int line, int column, string named)
    {
        var error = Assert.Single(HtmlBodyParser.Parse(html).Errors);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.StartsWith(named + " is never closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_source_cannot_tell_the_parsers_place_is_kept()
    {
        // The end tag is in a comment: counted as closed, so no element is named and the end of the text stays.
        var error = Assert.Single(HtmlBodyParser.Parse("<div>a\n<!-- </div> -->\nb").Errors);
        Assert.Equal(3, error.Line);
        Assert.DoesNotContain("never closed", error.Message, StringComparison.Ordinal);
    }
}
