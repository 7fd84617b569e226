using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// The verifier compares each aspect and names it with its own code. Each test hands it a source and a
/// hand-written Markdown that is faithful, or wrong in exactly one way.
/// </summary>
public sealed class OutputVerifierTests
{
    private static IReadOnlyList<Diagnostic> Verify(string html, string markdown, MarkdownFlavor flavor = MarkdownFlavor.Gfm) =>
        OutputVerifier.Verify(HtmlBodyParser.Parse(html).Body, markdown, ConversionOptions.Default with { Flavor = flavor }, "post.md", 10);

    private static void AssertOnly(string code, IReadOnlyList<Diagnostic> diagnostics)
    {
        Assert.True(diagnostics.Count > 0, $"expected {code}, got no diagnostic");
        Assert.All(diagnostics, d => Assert.Equal(code, d.Code));
        Assert.All(diagnostics, d => Assert.Equal(Severity.Error, d.Severity));
    }

    [Theory]
    [InlineData("<p>One two three.</p>", "One two three.\n")]
    [InlineData("<p>Entities: &eacute;t&eacute; &amp; caf&#233;</p>", "Entities: été &amp; café\n")]
    [InlineData("<div class=\"wrap\"><p>  Spaced\n   out   <span>text</span></p></div>", "Spaced out text\n")]
    [InlineData("<ol start=\"4\"><li>Four</li><li>Five</li></ol>", "4. Four\n5. Five\n")]
    [InlineData("<ol><li>One</li></ol><p>Between</p><ol start=\"2\"><li>Two</li></ol>", "1. One\n\nBetween\n\n2. Two\n")]
    [InlineData("<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>", "<ol reversed><li>Three</li><li>Two</li><li>One</li></ol>\n")]
    [InlineData("<p>Prix&nbsp;: 10&nbsp;%</p>", "Prix\u00a0: 10&nbsp;%\n")]
    [InlineData("<table><tbody><tr><td>Only cell, a coloured box</td></tr></tbody></table>", "Only cell, a coloured box\n")]
    [InlineData("<pre class=\"wp-block-code\"><code>if (a) {\n    b();\n}</code></pre>", "```\nif (a) {\n    b();\n}\n```\n")]
    [InlineData("<p>Before</p><script>var hidden = 1;</script><p>After</p>", "Before\n\nAfter\n")]
    public void Faithful_output_verifies_clean(string html, string markdown) => Assert.Empty(Verify(html, markdown));

    [Fact]
    public void Deliberately_dropped_content_is_not_counted_as_lost()
    {
        var body = HtmlBodyParser.Parse("<p>Kept</p><div class=\"ad\">Buy now</div>").Body;
        var ad = body.QuerySelector("div.ad")!;
        var ledger = new DropLedger();
        var at = new SourceSpan("post.md", 1, 12);
        ledger.Add(new LedgerEntry(ad, at, LedgerKind.Dropped, DiagnosticCodes.BlockDropped.At(at, "dropped")));
        Assert.Empty(OutputVerifier.Verify(SiteReference.OfHtml(body, "post.md", 1, 1), "Kept\n", ledger, ConversionOptions.Default));
        // Without the entry, the same output has lost words.
        Assert.Contains(OutputVerifier.Verify(body, "Kept\n", ConversionOptions.Default, "post.md", 1), d => d.Code == DiagnosticCodes.VerifyWord.Code);
    }

    [Fact]
    public void A_lost_word_is_CDS9002_at_its_block()
    {
        var diagnostics = Verify("<p>First paragraph.</p>\n<p>The quick brown fox.</p>", "First paragraph.\n\nThe brown fox.\n");
        AssertOnly("CDS9002", diagnostics);
        var d = Assert.Single(diagnostics);
        Assert.Equal(11, d.Line); // second line of the HTML, which starts at line 10
        Assert.Equal("p", d.Block);
        Assert.Contains("'quick'", d.Message);
        Assert.Contains("missing", d.Message);
    }

