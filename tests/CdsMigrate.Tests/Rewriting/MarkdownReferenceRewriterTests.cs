using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Rewriting;
using CdsMigrate.Core.Verification;

namespace CdsMigrate.Tests.Rewriting;

/// <summary>
/// The rewriter finds every reference with its exact span and replaces only the URL text (issue 12, point 5):
/// everything around a rewritten URL stays byte for byte.
/// </summary>
public sealed class MarkdownReferenceRewriterTests
{
    private const string Old = "https://old.example/uploads/a.png";
    private const string New = "/media/a.png";

    private static string Swap(string markdown, string from = Old, string to = New) =>
        MarkdownReferenceRewriter.Rewrite(markdown, r => r.Url == from ? to : null).Text;

    [Theory]
    [InlineData("![alt *x*](https://old.example/uploads/a.png \"title\") after", "![alt *x*](/media/a.png \"title\") after")]
    [InlineData("[text](https://old.example/uploads/a.png)", "[text](/media/a.png)")]
    [InlineData("[text](<https://old.example/uploads/a.png>)", "[text](</media/a.png>)")]
    [InlineData("see <https://old.example/uploads/a.png>.", "see [/media/a.png](/media/a.png).")]
    [InlineData("see <https://old.example/uploads/a.png>.", "see <https://new.example/a.png>.", "https://new.example/a.png")]
    [InlineData("[ref]: https://old.example/uploads/a.png 'T'\n\n![x][ref]", "[ref]: /media/a.png 'T'\n\n![x][ref]")]
    [InlineData("> quoted [x](https://old.example/uploads/a.png) text", "> quoted [x](/media/a.png) text")]
    [InlineData("| a | b |\n|---|---|\n| ![i](https://old.example/uploads/a.png) | c |", "| a | b |\n|---|---|\n| ![i](/media/a.png) | c |")]
    [InlineData("<figure class=\"x\"><img src=\"https://old.example/uploads/a.png\" alt=\"\" /></figure>", "<figure class=\"x\"><img src=\"/media/a.png\" alt=\"\" /></figure>")]
    [InlineData("text <img src='https://old.example/uploads/a.png'> text", "text <img src='/media/a.png'> text")]
    [InlineData("<video poster=https://old.example/uploads/a.png></video>", "<video poster=/media/a.png></video>")]
    [InlineData("{{< figure src=`https://old.example/uploads/a.png` alt=`x` >}}", "{{< figure src=`/media/a.png` alt=`x` >}}")]
    public void Replaces_only_the_url_text(string markdown, string expected, string to = New) =>
        Assert.Equal(expected, Swap(markdown, Old, to));

    [Fact]
    public void Rewrites_each_srcset_candidate_and_keeps_descriptors()
    {
        string markdown = "<img src=\"https://h/a-1024x394.png\" srcset=\"https://h/a-1024x394.png 1024w, https://h/a-300x115.png 300w,https://h/a.png 2000w\" sizes=\"(max-width: 1024px) 100vw\">\n";
        var result = MarkdownReferenceRewriter.Rewrite(markdown, r => "/m/" + r.Url[(r.Url.LastIndexOf('/') + 1)..]);
        Assert.Equal("<img src=\"/m/a-1024x394.png\" srcset=\"/m/a-1024x394.png 1024w, /m/a-300x115.png 300w,/m/a.png 2000w\" sizes=\"(max-width: 1024px) 100vw\">\n", result.Text);
        Assert.Equal([ReferenceKind.HtmlAttribute, ReferenceKind.HtmlSrcset, ReferenceKind.HtmlSrcset, ReferenceKind.HtmlSrcset], result.Rewritten.Select(r => r.Reference.Kind));
    }

    [Fact]
    public void Html_entities_are_decoded_for_the_map_and_written_back()
    {
        string markdown = "<a href=\"https://h/f.pdf?a=1&amp;b=2\">f</a>\n";
        var found = MarkdownReferenceRewriter.Find(markdown);
        Assert.Equal("https://h/f.pdf?a=1&b=2", Assert.Single(found).Url);
        Assert.Equal("<a href=\"/x?a=1&amp;b=&quot;\">f</a>\n", Swap(markdown, "https://h/f.pdf?a=1&b=2", "/x?a=1&b=\""));
    }

    [Fact]
    public void Urls_in_code_and_comments_are_not_references()
    {
        string markdown = "`![x](https://old.example/uploads/a.png)`\n\n```html\n<img src=\"https://old.example/uploads/a.png\">\n```\n\n    [x](https://old.example/uploads/a.png)\n\n<!-- <img src=\"https://old.example/uploads/a.png\"> -->\n";
        Assert.Empty(MarkdownReferenceRewriter.Find(markdown));
        Assert.Equal(markdown, Swap(markdown));
    }

