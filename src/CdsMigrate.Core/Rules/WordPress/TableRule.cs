using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/table and plain tables. A pipe table when GFM can say it (one header row, no merged cells,
/// only inline content in cells); a one-cell layout table is unwrapped; anything else stays table
/// tags with Markdown inside the cells, so links and emphasis are still Markdown.
/// </summary>
internal sealed class TableRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/table";

    public string Matches => "figure.wp-block-table, table";

    public string Produces => "GFM pipe table; one-cell table unwrapped; otherwise <table> tags with Markdown cells (diagnostic)";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.TableAsHtml, DiagnosticCodes.LayoutLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("table", "figure");

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "table" || (element.LocalName == "figure" && BlockNaming.HasBlockClass(element, "table"));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var table = element.LocalName == "table" ? element : element.QuerySelector("table");
        if (table is null)
        {
            return context.ConvertChildren(element);
        }

        var blocks = new List<MdBlock>();
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        var cells = rows.SelectMany(CellsOf).ToList();
        if (cells.Count == 1)
        {
            context.Report(DiagnosticCodes.LayoutLost, table, "one-cell layout table unwrapped to its content", Name);
            blocks.AddRange(context.ConvertChildren(cells[0]));
        }
        else if (cells.Count > 0)
        {
            blocks.Add((MdBlock?)AsPipeTable(table, rows, context, out string reason) ?? AsHtmlTable(table, rows, context, reason));
        }

        var caption = element.QuerySelector("figcaption") ?? table.QuerySelector("caption");
        if (caption is not null)
        {
            var inlines = context.ConvertInlines(caption);
            if (InlineContent.HasContent(inlines))
            {
                // A table's <caption> shows above it; a figure's figcaption below (issue 10: a caption moved).
                blocks.Insert(caption.LocalName == "caption" ? 0 : blocks.Count, new MdParagraph(inlines));
            }
        }

        return blocks;
    }

    private static IEnumerable<IElement> CellsOf(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    /// <summary>
    /// A pipe table, whatever the flavour: one without tables (CommonMark) writes it as HTML tags from its
    /// <see cref="MdTableHtml"/> shape and reports that (the writer's choice, issue 11).
    /// </summary>
    private MdTable? AsPipeTable(IElement table, List<IElement> rows, ConversionContext context, out string reason)
    {
        reason = "no header row, merged cells or blocks in cells";
        if (rows.Count == 0)
        {
            return null;
        }

        if (rows.SelectMany(CellsOf).Any(c => c.QuerySelectorAll("code").Any(code => code.TextContent.Contains('|'))))
        {
            // GFM reads `a\|b` in a cell's code span as a|b, but renderers disagree (Markdig keeps the
            // backslash): a code span with a pipe is only safe in an HTML table.
            reason = "a code span in a cell holds a |";
            return null;
        }

        var header = CellsOf(rows[0]).ToList();
        bool headerRow = header.All(c => c.LocalName == "th") || rows[0].ParentElement?.LocalName == "thead";
        int width = header.Count;
        bool simple = headerRow && width > 0 && rows.All(r => CellsOf(r).Count() == width)
            && rows.SelectMany(CellsOf).All(c => !c.HasHtmlAttribute("colspan") && !c.HasHtmlAttribute("rowspan")
                && c.QuerySelector(string.Join(",", BlockSelectors)) is null);
        if (!simple)
        {
            return null;
        }

        var alignments = header.Select(AlignmentOf).ToList();
        // The origin before the cells: where a flavour without tables reports it, ahead of the cells' own diagnostics.
        var origin = context.OriginOf(table, Name);
        var html = new MdTableHtml(
            rows.Select(SectionOf).ToList(),
            rows.Select(r => (IReadOnlyList<MdTableHtmlCell>)CellsOf(r).Select(c => new MdTableHtmlCell(c.LocalName, CellOpenTag(c))).ToList()).ToList());
        return new MdTable(
            header.Select(c => (IReadOnlyList<MdInline>)context.ConvertInlines(c)).ToList(),
            alignments,
            rows.Skip(1).Select(r => (IReadOnlyList<IReadOnlyList<MdInline>>)CellsOf(r).Select(c => (IReadOnlyList<MdInline>)context.ConvertInlines(c)).ToList()).ToList())
        {
            Origin = origin,
            Html = html,
        };
    }

    private static readonly string[] BlockSelectors = ["p", "ul", "ol", "div", "table", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "details"];

    private static ColumnAlignment AlignmentOf(IElement cell)
    {
        string? align = cell.GetHtmlAttribute("data-align") ?? cell.GetHtmlAttribute("align");
        if (align is null)
        {
            foreach (var cls in cell.ClassList)
            {
                if (cls.StartsWith("has-text-align-", StringComparison.Ordinal)) align = cls["has-text-align-".Length..];
            }
        }

        return align switch { "left" => ColumnAlignment.Left, "center" => ColumnAlignment.Center, "right" => ColumnAlignment.Right, _ => ColumnAlignment.None };
    }

    private static string SectionOf(IElement row) => row.ParentElement?.LocalName is "thead" or "tfoot" ? row.ParentElement.LocalName : "tbody";

    /// <summary>Table tags with Markdown cells; the writer reports it (CDS1107), with <paramref name="reason"/> or its flavour's.</summary>
    private MdHtmlContainer AsHtmlTable(IElement table, List<IElement> rows, ConversionContext context, string reason)
    {
        var origin = context.OriginOf(table, Name);
        var sections = new List<MdBlock>();
        foreach (var group in rows.GroupBy(SectionOf))
        {
            var trs = group.Select(r => (MdBlock)new MdHtmlContainer("tr", "<tr>",
                CellsOf(r).Select(c => (MdBlock)new MdHtmlContainer(c.LocalName, CellOpenTag(c), context.ConvertChildren(c))).ToList())).ToList();
            sections.Add(new MdHtmlContainer(group.Key, $"<{group.Key}>", trs));
        }

        return new MdHtmlContainer("table", "<table>", sections) { Origin = origin, KeptBecause = reason };
    }

    private static string CellOpenTag(IElement cell)
    {
        var sb = new StringBuilder("<").Append(cell.LocalName);
        foreach (var name in new[] { "colspan", "rowspan", "scope" })
        {
            if (cell.GetHtmlAttribute(name) is { } value)
            {
                sb.Append(' ').Append(name).Append("=\"").Append(Writing.SummaryHtmlRenderer.Attr(value)).Append('"');
            }
        }

        return sb.Append('>').ToString();
    }
}
