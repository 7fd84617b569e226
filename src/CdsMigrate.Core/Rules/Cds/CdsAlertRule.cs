using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules.Html;

namespace CdsMigrate.Core.Rules.Cds;

/// <summary>
/// cds-snc/alert: <c>section &gt; details.alert.alert-TYPE[open] &gt; summary &gt; h3</c> then the text. It is a
/// callout, always open, so it becomes an alert: info → NOTE, success → TIP, warning → WARNING,
/// danger → CAUTION, with the title in bold (CommonMark and Hugo: a quote with the bold title, and an info).
/// </summary>
internal sealed class CdsAlertRule : IBlockRule
{
    public string Name => "cds-snc/alert";

    public string Matches => "section.wp-block-cds-snc-alert (details.alert-info|success|warning|danger)";

    public string Produces => "`> [!NOTE]`/`[!TIP]`/`[!WARNING]`/`[!CAUTION]` with the bold title (gfm); a quote with the bold title (commonmark, hugo: info)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.AlertAsQuote];

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "cds-snc-alert");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var details = element.LocalName == "details" ? element : element.QuerySelector("details") ?? element;
        var summary = details.Children.FirstOrDefault(c => c.LocalName == "summary");
        var title = summary is null ? [] : DetailsRule.SummaryInlines(summary, context);
        var body = context.ConvertFlow(details.ChildNodes.Where(n => n != summary));
        var kind = KindOf(details);
        ConversionContext.MarkReadAs(element, "quote");
        if (context.Flavor != MarkdownFlavor.Gfm)
        {
            // Hugo 0.111 shows "[!NOTE]" as text; newer Hugo needs a blockquote render hook for alerts.
            string why = context.Flavor == MarkdownFlavor.Hugo ? "Hugo shows [!NOTE] as text unless the site has a blockquote render hook (Hugo 0.132+)" : "CommonMark has no alerts";
            context.Report(DiagnosticCodes.AlertAsQuote, element, $"alert ({kind.ToString().ToUpperInvariant()}) written as a quote with a bold title: {why}", Name);
        }

        return [new MdAlert(kind, title, body)];
    }

    private static AlertKind KindOf(IElement details)
    {
        foreach (var cls in details.ClassList)
        {
            switch (cls)
            {
                case "alert-success": return AlertKind.Tip;
                case "alert-warning": return AlertKind.Warning;
                case "alert-danger": return AlertKind.Caution;
            }
        }

        return AlertKind.Note;
    }
}
