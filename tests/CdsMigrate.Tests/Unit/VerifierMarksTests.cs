using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Verification;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// The entries block rules leave in the ledger for the verifier (implied links and images, elements read as a
/// quote or as text, list grids) make faithful output pass, and still catch output that loses what they record.
/// (Issue 11: these were data-cdsmigrate-* attributes on the source DOM; now typed entries, each with its diagnostic.)
/// </summary>
public sealed class VerifierMarksTests
{
    private static IReadOnlyList<Diagnostic> Verify(string html, string markdown, Action<AngleSharp.Dom.IElement> mark, MarkdownFlavor flavor = MarkdownFlavor.Gfm)
    {
        var body = HtmlBodyParser.Parse(html).Body;
        _ledger = new DropLedger();
        mark(body);
        return OutputVerifier.Verify(SiteReference.OfHtml(body, "t.html", 1, 1), markdown, _ledger, ConversionOptions.Default with { Flavor = flavor });
    }

    [ThreadStatic]
    private static DropLedger? _ledger;

    private static readonly SourceSpan Here = new("t.html", 1, 1);

    private static void Add(AngleSharp.Dom.IElement e, LedgerKind kind, string? value = null, string? alt = null) =>
        _ledger!.Add(new LedgerEntry(e, Here, kind, DiagnosticCodes.LayoutLost.At(Here, "test")) { Value = value, Alt = alt });

    private const string Embed = "<figure class=\"wp-block-embed\"><div class=\"wp-block-embed__wrapper\"><iframe src=\"https://player.vimeo.com/video/1\"></iframe></div></figure>";

    [Fact]
    public void An_implied_link_is_expected_in_the_output()
    {
        void Mark(AngleSharp.Dom.IElement b)
        {
            Add(b.QuerySelector("div")!, LedgerKind.ImpliedLink, "https://vimeo.com/1");
            Add(b.QuerySelector("div")!, LedgerKind.ImpliedText, "https://vimeo.com/1");
        }

        Assert.Empty(Verify(Embed, "[https://vimeo.com/1](https://vimeo.com/1)\n", Mark));
        Assert.Contains(Verify(Embed, "Nothing here.\n", Mark), d => d.Code == DiagnosticCodes.VerifyLink.Code);
    }

    [Fact]
    public void An_implied_image_keeps_its_alt()
    {
        const string cover = "<div class=\"wp-block-cover\" style=\"background-image:url(a.jpg)\"><p>Text</p></div>";
        void Mark(AngleSharp.Dom.IElement b) => Add(b.QuerySelector("div")!, LedgerKind.ImpliedImage, "a.jpg", "Hill");
        Assert.Empty(Verify(cover, "![Hill](a.jpg)\n\nText\n", Mark));
        Assert.Contains(Verify(cover, "![Other](a.jpg)\n\nText\n", Mark), d => d.Message.Contains("image"));
    }

    [Theory]
    [InlineData(MarkdownFlavor.Gfm, "> [!WARNING]\n> **Title**\n>\n> Body text.\n")]
    [InlineData(MarkdownFlavor.Hugo, "> [!WARNING]\n> **Title**\n>\n> Body text.\n")]
    [InlineData(MarkdownFlavor.CommonMark, "> **Title**\n>\n> Body text.\n")]
    public void An_alert_is_read_as_a_quote_in_every_flavour(MarkdownFlavor flavor, string markdown)
    {
        const string alert = "<section class=\"wp-block-cds-snc-alert\"><details class=\"alert alert-warning\" open><summary class=\"h3\"><h3>Title</h3></summary><p>Body text.</p></details></section>";
        void Mark(AngleSharp.Dom.IElement b) => Add(b.QuerySelector("section")!, LedgerKind.ReadAsQuote);
        Assert.Empty(Verify(alert, markdown, Mark, flavor));
        Assert.NotEmpty(Verify(alert, markdown.Replace("Body", "Bodies", StringComparison.Ordinal), Mark, flavor));
    }

    [Fact]
    public void A_verse_is_text_and_a_gallery_grid_is_not_a_list()
    {
        const string html = "<pre class=\"wp-block-verse\">One line\nTwo line</pre><ul class=\"blocks-gallery-grid\"><li><img src=\"a.png\" alt=\"A\"></li></ul>";
        void Mark(AngleSharp.Dom.IElement b)
        {
            Add(b.QuerySelector("pre")!, LedgerKind.ReadAsText);
            Add(b.QuerySelector("ul")!, LedgerKind.ReadAsLayout);
        }

        Assert.Empty(Verify(html, "One line\\\nTwo line\n\n![A](a.png)\n", Mark));
        Assert.NotEmpty(Verify(html, "One line\\\nTwo\n\n![A](a.png)\n", Mark));
    }
}
