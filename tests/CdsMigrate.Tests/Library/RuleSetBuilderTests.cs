using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;

namespace CdsMigrate.Tests.Library;

/// <summary>
/// The library's extension points (issue 11, point 4), used only through the public API: a rule of one's own added
/// to the default set, a rule failing a document, a rule unit-tested alone, a model node that writes itself.
/// </summary>
public sealed class RuleSetBuilderTests
{
    private static readonly DiagnosticCode NoticeWithoutText = new("ACME001", Severity.Error, "Notice without text", "Write the notice's text.");

    /// <summary>
    /// Converts <c>div.acme-notice</c> to a notice written by a node of its own (a div around Markdown, or a Hugo
    /// shortcode); fails the document for an empty one.
    /// </summary>
    private sealed class AcmeNoticeRule(bool shortcode = false) : IBlockRule
    {
        public string Name => "acme/notice";

        public string Matches => "div.acme-notice";

        public string Produces => "{{< notice >}} around the text";

        public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "div" && element.ClassList.Contains("acme-notice");

        public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
        {
            if (element.TextContent.Trim().Length == 0)
            {
                context.Fail(NoticeWithoutText, element, "an empty notice", Name);
                return [];
            }

            return [new NoticeBlock(context.ConvertChildren(element), shortcode)];
        }
    }

    /// <summary>A node the model has no equivalent for, writing its own Markdown around the blocks it holds.</summary>
    private sealed record NoticeBlock(IReadOnlyList<MdBlock> Blocks, bool Shortcode) : MdCustomBlock
    {
        public override string ToMarkdown(MarkdownFlavor flavor)
        {
            string text = string.Join("\n\n", Blocks.OfType<MdParagraph>().Select(p => string.Concat(p.Inlines.OfType<MdText>().Select(t => t.Text))));
            return Shortcode ? "{{< notice >}}\n" + text + "\n{{< /notice >}}" : "<div class=\"notice\">\n\n" + text + "\n\n</div>";
        }
    }

    private sealed record UnwritableBlock : MdBlock;

    private sealed class UnwritableRule : IBlockRule
    {
        public string Name => "acme/unwritable";

        public string Matches => "aside";

        public string Produces => "a node with no writer";

        public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "aside";

        public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => [new UnwritableBlock()];
    }

    private static IElement Parse(string html) => new HtmlParser().ParseDocument("<body>" + html).Body!.FirstElementChild!;

    [Fact]
    public void A_rule_of_ones_own_goes_first_and_its_node_writes_itself()
    {
        var rules = RuleSet.Default.ToBuilder().AddFirst(new AcmeNoticeRule()).Build();

        var conversion = MarkdownConverter.Convert("<p>Before.</p>\n<div class=\"acme-notice\"><p>Closed Monday</p></div>", new ConversionOptions { Rules = rules });

        Assert.Equal("Before.\n\n<div class=\"notice\">\n\nClosed Monday\n\n</div>\n", conversion.Markdown);
        Assert.False(conversion.HasErrors, string.Join("\n", conversion.Diagnostics));
        Assert.Same(rules.Rules[0], rules.Rules.First(r => r.Name == "acme/notice"));
        Assert.Equal(RuleSet.Default.Rules.Count + 1, rules.Rules.Count);
        // Without the rule, html/container unwraps the div: the notice is a plain paragraph.
        Assert.Equal("Before.\n\nClosed Monday\n", MarkdownConverter.Convert("<p>Before.</p>\n<div class=\"acme-notice\"><p>Closed Monday</p></div>").Markdown);
    }

    [Fact]
    public void A_node_of_ones_own_is_verified_like_any_other()
    {
        // In GFM a shortcode is text the source does not have: the verifier says so (CDS9002), as for a built-in rule.
        var rules = RuleSet.Default.ToBuilder().AddFirst(new AcmeNoticeRule(shortcode: true)).Build();

        var conversion = MarkdownConverter.Convert("<div class=\"acme-notice\"><p>Closed Monday</p></div>", new ConversionOptions { Rules = rules });

        Assert.Equal("{{< notice >}}\nClosed Monday\n{{< /notice >}}\n", conversion.Markdown);
        Assert.True(conversion.HasErrors);
        Assert.Contains(conversion.Diagnostics, d => d.Code == DiagnosticCodes.VerifyWord.Code);
    }

