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
internal sealed class GroupRule : IBlockRule
{
    private static readonly string[] LayoutBlocks = ["group", "columns", "column", "group__inner-container", "row", "stack", "accordion", "accordion-item", "accordion-panel", "details-content"];

    public string Name => "core/group";

    public string Matches => "div.wp-block-group, .wp-block-columns, .wp-block-column, inner containers, core/accordion(-item, -panel), core/details-content";

    public string Produces => "the content in reading order; columns or accordion behaviour → info diagnostic; a background or text colour → CDS1200";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.StylingLost];

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName is "div" or "section" or "aside" or "main" or "article"
        && LayoutBlocks.Any(b => BlockNaming.HasBlockClass(element, b));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        bool accordion = BlockNaming.HasBlockClass(element, "accordion");
        foreach (var icon in element.QuerySelectorAll(".wp-block-accordion-heading__toggle-icon"))
        {
            // The +/− sign of the toggle is decoration (aria-hidden), not part of the title.
            ConversionContext.MarkDropped(icon);
        }

        // Colours and backgrounds are styling, summed up per element kind with the rest (CDS1200, issue 10).
        if (accordion || BlockNaming.HasBlockClass(element, "columns"))
        {
            string what = accordion ? "accordion behaviour (panels open and close)" : "column layout";
            context.Report(DiagnosticCodes.LayoutLost, element, $"{what} of {BlockNaming.NameOf(element)} not kept: its content follows in reading order", BlockNaming.NameOf(element));
        }

        return context.ConvertChildren(element);
    }
}
