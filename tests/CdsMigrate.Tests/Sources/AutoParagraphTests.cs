using CdsMigrate.Tests.Support;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Sources;

public sealed class AutoParagraphTests
{
    [Theory]
    [InlineData("One", "<p>One</p>\n")]
    [InlineData("One\n\nTwo", "<p>One</p>\n<p>Two</p>\n")]
    [InlineData("One\ntwo", "<p>One<br />\ntwo</p>\n")]
    [InlineData("One\n\n\n\nTwo", "<p>One</p>\n<p>Two</p>\n")]
    [InlineData("<h2>Title</h2>\nText", "<h2>Title</h2>\n<p>Text</p>\n")]
    [InlineData("<ul>\n<li>a</li>\n<li>b</li>\n</ul>", "<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n")]
    [InlineData("<pre>a\n\nb</pre>", "<pre>a\n\nb</pre>\n")]
    [InlineData("<a\nhref=\"x\">link</a>", "<p><a\nhref=\"x\">link</a></p>\n")]
    [InlineData("", "")]
    public void Follows_wordpress_paragraph_rules(string input, string expected) =>
        Assert.Equal(expected, AutoParagraph.Apply(input));

    [Fact]
    public void Blockquote_text_becomes_a_paragraph_inside_it() =>
        Assert.Equal("<blockquote><p>Quoted<br />\ntext</p></blockquote>\n", AutoParagraph.Apply("<blockquote>Quoted\ntext</blockquote>"));
}
