using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Unit;

/// <summary>Block comments written onto the DOM, and broken ones converted as far as possible.</summary>
public sealed class BlockCommentAnnotatorTests
{
    private static (IElement Body, IReadOnlyList<BlockCommentIssue> Issues) Annotate(string html)
    {
        var parsed = HtmlBodyParser.Parse(html);
        return (parsed.Body, BlockCommentAnnotator.Annotate(parsed.Body, html));
    }

    [Fact]
    public void The_first_opener_is_kept_although_the_parser_puts_it_before_the_body()
    {
        var (body, issues) = Annotate("<!-- wp:pullquote {\"textAlign\":\"left\"} --><figure class=\"x\"><blockquote><p>Q</p></blockquote></figure><!-- /wp:pullquote -->");
        Assert.Empty(issues);
        var figure = body.QuerySelector("figure")!;
        Assert.Equal("core/pullquote", BlockNaming.NameOf(figure));
        Assert.Equal("{\"textAlign\":\"left\"}", BlockNaming.AttributesOf(figure));
    }

    [Fact]
    public void Nested_blocks_name_their_own_elements()
    {
        var (body, issues) = Annotate("<!-- wp:columns --><div class=\"a\"><!-- wp:column --><div class=\"b\"><!-- wp:paragraph --><p>x</p><!-- /wp:paragraph --></div><!-- /wp:column --></div><!-- /wp:columns -->");
        Assert.Empty(issues);
        Assert.Equal("core/columns", BlockNaming.NameOf(body.QuerySelector(".a")!));
        Assert.Equal("core/column", BlockNaming.NameOf(body.QuerySelector(".b")!));
        Assert.Equal("core/paragraph", BlockNaming.NameOf(body.QuerySelector("p")!));
    }

    [Fact]
    public void Void_and_empty_blocks_become_dynamic_placeholders_with_their_position()
    {
        var (body, _) = Annotate("<p>a</p>\n<!-- wp:latest-posts /-->\n<!-- wp:cds/request --><!-- /wp:cds/request -->");
        var placeholders = body.QuerySelectorAll("[" + BlockCommentAnnotator.PlaceholderAttribute + "]");
        Assert.Equal(["core/latest-posts", "cds/request"], placeholders.Select(BlockNaming.NameOf));
        Assert.All(placeholders, p => Assert.Equal(BlockCommentAnnotator.Dynamic, BlockNaming.PlaceholderOf(p)));
        Assert.Equal("2", placeholders[0].GetAttribute(BlockCommentAnnotator.LineAttribute));
    }

    [Fact]
    public void Stray_closers_unclosed_openers_and_bad_json_are_reported_at_the_comment()
    {
        var (body, issues) = Annotate("<!-- /wp:quote -->\n<!-- wp:heading {bad} --><h2>T</h2><!-- /wp:heading -->\n<!-- wp:list --><ul><li>x</li></ul>");
        Assert.Equal(3, issues.Count);
        Assert.Contains(issues, i => i.Message.Contains("without an opener") && i.Line == 1);
        Assert.Contains(issues, i => i.Message.Contains("not valid JSON") && i.Line == 2);
        Assert.Contains(issues, i => i.Message.Contains("never closed") && i.Line == 3 && i.Block == "core/list");
        Assert.All(issues, i => Assert.Equal(DiagnosticCodes.BlockCommentBroken, i.Code));
        Assert.Equal("core/heading", BlockNaming.NameOf(body.QuerySelector("h2")!));
        Assert.Equal("core/list", BlockNaming.NameOf(body.QuerySelector("ul")!));
    }

    [Fact]
    public void Deeply_nested_and_broken_block_markup_converts_without_an_exception()
    {
        var html = new System.Text.StringBuilder();
        for (int i = 0; i < 300; i++) html.Append("<!-- wp:group --><div class=\"wp-block-group\">");
        html.Append("<p>deep text</p>");
        for (int i = 0; i < 300; i++) html.Append("</div><!-- /wp:column -->");
        html.Append("<!-- wp:image {\"url\":\"").Append('x', 100_000).Append("\"} --><figure class=\"wp-block-image\"><img src=\"a.png\" alt=\"A\"></figure>");
        var read = PostFileReader.ReadText(html.ToString(), "deep.html", "deep.md");
        var result = new DocumentConverter(ConversionOptions.Default).Convert(read.Documents[0]);
        Assert.NotNull(result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BlockCommentBroken.Code);
        Assert.Contains("![A](a.png)", result.Markdown);
    }

    [Fact]
    public void An_inner_block_outside_its_parent_is_reported_and_kept()
    {
        var (body, issues) = Annotate("<!-- wp:group --><div class=\"g\"><!-- wp:column --><div class=\"c\"><p>x</p></div><!-- /wp:column --></div><!-- /wp:group -->\n<!-- wp:columns --><div><!-- wp:column --><div><p>y</p></div><!-- /wp:column --></div><!-- /wp:columns -->");
        var issue = Assert.Single(issues);
        Assert.Equal(DiagnosticCodes.BlockOutOfPlace, issue.Code);
        Assert.Contains("inside core/group", issue.Message);
        Assert.Equal("core/column", BlockNaming.NameOf(body.QuerySelector(".c")!));
    }
}
