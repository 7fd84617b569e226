using System.Globalization;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// CommonMark has no strikethrough, tables, footnotes, alerts or heading ids: each is said with raw HTML or plain
/// Markdown that shows the same, and the loss reported where the source had it.
/// </summary>
internal sealed class CommonMarkFlavor : FlavorStrategy
{
    public static readonly CommonMarkFlavor Instance = new();

    private CommonMarkFlavor()
    {
    }

    public override MarkdownFlavor Flavor => MarkdownFlavor.CommonMark;

    public override bool HasFootnotes => false;

    protected override MdBlock? ReplaceBlock(MdBlock block, DegradationReport report)
    {
        switch (block)
        {
            case MdFootnotes footnotes:
                // The writer writes the notes as a numbered list whose items start with the anchors the references link to.
                foreach (var origin in footnotes.Origins)
                {
                    report.Report(origin, DiagnosticCodes.FootnotesAsList, "footnotes written as a numbered list with anchors: CommonMark has no footnotes");
                }

                return null;
            case MdTable table:
                if (table.Origin is { } at)
                {
                    ReportTableAsHtml(at, report, TableAsHtmlReason(""));
                }

                return AsHtml(table);
            case MdAlert alert:
                ReportAlertAsQuote(alert, report, "CommonMark has no alerts");
                return null;
            default:
                return AnchorInHeadingText(block);
        }
    }

    protected override string TableAsHtmlReason(string why) => "CommonMark has no tables";

    /// <summary>
    /// The table as the source's tags (its sections, th and td with their scope) with Markdown cells: each cell's text
    /// split into paragraphs at double line breaks, as the converter reads a cell's content (ParagraphBreaks).
    /// </summary>
    private static MdHtmlContainer AsHtml(MdTable table)
    {
        var rows = new List<IReadOnlyList<IReadOnlyList<MdInline>>> { table.Header };
        rows.AddRange(table.Rows);
        var shape = table.Html ?? new MdTableHtml(
            rows.Select((_, i) => i == 0 ? "thead" : "tbody").ToList(),
            rows.Select((r, i) => (IReadOnlyList<MdTableHtmlCell>)r.Select(_ => i == 0 ? new MdTableHtmlCell("th", "<th>") : new MdTableHtmlCell("td", "<td>")).ToList()).ToList());
        var sections = new List<MdBlock>();
        foreach (var group in rows.Select((cells, i) => (Cells: cells, Index: i)).GroupBy(r => shape.Sections[r.Index]))
        {
            var trs = group.Select(r => (MdBlock)new MdHtmlContainer("tr", "<tr>",
                r.Cells.Select((cell, c) => (MdBlock)new MdHtmlContainer(shape.Cells[r.Index][c].TagName, shape.Cells[r.Index][c].OpenTag,
                    ParagraphBreaks.Split(cell).Select(p => (MdBlock)new MdParagraph(p)).ToList())).ToList())).ToList();
            sections.Add(new MdHtmlContainer(group.Key, $"<{group.Key}>", trs));
        }

        return new MdHtmlContainer("table", "<table>", sections);
    }

    protected override IReadOnlyList<MdInline>? ReplaceInline(MdInline inline, DegradationReport report)
    {
        switch (inline)
        {
            case MdStrike { FromWrapper: true } strike:
                // An inline element around blocks (InlineWrapper): CommonMark output has always left this strike out,
                // without a diagnostic (kept byte for byte by issue 11; a <del> like the others would be more faithful).
                return strike.Children;
            case MdStrike strike:
                if (strike.Origin is { } origin)
                {
                    report.Report(origin, DiagnosticCodes.StrikeAsHtml, $"<{origin.Block}> kept as <del>: CommonMark has no strikethrough");
                }

                return [new MdHtmlInline("del", "<del>", strike.Children)];
            case MdFootnoteReference reference:
                // The notes are a numbered list with anchors (see MdFootnotes): the reference links to its note.
                string number = reference.Number.ToString(CultureInfo.InvariantCulture);
                return [new MdHtmlInline("sup", "<sup>", [new MdLink("#" + FootnoteIds.Note(reference.Number), null, [new MdText(number)])])];
            default:
                return null;
        }
    }
}
