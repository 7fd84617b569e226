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
internal sealed class CdsAlertRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "cds-snc/alert";

    public string Matches => "section.wp-block-cds-snc-alert (details.alert-info|success|warning|danger)";

    public string Produces => "`> [!NOTE]`/`[!TIP]`/`[!WARNING]`/`[!CAUTION]` with the bold title (gfm); a quote with the bold title (commonmark, hugo: info)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.AlertAsQuote, DiagnosticCodes.LayoutLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "cds-snc-alert");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var details = element.LocalName == "details" ? element : element.QuerySelector("details") ?? element;
        var summary = details.Children.FirstOrDefault(c => c.LocalName == "summary");
        var title = summary is null ? [] : DetailsRule.SummaryInlines(summary, context);
        var body = context.ConvertFlow(details.ChildNodes.Where(n => n != summary));
        // Every flavour writes a quote (a GitHub alert is one): the writer says how, CDS1105 as a [!KIND] alert that
        // no longer closes, or CDS1118 as a plain quote, and that diagnostic justifies the reading (issue 11).
        var origin = context.OriginOf(element, Name);
        context.ReadAs(element, LedgerKind.ReadAsQuote, origin);
        return [new MdAlert(KindOf(details), title, body) { Origin = origin }];
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
