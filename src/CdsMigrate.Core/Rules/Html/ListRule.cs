using System.Globalization;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// ul/ol (core/list) to Markdown lists, keeping <c>start</c>. Consecutive ordered lists that continue
/// each other's numbering are merged later by <see cref="Conversion.ListContinuation"/>.
/// </summary>
public sealed class ListRule : IBlockRule
{
    public string Name => "core/list";

    public string Matches => "ul, ol (wp-block-list), with start and nesting";

    public string Produces => "`-` or `N.` list, numbers kept; consecutive <ol start=N> pieces of one list merged; a list counting down split into lists that keep each number";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

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
        // The number each item shows, when the source sets it (li value) or counts down (reversed).
        var numbers = new Dictionary<int, int>();
        bool reversed = ordered && element.HasAttribute("reversed");
        int next = reversed && !element.HasAttribute("start") ? element.Children.Count(c => c.LocalName == "li") : start;
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } li)
            {
                FlushStray(stray, items, context);
                if (ordered && int.TryParse(li.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 && value < 1_000_000_000)
                {
                    next = value;
                }

                numbers[items.Count] = next;
                next += reversed ? -1 : 1;
                items.Add(new MdListItem(AnchorPlacement.Attach(li, context.ConvertChildren(li), context)));
            }
            else if (child is IElement || (child is IText t && t.Data.Trim().Length > 0))
            {
                stray.Add(child);
            }
        }

        FlushStray(stray, items, context);
        if (items.Count == 0)
        {
            return [];
        }

        if (ordered && numbers.Count > 0 && (reversed || element.Children.Any(c => c.LocalName == "li" && c.HasAttribute("value"))))
        {
            return SplitIntoCountingRuns(element, items, numbers, context);
        }

        return [new MdList(ordered, start, items)];
    }

    /// <summary>
    /// Markdown lists only count up from their first number: a list counting down (reversed) or jumping
    /// (li value) becomes one list per run of increasing numbers, so each item still shows its number
    /// (the writer keeps consecutive lists apart). Said with an info diagnostic: it is no longer one list.
    /// </summary>
    private IReadOnlyList<MdBlock> SplitIntoCountingRuns(IElement element, List<MdListItem> items, Dictionary<int, int> numbers, ConversionContext context)
    {
        // Content between items is an item of its own: it follows the number before it.
        var shown = new int[items.Count];
        int last = numbers.GetValueOrDefault(0, 1) - 1;
        for (int i = 0; i < items.Count; i++)
        {
            shown[i] = numbers.TryGetValue(i, out int n) ? n : last + 1;
            last = shown[i];
        }

        var lists = new List<MdBlock>();
        int runStart = 0;
        for (int i = 1; i <= items.Count; i++)
        {
            if (i == items.Count || shown[i] != shown[i - 1] + 1)
            {
                lists.Add(new MdList(true, shown[runStart], items[runStart..i]));
                runStart = i;
            }
        }

        if (lists.Count > 1)
        {
            context.Report(DiagnosticCodes.LayoutLost, element, $"ordered list counting down or jumping numbers written as {lists.Count} lists so that each item keeps its number (Markdown lists only count up)", Name);
        }

        return lists;
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