    [Fact]
    public void Several_lost_words_far_apart_are_each_reported()
    {
        string words = string.Join(' ', Enumerable.Range(1, 30).Select(i => "w" + i));
        string broken = words.Replace("w5 ", "").Replace("w25 ", "");
        var diagnostics = Verify($"<p>{words}</p>", broken + "\n");
        Assert.Equal(2, diagnostics.Count(d => d.Code == "CDS9002"));
    }

    [Fact]
    public void A_nonbreaking_space_turned_into_a_space_is_CDS9003_not_a_word_change()
    {
        var diagnostics = Verify("<p>Il reste 10&nbsp;% du budget.</p>", "Il reste 10 % du budget.\n");
        AssertOnly("CDS9003", diagnostics);
        Assert.Contains("10<nbsp>%", diagnostics[0].Message);
    }

    [Fact]
    public void A_heading_level_change_is_CDS9004() =>
        AssertOnly("CDS9004", Verify("<h2>Title</h2><p>Text</p>", "### Title\n\nText\n"));

    [Fact]
    public void A_restarted_list_is_CDS9005() =>
        AssertOnly("CDS9005", Verify("<ol start=\"3\"><li>Three</li><li>Four</li></ol>", "1. Three\n2. Four\n"));

    [Fact]
    public void A_changed_link_target_is_CDS9006() =>
        AssertOnly("CDS9006", Verify("<p>See <a href=\"https://example.org/a\">this</a>.</p>", "See [this](https://example.org/b).\n"));

    [Fact]
    public void A_lost_alt_text_is_CDS9007() =>
        AssertOnly("CDS9007", Verify("<p><img src=\"/a.png\" alt=\"A chart\"></p>", "![](/a.png)\n"));

    [Fact]
    public void Text_leaving_a_quote_is_CDS9008() =>
        AssertOnly("CDS9008", Verify("<blockquote><p>Quoted words</p></blockquote>", "> Quoted\n\nwords\n"));

    [Fact]
    public void Content_leaving_a_details_is_CDS9009() =>
        AssertOnly("CDS9009", Verify("<details><summary>More</summary><p>Hidden text</p></details>",
            "<details>\n<summary>More</summary>\n\n</details>\n\nHidden text\n"));

    [Fact]
    public void Shifted_table_cells_are_CDS9010() =>
        AssertOnly("CDS9010", Verify("<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>1 2</td><td>3</td></tr></tbody></table>",
            "| A | B |\n| --- | --- |\n| 1 | 2 3 |\n"));

    [Fact]
    public void Lost_code_line_breaks_are_CDS9011() =>
        AssertOnly("CDS9011", Verify("<pre><code>a = 1\nb = 2</code></pre>", "```\na = 1 b = 2\n```\n"));

    [Fact]
    public void WordPress_footnotes_match_Markdown_footnotes()
    {
        const string html = "<p>Claim<sup data-fn=\"f1\" class=\"fn\"><a href=\"#f1\" id=\"f1-link\">1</a></sup> stands.</p>" +
            "<ol class=\"wp-block-footnotes\"><li id=\"f1\">The source. <a href=\"#f1-link\" aria-label=\"Jump to footnote reference 1\">↩︎</a></li></ol>";
        Assert.Empty(Verify(html, "Claim[^1] stands.\n\n[^1]: The source.\n"));
        // A changed footnote text is a footnote difference (and, of course, a word difference).
        var changed = Verify(html, "Claim[^1] stands.\n\n[^1]: Another source.\n");
        Assert.Contains(changed, d => d.Code == "CDS9012");
        Assert.All(changed, d => Assert.Contains(d.Code, new[] { "CDS9012", "CDS9002" }));
        // A footnote turned into plain text is a lost footnote (its label, now a word, differs too).
        var flattened = Verify(html, "Claim1 stands.\n\nThe source.\n");
        Assert.Contains(flattened, d => d.Code == "CDS9012");
        Assert.All(flattened, d => Assert.Contains(d.Code, new[] { "CDS9012", "CDS9002" }));
    }

