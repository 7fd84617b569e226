using System.Globalization;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// ul/ol (core/list) to Markdown lists, keeping <c>start</c>. Consecutive ordered lists that continue
/// each other's numbering are merged later by <see cref="Conversion.ListContinuation"/>.
/// </summary>
public sealed class ListRule : IBlockRule
{
    public string Name => "core/list";

    public string Matches => "ul, ol (wp-block-list), with start and nesting";

    public string Produces => "`-` or `N.` list, numbers kept; consecutive <ol start=N> pieces of one list merged";

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName is "ul" or "ol" or "menu";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        bool ordered = element.LocalName == "ol";
        int start = 1;
        if (ordered && int.TryParse(element.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s >= 0 && s < 1_000_000_000)
        {
            start = s;
        }

        var items = new List<MdListItem>();
        var stray = new List<INode>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } li)
            {
                FlushStray(stray, items, context);
                items.Add(new MdListItem(AnchorPlacement.Attach(li, context.ConvertChildren(li), context)));
            }
            else if (child is IElement || (child is IText t && t.Data.Trim().Length > 0))
            {
                stray.Add(child);
            }
        }

        FlushStray(stray, items, context);
        return items.Count == 0 ? [] : [new MdList(ordered, start, items)];
    }

    /// <summary>Content directly inside a list but outside any item belongs to an item of its own.</summary>
    private static void FlushStray(List<INode> stray, List<MdListItem> items, ConversionContext context)
    {
        if (stray.Count == 0)
        {
            return;
        }

        var blocks = context.ConvertFlow(stray);
        stray.Clear();
        if (blocks.Count > 0)
        {
            items.Add(new MdListItem(blocks));
        }
    }
}