    [Fact]
    public void A_rule_fails_the_document_with_an_error_diagnostic()
    {
        var rules = RuleSet.Default.ToBuilder().AddBefore("html/container", new AcmeNoticeRule()).Build();

        var conversion = MarkdownConverter.Convert("<p>Before.</p>\n<div class=\"acme-notice\"> </div>", new ConversionOptions { Rules = rules }, "post.html");

        Assert.Null(conversion.Markdown);
        Assert.False(conversion.Succeeded);
        var error = Assert.Single(conversion.Diagnostics, d => d.Code == "ACME001");
        Assert.Equal((Severity.Error, "post.html", 2, 1, "acme/notice"), (error.Severity, error.File, error.Line, error.Column, error.Block));
    }

    [Fact]
    public void A_rule_is_unit_tested_alone_with_a_context_of_its_own()
    {
        var context = ConversionContext.Create(file: "notice.html");
        var rule = new AcmeNoticeRule();
        var element = Parse("<div class=\"acme-notice\"><p>Closed <em>Monday</em></p></div>");

        Assert.True(rule.IsMatch(element, context));
        var block = Assert.IsType<NoticeBlock>(Assert.Single(rule.Convert(element, context)));
        var paragraph = Assert.IsType<MdParagraph>(Assert.Single(block.Blocks));
        Assert.Equal(new MdText("Closed "), paragraph.Inlines[0]);
        Assert.IsType<MdEmphasis>(paragraph.Inlines[1]);
        Assert.False(context.Failed);
        Assert.Empty(context.Diagnostics);

        var empty = ConversionContext.Create(file: "notice.html");
        Assert.Empty(rule.Convert(Parse("<div class=\"acme-notice\"></div>"), empty));
        Assert.True(empty.Failed);
        Assert.Equal("notice.html:1:1: error ACME001: an empty notice [acme/notice]", Assert.Single(empty.Diagnostics).ToString());
    }

    [Fact]
    public void Rules_are_removed_and_wrapped_by_name_and_a_wrong_name_is_refused()
    {
        var withoutQuotes = RuleSet.Default.ToBuilder().Remove("core/quote").Build();
        Assert.DoesNotContain(withoutQuotes.Rules, r => r.Name == "core/quote");
        Assert.Contains(RuleSet.Default.Rules, r => r.Name == "core/quote");
        var kept = MarkdownConverter.Convert("<blockquote><p>Said</p></blockquote>", new ConversionOptions { Rules = withoutQuotes });
        Assert.Contains("<blockquote>", kept.Markdown);
        Assert.Contains(kept.Diagnostics, d => d.Code == DiagnosticCodes.RawHtmlKept.Code);

        int seen = 0;
        var wrapped = RuleSet.Default.ToBuilder().Replace("core/quote", r => { seen++; return r; }).Build();
        Assert.Equal(1, seen);
        Assert.Equal(RuleSet.Default.Rules, wrapped.Rules);

        Assert.Throws<ArgumentException>(() => RuleSet.Default.ToBuilder().Remove("core/qoute"));
        Assert.Throws<ArgumentException>(() => RuleSet.Default.ToBuilder().AddBefore("nope", new AcmeNoticeRule()));
    }

    [Fact]
    public void A_node_that_does_not_write_itself_fails_the_document_with_CDS3002()
    {
        var rules = RuleSet.Default.ToBuilder().AddFirst(new UnwritableRule()).Build();

        var conversion = MarkdownConverter.Convert("<aside>x</aside>", new ConversionOptions { Rules = rules });

        Assert.Null(conversion.Markdown);
        var error = Assert.Single(conversion.Diagnostics, d => d.Code == DiagnosticCodes.InternalError.Code);
        Assert.Contains("MdCustomBlock", error.Message);
    }
}
