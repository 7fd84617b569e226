using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 11, point 1: the verifier trusts no one. A rule can leave content out only through the converter's ledger,
/// whose every entry carries the diagnostic that tells the user; a rule that drops anything any other way is caught
/// by the verifier as a located error, and one that forces a drop without a diagnostic fails the document.
/// </summary>
public sealed class DropLedgerTests
{
    private const string Html = "<p>Keep this.</p>\n<p>Lose this paragraph.</p>\n<p>And this one.</p>\n";

    private static ConversionResult Convert(string html, RuleSet? rules = null, BodySyntax syntax = BodySyntax.Html) =>
        new DocumentConverter(ConversionOptions.Default, rules).Convert(new SourceDocument
        {
            SourcePath = "post.html",
            OutputPath = "post.md",
            Html = html,
            BodySyntax = syntax,
        });

    /// <summary>The paragraph rule, replaced by one that does something to the paragraph holding "Lose".</summary>
    private static RuleSet WithParagraphs(Func<IElement, ConversionContext, IReadOnlyList<MdBlock>?> onLose) =>
        new(RuleSet.Default.Rules.Select(r => r.Name == "core/paragraph" ? new TamperingRule(r, onLose) : r).ToList(), RuleSet.Default.Fallback);

    private sealed class TamperingRule(IBlockRule inner, Func<IElement, ConversionContext, IReadOnlyList<MdBlock>?> onLose) : IBlockRule
    {
        public string Name => inner.Name;

        public string Matches => inner.Matches;

        public string Produces => inner.Produces;

        public bool IsMatch(IElement element, ConversionContext context) => inner.IsMatch(element, context);

        public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) =>
            element.TextContent.Contains("Lose", StringComparison.Ordinal) && onLose(element, context) is { } replaced
                ? replaced
                : inner.Convert(element, context);
    }

    [Fact]
    public void A_rule_that_returns_nothing_without_a_ledger_entry_is_a_located_word_error()
    {
        // What MarkDropped allowed before issue 11: the paragraph vanished with zero diagnostics.
        var result = Convert(Html, WithParagraphs((_, _) => []));

        Assert.DoesNotContain("Lose", result.Markdown);
        var lost = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.VerifyWord.Code);
        Assert.Equal(2, lost.Line);
        Assert.Equal(1, lost.Column);
        Assert.Contains("'Lose this paragraph.' is missing", lost.Message);
    }

    [Fact]
    public void A_drop_forced_through_without_a_diagnostic_fails_the_document_with_a_located_error()
    {
        // `context.Drop(element, null)` does not compile: the diagnostic is non-nullable and nullable warnings are
        // errors (Directory.Build.props). Forced through with `null!`, the ledger refuses it: no silent drop.
        var result = Convert(Html, WithParagraphs((element, context) =>
        {
            context.Drop(element, null!);
            return [];
        }));

        Assert.True(result.Failed);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.InternalError.Code, error.Code);
        Assert.Equal("post.html", error.File);
        Assert.Equal(1, error.Line);
        Assert.Contains("because", error.Message);
    }

    [Fact]
    public void A_drop_with_its_diagnostic_is_reported_and_verifies_clean()
    {
        var because = (Diagnostic?)null;
        var result = Convert(Html, WithParagraphs((element, context) =>
        {
            because = DiagnosticCodes.BlockDropped.At(context.SpanOf(element), "left out on purpose", "core/paragraph");
            context.Drop(element, because);
            return [];
        }));

        Assert.False(result.Failed);
        Assert.DoesNotContain("Lose", result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));
        // The justification is what the user reads, reported once, though the rule never reported it itself.
        var reported = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BlockDropped.Code);
        Assert.Equal(because, reported);
        Assert.Equal(2, reported.Line);
    }

    [Fact]
    public void The_converter_cannot_excuse_a_drop_with_a_verification_code()
    {
        var result = Convert(Html, WithParagraphs((element, context) =>
        {
            context.Drop(element, DiagnosticCodes.VerifyWord.At(context.SpanOf(element), "nothing to see"));
            return [];
        }));

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.VerifyLedger.Code && d.Line == 2);
    }

    [Fact]
    public void The_file_blocks_duplicate_button_is_a_ledger_drop_with_its_diagnostic()
    {
        const string file = "<div class=\"wp-block-file\"><a href=\"/r.pdf\">Annual report</a><a href=\"/r.pdf\" class=\"wp-block-file__button\" download>Download</a></div>\n";

        var result = Convert(file);

        Assert.Equal("[Annual report](/r.pdf)\n", result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutLost.Code && d.Message.Contains("'Download'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ledger_entry_in_an_html_block_of_a_markdown_post_is_found_in_the_sites_rendering()
    {
        // The HTML block is converted in its own DOM; the verifier renders the Markdown post as the site does and
        // finds the dropped button there again, so the faithful output verifies clean.
        const string post = "Intro text.\n\n<div class=\"wp-block-file\"><a href=\"/r.pdf\">Annual report</a><a href=\"/r.pdf\" class=\"wp-block-file__button\" download>Download</a></div>\n\nOutro text.\n";

        var result = Convert(post, syntax: BodySyntax.Markdown);

        Assert.Contains("[Annual report](/r.pdf)", result.Markdown);
        Assert.DoesNotContain("Download", result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));
    }

    [Fact]
    public void No_data_attribute_channel_is_left_between_conversion_and_verification()
    {
        // The attributes the parse stage writes (block names from comments, placeholders, expanded embeds) are
        // annotations of the source; nothing the rules or the verifier read is written into the DOM any more.
        var result = Convert(Html);
        Assert.DoesNotContain("data-cdsmigrate", result.Markdown);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.RepoPaths.Root, "src", "CdsMigrate.Core"), "*.cs", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file);
            foreach (var channel in new[] { "data-cdsmigrate-dropped", "data-cdsmigrate-flattened", "data-cdsmigrate-implied", "data-cdsmigrate-read-as", "MarkDropped", "MarkImplied", "MarkReadAs" })
            {
                Assert.False(text.Contains(channel, StringComparison.Ordinal), $"{file} still uses {channel}");
            }
        }
    }
}
