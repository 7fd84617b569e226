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
internal sealed class GroupRule : IBlockRule, IHasMatchPrerequisite
{
    private static readonly string[] LayoutBlocks = ["group", "columns", "column", "group__inner-container", "row", "stack", "accordion", "accordion-item", "accordion-panel", "details-content"];

    public string Name => "core/group";

    public string Matches => "div.wp-block-group, .wp-block-columns, .wp-block-column, inner containers, core/accordion(-item, -panel), core/details-content";

    public string Produces => "the content in reading order; columns or accordion behaviour → info diagnostic; a background or text colour → CDS1200";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.StylingLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = new(["div", "section", "aside", "main", "article"], BlockTraits.BlockClass);

    public bool IsMatch(IElement element, ConversionContext context)
    {
        if (element.LocalName is not ("div" or "section" or "aside" or "main" or "article"))
        {
            return false;
        }

        // A loop, not LayoutBlocks.Any(…): the lambda's closure was allocated for every block the rules saw.
        foreach (var block in LayoutBlocks)
        {
            if (BlockNaming.HasBlockClass(element, block))
            {
                return true;
            }
        }

        return false;
    }

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        bool accordion = BlockNaming.HasBlockClass(element, "accordion");
        // An accordion's items are groups too: each sign is dropped (and said) once, by the outermost group.
        var icons = element.QuerySelectorAll(".wp-block-accordion-heading__toggle-icon").Where(i => !context.Ledger.IsDropped(i)).ToList();
        // Colours and backgrounds are styling, summed up per element kind with the rest (CDS1200, issue 10).
        if (accordion || BlockNaming.HasBlockClass(element, "columns") || icons.Count > 0)
        {
            string what = accordion || icons.Count > 0 ? "accordion behaviour (panels open and close, their +/− toggle signs)" : "column layout";
            var lost = context.Report(DiagnosticCodes.LayoutLost, element, $"{what} of {BlockNaming.NameOf(element)} not kept: its content follows in reading order", BlockNaming.NameOf(element));
            foreach (var icon in icons)
            {
                // The +/− sign of the toggle is decoration (aria-hidden), not part of the title.
                context.Drop(icon, lost);
            }
        }

        return context.ConvertChildren(element);
    }
}
