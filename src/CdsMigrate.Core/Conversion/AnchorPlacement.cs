using AngleSharp.Dom;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Keeps the id of a block that an in-page link targets (<c>href="#x"</c>), and only then: untargeted ids
/// are editor residue. A hugo heading keeps its id as <c>{#x}</c>; anywhere else an empty
/// <c>&lt;a id="x"&gt;&lt;/a&gt;</c> goes at the start of the block's text, which every renderer keeps and
/// markdownlint's MD051 accepts as a link fragment target.
/// </summary>
internal static class AnchorPlacement
{
    public static IReadOnlyList<MdBlock> Attach(IElement element, IReadOnlyList<MdBlock> blocks, ConversionContext context)
    {
        string? id = element.Id;
        if (string.IsNullOrEmpty(id) || !context.Index.LinkTargets.Contains(id) || context.WrittenAnchors.Contains(id))
        {
            return blocks;
        }

        if (blocks.Count > 0 && blocks[0] is MdHeading heading && heading.Id == id)
        {
            // The heading's own id: hugo writes it as {#id}, the other flavours as an anchor in the text (the writer's choice).
            context.WrittenAnchors.Add(id);
            return [heading with { IdTargeted = true }, .. blocks.Skip(1)];
        }

        // Footnote notes carry their own anchors.
        if (context.Index.IsFootnoteList(element) || (element.LocalName == "li" && element.ParentElement is { } p && context.Index.IsFootnoteList(p)))
        {
            return blocks;
        }

        context.WrittenAnchors.Add(id);
        var anchor = new MdAnchor(id);
        var result = blocks.ToList();
        switch (result.Count > 0 ? result[0] : null)
        {
            case MdHeading h:
                result[0] = h with { Inlines = [anchor, .. h.Inlines] };
                break;
            case MdParagraph para:
                result[0] = para with { Inlines = [anchor, .. para.Inlines] };
                break;
            default:
                result.Insert(0, new MdParagraph([anchor]));
                break;
        }

        return result;
    }
}
