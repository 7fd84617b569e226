using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/gallery, old (<c>ul.blocks-gallery-grid</c> of figures) and new (nested core/image figures):
/// each image with its caption, one after the other, then the gallery's own caption. The grid is lost.
/// </summary>
internal sealed class GalleryRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/gallery";

    public string Matches => "figure.wp-block-gallery, ul.wp-block-gallery, div.wp-block-gallery";

    public string Produces => "each image (linked when it is) with its caption, one per paragraph; the gallery caption last (info: grid lost)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.EmptyAlt];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "gallery");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var layoutLost = context.Report(DiagnosticCodes.LayoutLost, element, "gallery grid not kept: its images follow one another", Name);
        foreach (var grid in element.QuerySelectorAll("ul, ol").Prepend(element).Where(l => l.LocalName is "ul" or "ol"))
        {
            context.ReadAs(grid, LedgerKind.ReadAsLayout, layoutLost);
        }

        var blocks = new List<MdBlock>();
        var done = new HashSet<IElement>();
        var caption = element.Children.FirstOrDefault(c => c.LocalName == "figcaption" || c.ClassList.Contains("blocks-gallery-caption"));
        foreach (var img in element.QuerySelectorAll("img"))
        {
            var figure = img.ParentElement?.Closest("figure");
            if (figure is not null && figure != element && element.Contains(figure))
            {
                if (done.Add(figure))
                {
                    blocks.AddRange(context.ConvertBlock(figure));
                }

                continue;
            }

            var item = img.ParentElement is { LocalName: "a" } link && link.HasHtmlAttribute("href") ? link : img;
            var inlines = context.ConvertInlines([item]);
            if (InlineContent.HasContent(inlines))
            {
                blocks.Add(new MdParagraph(inlines));
            }

            ImageFigureRule.ReportEmptyAlt(img, context, Name);
        }

        // A caption of an item outside any figure (old galleries put it beside the image).
        foreach (var itemCaption in element.QuerySelectorAll("figcaption").Where(c => c != caption && c.ParentElement?.Closest("figure") is var f && (f is null || f == element)))
        {
            blocks.AddRange(Paragraph(itemCaption, context));
        }

        if (caption is not null)
        {
            blocks.AddRange(Paragraph(caption, context));
        }

        return blocks;
    }

    private static IEnumerable<MdBlock> Paragraph(IElement caption, ConversionContext context)
    {
        var inlines = context.ConvertInlines(caption);
        return InlineContent.HasContent(inlines) ? [new MdParagraph(inlines)] : [];
    }
}
