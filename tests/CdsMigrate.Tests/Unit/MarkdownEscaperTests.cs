using AngleSharp.Html.Parser;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Verification;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Tests.Unit;

/// <summary>Escaped text, rendered by a CommonMark renderer, is exactly the original text; and escaping is minimal.</summary>
public sealed class MarkdownEscaperTests
{
    [Theory]
    [InlineData("2021. A year")]
    [InlineData("3) three")]
    [InlineData("# not a heading")]
    [InlineData("#hashtag")]
    [InlineData("> not a quote")]
    [InlineData("- not a list")]
    [InlineData("+ not a list")]
    [InlineData("---")]
    [InlineData("===")]
    [InlineData("~~~ fence")]
    [InlineData("*stars* and **more**")]
    [InlineData("_under_ snake_case __init__")]
    [InlineData("[text](url) and ![img](src)")]
    [InlineData("<b>tag</b> and a < b > c")]
    [InlineData("`code` and ``double``")]
    [InlineData("back\\slash \\* and trailing\\")]
    [InlineData("&amp; &#8217; &copy; AT&T")]
    [InlineData("| pipe | table |")]
    [InlineData("1. » «\u00a0guillemets\u00a0»")]
    public void Escaped_text_renders_as_the_same_text(string text)
    {
        foreach (var flavor in new[] { MarkdownFlavor.CommonMark, MarkdownFlavor.Gfm })
        {
            string markdown = MarkdownEscaper.EscapeText(text, atLineStart: true, flavor);
            string html = MarkdownRendering.ToHtml(markdown, flavor);
            var body = new HtmlParser().ParseDocument(html).Body!;
            Assert.Equal("p", body.FirstElementChild?.LocalName);
            Assert.Single(body.Children);
            Assert.Equal(text, body.FirstElementChild!.TextContent);
            Assert.Empty(body.FirstElementChild!.Children);
        }
    }

    [Theory]
    [InlineData("Plain words, commas; colons: and periods.", "Plain words, commas; colons: and periods.")]
    [InlineData("snake_case stays", "snake_case stays")]
    [InlineData("a > b and 3 < 4", "a > b and 3 < 4")]
    [InlineData("Q&A", "Q&A")]
    [InlineData("2021 was a year", "2021 was a year")]
    [InlineData("+1 vote", "+1 vote")]
    public void Ordinary_text_is_not_escaped(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.EscapeText(text, atLineStart: true));

    [Fact]
    public void Line_start_escapes_apply_only_at_line_start()
    {
        Assert.Equal("2021\\. A", MarkdownEscaper.EscapeText("2021. A", atLineStart: true));
        Assert.Equal("in 2021. A", MarkdownEscaper.EscapeText("in 2021. A", atLineStart: false));
        Assert.Equal("a # b", MarkdownEscaper.EscapeText("a # b", atLineStart: false));
    }

    [Theory]
    [InlineData("code", "`code`")]
    [InlineData("a `tick`", "`` a `tick` ``")]
    [InlineData("``", "``` `` ```")]
    public void Code_spans_use_a_longer_fence(string code, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.CodeSpan(code));

    [Theory]
    [InlineData("https://example.gc.ca/a_(b)", "https://example.gc.ca/a_(b)")]
    [InlineData("https://example.gc.ca/a b", "<https://example.gc.ca/a b>")]
    [InlineData("https://example.gc.ca/a)", "<https://example.gc.ca/a)>")]
    public void Destinations_are_bracketed_only_when_needed(string url, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.EscapeDestination(url));
}
