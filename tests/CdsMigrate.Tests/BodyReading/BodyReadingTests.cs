using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.BodyReading;

/// <summary>
/// Issue 9, point 1: a content file's body is read as its site reads it (CommonMark with raw HTML). Markdown is
/// kept byte for byte, only HTML pieces are converted, a body of HTML blocks converts as WordPress HTML, and an
/// output of cdsmigrate converts to itself.
/// </summary>
public sealed class BodyReadingTests
{
    private const string FrontMatter = "---\ntitle: t\n---\n";

    private static ConversionResult Convert(string body, MarkdownFlavor flavor = MarkdownFlavor.Gfm, string path = "post.md")
    {
        var read = PostFileReader.ReadText(FrontMatter + body, path, "post.md");
        Assert.False(read.Failed);
        var result = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor }).Convert(read.Documents[0]);
        Assert.NotNull(result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return result;
    }

    private static string BodyOf(ConversionResult result)
    {
        Assert.StartsWith(FrontMatter, result.Markdown);
        return result.Markdown![FrontMatter.Length..];
    }

    [Theory]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.CommonMark)]
    [InlineData(MarkdownFlavor.Hugo)]
    public void Markdown_without_html_is_kept_byte_for_byte_and_is_already_markdown(MarkdownFlavor flavor)
    {
        const string body = "\nSee [our guide](https://example.ca/guide).\n\n## Steps\n\n1. Open\n2. Fill\n\n* odd   spacing *kept*  \n| a | b |\n|---|---|\n| 1 | 2 |\n\n    code\n\nlast line without newline";
        var result = Convert(body, flavor);
        Assert.Equal(body, BodyOf(result));
        Assert.True(result.AlreadyMarkdown);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Inline_html_in_a_markdown_paragraph_becomes_inline_markdown_and_the_rest_is_kept()
    {
        var result = Convert("\nKeep _this_ \\* and do <strong>not</strong> press <span class=\"x\">the *red* one</span>.\n");
        Assert.Equal("\nKeep _this_ \\* and do **not** press the *red* one.\n", BodyOf(result));
        Assert.False(result.AlreadyMarkdown);
    }

    [Fact]
    public void Inline_html_fits_the_characters_around_it()
    {
        // Emphasis inside a word: "**" may open and close between letters.
        Assert.Equal("\nun**believ**able <a href=\"#x\">x</a>\n".Replace("<a href=\"#x\">x</a>", "[x](#x)", StringComparison.Ordinal),
            BodyOf(Convert("\nun<strong>believ</strong>able <a href=\"#x\">x</a>\n")));
    }

    [Fact]
    public void An_html_block_between_markdown_is_converted_in_its_place()
    {
        var result = Convert("\nIntro _kept_.\n\n<p>An <em>HTML</em> paragraph.</p>\n\n- item\n\n  <p>In an <b>item</b></p>\n\n> Quote\n>\n> <p>In a <b>quote</b></p>\n");
        Assert.Equal("\nIntro _kept_.\n\nAn *HTML* paragraph.\n\n- item\n\n  In an **item**\n\n> Quote\n>\n> In a **quote**\n", BodyOf(result));
    }

    [Fact]
    public void A_converted_html_block_that_interrupted_a_paragraph_gets_a_blank_line()
    {
        Assert.Equal("\nIntro line\n\n## Title\n", BodyOf(Convert("\nIntro line\n<h2>Title</h2>\n")));
    }

    [Fact]
    public void Html_that_converts_to_raw_html_keeps_its_bytes()
    {
        const string body = "\nText *kept*.\n\n<iframe src=\"https://example.ca/embed\"   width=\"100\"></iframe>\n\nAnd H<sub>2</sub>O, a<br>b.\n";
        Assert.Equal(body, BodyOf(Convert(body)));
    }

    [Fact]
    public void Details_and_tables_with_markdown_inside_are_kept_as_written()
    {
        const string body = "\nText.\n\n<details>\n<summary>More</summary>\n\n- a\n- b\n\n</details>\n\n<table>\n<tr>\n<td>\n\n- one\n- two\n\n</td>\n</tr>\n</table>\n";
        var result = Convert(body);
        Assert.Equal(body, BodyOf(result));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.HtmlAroundMarkdownKept.Code));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.HtmlAroundMarkdownKept.Code && d.Line == 7);
    }

    [Fact]
    public void Inline_html_that_cannot_be_converted_alone_is_kept_and_said()
    {
        const string body = "\nA <span>*open* span\n\nclosed</span> later.\n";
        var result = Convert(body);
        Assert.Equal(body, BodyOf(result));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.InlineHtmlKeptAsWritten.Code));
    }

    [Fact]
    public void A_body_of_html_blocks_converts_as_wordpress_html()
    {
        // Read as HTML, as the site does: the asterisks are text there, so they stay text.
        var result = Convert("<p>One *star*</p>\n<p>Two</p>\n<img src=\"a.png\" alt=\"A\"> caption\n");
        Assert.Equal("\nOne \\*star\\*\n\nTwo\n\n![A](a.png) caption\n", BodyOf(result));
        Assert.False(result.AlreadyMarkdown);
    }

    [Fact]
    public void An_html_file_is_html_whatever_it_holds()
    {
        var result = Convert("Some *text* here\n", path: "post.html");
        Assert.Equal("\nSome \\*text\\* here\n", BodyOf(result));
    }

    [Fact]
    public void Indented_html_after_a_blank_line_is_converted_as_meant_and_said()
    {
        // CommonMark reads the indented line as a code block: the live page shows "<p>Two…</p>" as text.
        var result = Convert("<p>One</p>\n\n    <p>Two <b>bold</b></p>\n<p>Three</p>\n");
        Assert.Equal("\nOne\n\nTwo **bold**\n\nThree\n", BodyOf(result));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.IndentedHtmlReadAsHtml.Code);
        Assert.Equal((6, 5), (warning.Line, warning.Column));
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));
    }

    [Fact]
    public void An_indented_code_block_in_a_markdown_post_stays_code()
    {
        const string body = "\nShow this:\n\n    <p>HTML example</p>\n";
        var result = Convert(body);
        Assert.Equal(body, BodyOf(result));
        Assert.True(result.AlreadyMarkdown);
    }

    [Theory]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.CommonMark)]
    [InlineData(MarkdownFlavor.Hugo)]
    public void Converting_an_output_again_changes_nothing(MarkdownFlavor flavor)
    {
        const string source = "<h2>Title</h2>\n<p>Text with <sup>2</sup> and <a href=\"https://x.ca\">a link</a>.</p>\n"
            + "<details><summary>More</summary><ul><li>a</li><li>b</li></ul><p>After</p></details>\n"
            + "<table><tr><td><ul><li>x</li></ul></td><td>y</td></tr></table>\n<ol><li>one</li></ol><ol><li>two</li></ol>\n"
            + "<iframe src=\"https://example.ca/e\"></iframe>\n<figure><img src=\"i.png\" alt=\"I\"><figcaption>Cap <em>tion</em></figcaption></figure>\n";
        string once = Convert(source, flavor).Markdown!;
        var again = PostFileReader.ReadText(once, "out.md", "out.md").Documents[0];
        var twice = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor }).Convert(again);
        Assert.Equal(once, twice.Markdown);
        Assert.DoesNotContain(twice.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_reading_tells_the_pieces_apart_with_their_places()
    {
        var document = new SourceDocument { SourcePath = "p.md", OutputPath = "p.md", Html = "Text\n\n<div>x</div>\n\nA <b>b</b>\n", BodySyntax = BodySyntax.Markdown };
        var reading = BodyReader.Read(document, MarkdownFlavor.Gfm);
        Assert.Equal(BodyKind.Mixed, reading.Kind);
        Assert.Equal([BodyPieceKind.Markdown, BodyPieceKind.HtmlBlock, BodyPieceKind.Markdown, BodyPieceKind.MixedParagraph, BodyPieceKind.Markdown], reading.Pieces.Select(p => p.Kind));
        Assert.Equal((3, 1), (reading.Pieces[1].Line, reading.Pieces[1].Column));
        Assert.Equal("<div>x</div>", document.Html[reading.Pieces[1].Start..reading.Pieces[1].End]);
        Assert.Equal(document.Html.Length, reading.Pieces[^1].End);
    }
}