    [Fact]
    public void Reference_links_are_rewritten_once_in_their_definition()
    {
        string markdown = "[a][r] and [r] and ![i][r]\n\n[r]: <https://old.example/uploads/a.png>\n";
        var result = MarkdownReferenceRewriter.Rewrite(markdown, r => r.Url == Old ? New : null);
        Assert.Equal("[a][r] and [r] and ![i][r]\n\n[r]: </media/a.png>\n", result.Text);
        Assert.Equal(ReferenceKind.ReferenceDefinition, Assert.Single(result.Rewritten).Reference.Kind);
    }

    [Fact]
    public void Front_matter_image_fields_keep_their_quoting()
    {
        string markdown = "---\ntitle: 'image: https://old.example/uploads/a.png'\nimage: https://old.example/uploads/a.png\nimage-alt: x\nthumb: 'https://old.example/uploads/a.png'\ncover:\n  image: \"https://old.example/uploads/a.png\" # banner\nimages:\n  - https://old.example/uploads/a.png\n  - 'https://old.example/uploads/b.png'\ntags: [a]\n---\n\nBody https://old.example/uploads/a.png\n";
        var result = MarkdownReferenceRewriter.Rewrite(markdown, r => r.Url == Old ? New : null);
        Assert.Equal("---\ntitle: 'image: https://old.example/uploads/a.png'\nimage: /media/a.png\nimage-alt: x\nthumb: '/media/a.png'\ncover:\n  image: \"/media/a.png\" # banner\nimages:\n  - /media/a.png\n  - 'https://old.example/uploads/b.png'\ntags: [a]\n---\n\nBody [/media/a.png](/media/a.png)\n", result.Text);
        var frontMatter = result.Rewritten.Where(r => r.Reference.Kind == ReferenceKind.FrontMatterField).Select(r => (r.Reference.Name, r.Reference.Line)).ToList();
        Assert.Equal([("image", 3), ("thumb", 5), ("image", 7), ("images", 9)], frontMatter);
    }

    [Fact]
    public void A_new_url_that_needs_quoting_in_yaml_gets_it()
    {
        string markdown = "---\nimage: https://old.example/uploads/a.png\n---\n";
        Assert.Equal("---\nimage: '/media/a #1.png'\n---\n", Swap(markdown, Old, "/media/a #1.png"));
    }

    [Fact]
    public void A_new_url_with_spaces_gets_angle_brackets_in_markdown()
    {
        Assert.Equal("![x](</media/a b.png>)", Swap("![x](https://old.example/uploads/a.png)", Old, "/media/a b.png"));
    }

    [Fact]
    public void Positions_are_line_and_column_of_the_url_text()
    {
        string markdown = "---\ntitle: t\n---\n\nPara\n\n  ![x](https://h/a.png) <img src=\"https://h/b.png\">\n";
        var found = MarkdownReferenceRewriter.Find(markdown);
        Assert.Equal([(7, 8, "https://h/a.png"), (7, 35, "https://h/b.png")], found.Select(f => (f.Line, f.Column, f.Url)));
        Assert.All(found, f => Assert.Equal(f.Url, markdown.Substring(f.Offset, f.Length)));
    }

    [Fact]
    public void Shortcode_urls_are_not_also_read_as_bare_autolinks()
    {
        string markdown = "{{< figure src=\"https://h/a.png\" link=\"https://h/a.png\" alt=`x` >}}\n";
        var found = MarkdownReferenceRewriter.Find(markdown);
        Assert.Equal([("src", ReferenceKind.ShortcodeParameter), ("link", ReferenceKind.ShortcodeParameter)], found.Select(f => (f.Name!, f.Kind)));
    }

    [Fact]
    public void Nothing_to_rewrite_returns_the_same_text()
    {
        string markdown = "# T\n\n[a](https://x/y) <b>bold</b>\n";
        var result = MarkdownReferenceRewriter.Rewrite(markdown, _ => null);
        Assert.Same(markdown, result.Text);
        Assert.Empty(result.Rewritten);
    }

    /// <summary>
    /// Property: whatever the mapping, the rewritten document renders to the same HTML as the original once the
    /// URLs are mapped in the rendered HTML too; nothing but URLs changes.
    /// </summary>
    [Fact]
    public void Rendering_differs_only_by_the_urls()
    {
        string markdown = "Intro with [a link](https://h/one.html \"t\") and ![img](https://h/two.png).\n\n" +
            "<p class=\"x\"><a href=\"https://h/one.html\"><img src=\"https://h/two.png\" srcset=\"https://h/two.png 2x\"></a></p>\n\n" +
            "- item <https://h/one.html>\n- [ref][r]\n\n[r]: https://h/two.png\n";
        var result = MarkdownReferenceRewriter.Rewrite(markdown, r => r.Url.Replace("https://h/", "https://n.example/", StringComparison.Ordinal));
        string expected = MarkdownRendering.ToHtml(markdown, MarkdownFlavor.Gfm).Replace("https://h/", "https://n.example/", StringComparison.Ordinal);
        Assert.Equal(expected, MarkdownRendering.ToHtml(result.Text, MarkdownFlavor.Gfm));
        Assert.Equal(7, result.Rewritten.Count);
    }
}
