using AngleSharp.Html.Parser;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// The hugo flavour escapes what Hugo's typographer and shortcode parser would change; other flavours do not.
/// (HugoSiteTests checks the same with a real Hugo when one is installed.)
/// </summary>
public sealed class HugoEscapingTests
{
    [Theory]
    [InlineData("Type \"yes\" or 'no'", "Type \\\"yes\\\" or \\'no\\'")]
    [InlineData("a -- b --- c", "a \\-- b \\-\\-- c")]
    [InlineData("wait... or ....", "wait\\... or \\.\\...")]
    [InlineData("<<quoted>>", "\\<\\<quoted\\>>")]
    [InlineData("see {{< ref >}} and {{% x %}}", "see {&#123;< ref >}} and {&#123;% x %}}")]
    [InlineData("single - dash. and { brace", "single - dash. and &#123; brace")]
    public void Typographer_and_shortcode_input_is_escaped_in_hugo(string text, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.EscapeText(text, atLineStart: false, MarkdownFlavor.Hugo));
        string html = MarkdownRendering.ToHtml(expected, MarkdownFlavor.Hugo);
        Assert.Equal(text, new HtmlParser().ParseDocument(html).Body!.TextContent.Trim());
    }

    [Theory]
    [InlineData("What's \"next\" -- wait...", "What's \"next\" -- wait...")]
    [InlineData("<<quoted>> and *stars*", "\\<\\<quoted\\>> and \\*stars\\*")]
    public void Saved_content_gets_no_typographer_escapes_as_wordpress_texturizes_it(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.EscapeText(text, atLineStart: false, MarkdownFlavor.Hugo, keepStraight: false));

    [Theory]
    [InlineData("see https://example.ca/file_name_(1).pdf now", "see https://example.ca/file_name_(1).pdf now")]
    [InlineData("(https://example.ca/a_b.)", "(https://example.ca/a_b.)")]
    [InlineData("www.example.ca/~user/page", "www.example.ca/~user/page")]
    [InlineData("https://x.ca/_a_/", "https://x.ca/\\_a\\_/")]
    [InlineData("https://x.ca/*a*", "https://x.ca/\\*a\\*")]
    [InlineData("not_a_url _emph_", "not_a_url \\_emph\\_")]
    public void Bare_urls_keep_their_characters_unless_they_would_make_markup(string text, string expected)
    {
        foreach (var flavor in new[] { MarkdownFlavor.Gfm, MarkdownFlavor.Hugo })
        {
            string markdown = MarkdownEscaper.EscapeText(text, atLineStart: false, flavor);
            Assert.Equal(expected, markdown);
            string html = MarkdownRendering.ToHtml(markdown, flavor);
            Assert.Equal(text, new HtmlParser().ParseDocument(html).Body!.TextContent.Trim());
        }
    }

    [Theory]
    [InlineData("A team at work", true)]
    [InlineData("Source: DALL-E [AI] (2023)", true)]
    [InlineData("snake_case and R&D", true)]
    [InlineData("wasn't", false)] // Hugo 0.111 writes the typographer's &rsquo; into the alt as text
    [InlineData("a \"quote\"", false)]
    [InlineData("points.]", false)]
    [InlineData("[link](x)", false)]
    [InlineData("a *star*", false)]
    [InlineData("wait...", false)]
    [InlineData("&amp; entity", false)]
    public void Hugo_alt_text_is_markdown_only_when_hugo_shows_it_as_written(string alt, bool literal)
    {
        Assert.Equal(literal ? alt : null, MarkdownEscaper.AltText(alt, MarkdownFlavor.Hugo));
        Assert.NotNull(MarkdownEscaper.AltText(alt, MarkdownFlavor.Gfm));
    }

    [Fact]
    public void Gfm_leaves_quotes_and_dashes_alone()
    {
        Assert.Equal("Type \"yes\" -- it's ... << x >>", MarkdownEscaper.EscapeText("Type \"yes\" -- it's ... << x >>", atLineStart: false, MarkdownFlavor.Gfm));
    }

    [Fact]
    public void Shortcode_examples_in_code_use_hugos_comment_form()
    {
        Assert.Equal("{{</* figure src=\"a\" */>}} and {{%/* x */%}}", HugoShortcode.EscapeInCode("{{< figure src=\"a\" >}} and {{% x %}}"));
        Assert.Equal("{{< figure >}}", HugoShortcode.UnescapeInCode(HugoShortcode.EscapeInCode("{{< figure >}}")));
        Assert.Equal("no shortcode {{ .Title }}", HugoShortcode.EscapeInCode("no shortcode {{ .Title }}"));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=aBcDeF12345", "youtube", "aBcDeF12345")]
    [InlineData("https://youtu.be/aBcDeF12345", "youtube", "aBcDeF12345")]
    [InlineData("https://www.youtube.com/embed/aBcDeF12345", "youtube", "aBcDeF12345")]
    [InlineData("https://vimeo.com/123456789", "vimeo", "123456789")]
    [InlineData("https://player.vimeo.com/video/123456789", "vimeo", "123456789")]
    public void Video_urls_become_shortcode_ids(string url, string provider, string id)
    {
        Assert.True(VideoEmbeds.TryParse(url, out var p, out var i));
        Assert.Equal((provider, id), (p, i));
    }

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=aBcDeF12345&t=30")] // the start time would be lost
    [InlineData("https://www.youtube.com/playlist?list=PL123")]
    [InlineData("https://example.gc.ca/video")]
    public void Other_urls_stay_links(string url) => Assert.False(VideoEmbeds.TryParse(url, out _, out _));

    [Theory]
    [InlineData("[gallery ids=\"1,2\"]", true)]
    [InlineData("[caption]", true)]
    [InlineData("[/caption]", true)]
    [InlineData("[et_pb_section admin_label=\"s\"]", true)] // a page builder's prefix
    // WordPress expands registered names only: anything else shaped like a tag is text (issue 10).
    [InlineData("[/anything]", false)]
    [InlineData("[custom-thing a=\"b\"]", false)]
    [InlineData("[custom-thing]", false)]
    [InlineData("a[i] = b[i-1]", false)]
    [InlineData("[i-1]", false)]
    [InlineData("[sic]", false)]
    [InlineData("[1]", false)]
    [InlineData("[[gallery]]", false)] // WordPress's escape for a literal shortcode
    public void Shortcodes_are_told_from_bracketed_prose(string text, bool isShortcode) =>
        Assert.Equal(isShortcode, ShortcodeSyntax.Find(text).Any());

    [Fact]
    public void A_site_registers_its_own_shortcodes()
    {
        var names = ShortcodeNames.Default.With(["custom-thing", "[other]"]);
        Assert.Single(ShortcodeSyntax.Find("[custom-thing a=\"b\"]", names));
        Assert.Single(ShortcodeSyntax.Find("[other /]", names));
        Assert.Same(ShortcodeNames.Default, ShortcodeNames.Default.With([]));
    }

    [Fact]
    public void Nothing_inside_a_code_shortcode_is_a_shortcode()
    {
        var tags = ShortcodeSyntax.Find("[code lang=\"php\"]echo '[gallery]'; [/code] then [gallery]").Select(ShortcodeSyntax.NameOf).ToList();
        Assert.Equal(["code", "code", "gallery"], tags);
        // A code tag never closed encloses nothing, as in WordPress.
        Assert.Equal(2, ShortcodeSyntax.Find("[php] and [gallery]").Count());
    }

    [Fact]
    public void A_registered_name_is_kept_verbatim_and_an_unregistered_one_is_text()
    {
        var read = PostFileReader.ReadText("<p>[acme_box size=\"2\"]</p>\n", "a.html", "a.md");
        var plain = new DocumentConverter(ConversionOptions.Default).Convert(read.Documents[0]);
        var registered = new DocumentConverter(ConversionOptions.Default with { KnownShortcodes = ["acme_box"] }).Convert(read.Documents[0]);

        Assert.Equal("\\[acme_box size=\"2\"\\]\n", plain.Markdown);
        Assert.DoesNotContain(plain.Diagnostics, d => d.Code == DiagnosticCodes.ShortcodeKept.Code);
        Assert.Equal("[acme_box size=\"2\"]\n", registered.Markdown);
        Assert.Contains(registered.Diagnostics, d => d.Code == DiagnosticCodes.ShortcodeKept.Code);
    }
}
