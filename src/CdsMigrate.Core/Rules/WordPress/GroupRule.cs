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
    private static readonly string[] LayoutBlocks = ["group", "columns", "column", "group__inner-container", "row", "stack"];

    public string Name => "core/group";

    public string Matches => "div.wp-block-group, .wp-block-columns, .wp-block-column, inner containers";

    public string Produces => "the content in reading order; a background colour or columns layout → info diagnostic";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName is "div" or "section" or "aside" or "main" or "article"
        && LayoutBlocks.Any(b => BlockNaming.HasBlockClass(element, b));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        bool coloured = element.ClassList.Contains("has-background") || (element.GetAttribute("style") ?? "").Contains("background", StringComparison.Ordinal);
        if (coloured || BlockNaming.HasBlockClass(element, "columns"))
        {
            string what = coloured ? "background colour" : "column layout";
            context.Report(DiagnosticCodes.LayoutLost, element, $"{what} of {BlockNaming.NameOf(element)} not kept: its content follows in reading order", BlockNaming.NameOf(element));
        }

        return context.ConvertChildren(element);
    }
}