    [Fact]
    public void A_link_whose_anchor_was_lost_is_CDS9013() =>
        AssertOnly("CDS9013", Verify("<p><a href=\"#part2\">Go to part 2</a></p><h2 id=\"part2\">Part 2</h2>", "[Go to part 2](#part2)\n\n## Part 2\n"));

    [Theory]
    [InlineData("Do not press this x H2O\n")] // everything flattened to plain text (issue 11)
    [InlineData("Do **not** press *this* `x` H2O\n")] // the subscript lost
    [InlineData("Do **not** press this `x` H<sub>2</sub>O\n")] // the italic lost
    [InlineData("Do *not* press *this* `x` H<sub>2</sub>O\n")] // bold became italic
    [InlineData("Do **not press** *this* `x` H<sub>2</sub>O\n")] // the bold grew by a word
    [InlineData("Do **not** press *this* x H<sub>2</sub>O\n")] // the code lost
    [InlineData("Do **not** press [*this*](https://example.org) `x` H<sub>2</sub>O\n")] // link text added
    public void Lost_or_changed_inline_formatting_is_CDS9020(string markdown) =>
        AssertOnly("CDS9020", Verify("<p>Do <strong>not</strong> press <em>this</em> <code>x</code> H<sub>2</sub>O</p>", markdown)
            .Where(d => d.Code != "CDS9006").ToList());

    [Theory]
    [InlineData("<p>Do <b>not</b> press <i>this</i>.</p>", "Do **not** press *this*.\n")] // b = strong, i = em
    [InlineData("<p>Do <strong>not</strong><strong> ever</strong> press.</p>", "Do **not ever** press.\n")] // adjacent runs merge
    [InlineData("<p>Do <strong>not </strong>press.</p>", "Do **not** press.\n")] // edge whitespace is no part of the run
    [InlineData("<p><strong><em>Both</em></strong> ways</p>", "*__Both__* ways\n")] // nesting order does not count
    [InlineData("<p><span style=\"font-weight:700\">Styled</span> bold</p>", "**Styled** bold\n")] // a styled span is what a reader sees
    [InlineData("<p><s>Old</s> <tt>mono</tt></p>", "~~Old~~ `mono`\n")] // s = del, tt = code
    [InlineData("<p><code>c<sub>1</sub></code></p>", "`c1`\n")] // a code span holds no subscript
    [InlineData("<pre><code><b>bold</b> code</code></pre>", "```\nbold code\n```\n")] // a code block holds no formatting
    [InlineData("<p><strong>One.</strong></p><p><strong>Two.</strong></p>", "**One.**\n\n**Two.**\n")]
    public void Inline_formatting_is_normalised_where_markdown_cannot_differ(string html, string markdown) =>
        Assert.Empty(Verify(html, markdown));

    [Fact]
    public void Every_aspect_has_a_distinct_catalogued_error_code()
    {
        var codes = OutputVerifier.Aspects.Values.Select(a => a.Code).ToList();
        Assert.Equal(Enum.GetValues<FingerprintAspect>().Length, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Contains(c, DiagnosticCodes.All));
        Assert.All(codes, c => Assert.Equal(Severity.Error, c.Severity));
    }

    [Fact]
    public void No_verify_says_so_with_CDS5001_and_compares_nothing()
    {
        var read = PostFileReader.ReadText("<p>Text</p>\n", "post.html", "post.md");
        var result = new DocumentConverter(ConversionOptions.Default with { Verify = false }).Convert(read.Documents[0]);
        Assert.Contains(result.Diagnostics, d => d.Code == "CDS5001" && d.Severity == Severity.Info);
    }
}
