using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>h1–h6 (core/heading) to ATX headings. A <c>&lt;strong&gt;</c> wrapping the whole heading is dropped: headings are bold already.</summary>
public sealed class HeadingRule : IBlockRule
{
    public string Name => "core/heading";

    public string Matches => "h1–h6 (wp-block-heading)";

    public string Produces => "ATX heading `## Text`; a <strong> around the whole text dropped; id kept as {#id} in hugo";

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName is ['h', >= '1' and <= '6'];

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var inlines = context.ConvertInlines(element);
        var content = inlines.Where(InlineContent.HasContent).ToList();
        if (content is [MdStrong strong])
        {
            // Keep surrounding whitespace-only text out; the strong's children are the heading.
            inlines = strong.Children;
        }

        if (!InlineContent.HasContent(inlines))
        {
            return [];
        }

        return [new MdHeading(element.LocalName[1] - '0', inlines, element.GetAttribute("id"))];
    }
}
