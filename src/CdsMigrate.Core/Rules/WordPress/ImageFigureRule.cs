using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/image: a figure holding an image (maybe inside a link) and maybe a caption, to an image
/// paragraph followed by its caption. An empty alt is an accessibility warning.
/// </summary>
internal sealed class ImageFigureRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/image";

    public string Matches => "figure.wp-block-image (or div.wp-block-image around a figure), figure with one img";

    public string Produces => "`![alt](src)` (linked when the image is), the caption as a paragraph after it; `{{< figure >}}` in hugo";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.EmptyAlt];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("div", "figure");

    public bool IsMatch(IElement element, ConversionContext context) =>
        (element.LocalName == "div" && BlockNaming.HasBlockClass(element, "image"))
        || element.LocalName == "figure"
        && (BlockNaming.HasBlockClass(element, "image") || (element.QuerySelectorAll("img").Length == 1 && element.QuerySelector("table, blockquote, video, iframe") is null));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        if (element.LocalName == "div")
        {
            // Older aligned images: <div class="wp-block-image"><figure class="alignleft">…</figure></div>.
            return context.ConvertChildren(element);
        }

        var blocks = new List<MdBlock>();
        var caption = element.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        foreach (var child in element.ChildNodes.Where(n => n != caption))
        {
            if (child is IElement { LocalName: "button" } button && button.ClassList.Any(c => c.Contains("lightbox", StringComparison.Ordinal)))
            {
                // The "enlarge image" button of the lightbox: an icon, no content (so nothing the verifier expects).
                continue;
            }

            if (child is IElement e && Parsing.HtmlElements.IsBlock(e.LocalName))
            {
                blocks.AddRange(context.ConvertBlock(e));
                continue;
            }

            var inlines = context.ConvertInlines([child]);
            if (InlineContent.HasContent(inlines))
            {
                blocks.Add(new MdParagraph(inlines));
            }
        }

        foreach (var img in element.QuerySelectorAll("img"))
        {
            ReportEmptyAlt(img, context, Name);
        }

        if (caption is not null)
        {
            var inlines = context.ConvertInlines(caption);
            if (InlineContent.HasContent(inlines))
            {
                // One image and a caption: a figure (Hugo's figure shortcode in hugo, image then caption elsewhere).
                var content = blocks is [MdParagraph p] ? p.Inlines.Where(InlineContent.HasContent).ToList() : [];
                switch (content)
                {
                    case [MdImage image]:
                        return [new MdFigure(image, inlines)];
                    case [MdLink { Children: [MdImage image] } link] when link.Title is null:
                        return [new MdFigure(image, inlines, link.Href)];
                }

                blocks.Add(new MdParagraph(inlines));
            }
        }

        return blocks;
    }

    /// <summary>An empty alt is an accessibility finding wherever an image block shows it.</summary>
    internal static void ReportEmptyAlt(IElement img, ConversionContext context, string block)
    {
        if (string.IsNullOrWhiteSpace(img.GetHtmlAttribute("alt")))
        {
            context.Report(DiagnosticCodes.EmptyAlt, img, "image has no alt text: screen reader users get nothing", block);
        }
    }
}
