using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/group, core/columns, core/column and plain layout divs: their content in reading order. The
/// layout (columns, background colour) is lost, and said so once per block when it was visible.
/// </summary>
public sealed class GroupRule : IBlockRule
{
    private static readonly string[] LayoutBlocks = ["group", "columns", "column", "group__inner-container", "row", "stack", "accordion", "accordion-item", "accordion-panel", "details-content"];

    public string Name => "core/group";

    public string Matches => "div.wp-block-group, .wp-block-columns, .wp-block-column, inner containers, core/accordion(-item, -panel), core/details-content";

    public string Produces => "the content in reading order; a background colour, columns or accordion behaviour → info diagnostic";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName is "div" or "section" or "aside" or "main" or "article"
        && LayoutBlocks.Any(b => BlockNaming.HasBlockClass(element, b));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string style = element.GetAttribute("style") ?? "";
        bool coloured = element.ClassList.Contains("has-background") || element.ClassList.Contains("has-text-color")
            || style.Contains("background", StringComparison.Ordinal) || style.Contains("color", StringComparison.Ordinal);
        bool accordion = BlockNaming.HasBlockClass(element, "accordion");
        foreach (var icon in element.QuerySelectorAll(".wp-block-accordion-heading__toggle-icon"))
        {
            // The +/− sign of the toggle is decoration (aria-hidden), not part of the title.
            ConversionContext.MarkDropped(icon);
        }

        if (coloured || accordion || BlockNaming.HasBlockClass(element, "columns"))
        {
            string what = coloured ? "background or text colour" : accordion ? "accordion behaviour (panels open and close)" : "column layout";
            context.Report(DiagnosticCodes.LayoutLost, element, $"{what} of {BlockNaming.NameOf(element)} not kept: its content follows in reading order", BlockNaming.NameOf(element));
        }

        return context.ConvertChildren(element);
    }
}
