using System.Globalization;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// ul/ol (core/list) to Markdown lists, keeping <c>start</c>. Consecutive ordered lists that continue
/// each other's numbering are merged later by <see cref="Conversion.ListContinuation"/>.
/// </summary>
internal sealed class ListRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/list";

    public string Matches => "ul, ol (wp-block-list), with start and nesting";

    public string Produces => "`-` or `N.` list, numbers kept; consecutive <ol start=N> pieces of one list merged; a list counting down split into lists that keep each number";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.NestingRepaired, DiagnosticCodes.StylingLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("ul", "ol", "menu");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName is "ul" or "ol" or "menu";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        bool ordered = element.LocalName == "ol";
        int start = 1;
        if (ordered && int.TryParse(element.GetHtmlAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) && s >= 0 && s < 1_000_000_000)
        {
            start = s;
        }

        bool reversed = ordered && element.HasHtmlAttribute("reversed");
        bool counting = ordered && (reversed || element.Children.Any(c => c.LocalName == "li" && c.HasHtmlAttribute("value")));
        int next = reversed && !element.HasHtmlAttribute("start") ? element.Children.Count(c => c.LocalName == "li") : start;

        // The list is written as runs of items; content directly inside the list but outside any item (issue 10,
        // point 2) is not an item: a browser shows it between the items without a marker, so it goes between runs.
        var output = new List<MdBlock>();
        var items = new List<MdListItem>();
        var numbers = new List<int>(); // the number each item of the run shows
        var stray = new List<INode>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } li)
            {
                FlushStray(element, stray, output, items, numbers, counting, ordered, context);
                if (ordered && int.TryParse(li.GetHtmlAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 0 && value < 1_000_000_000)
                {
                    next = value;
                }

                numbers.Add(next);
                next += reversed ? -1 : 1;
                context.NoteStylingLost(li);
                items.Add(new MdListItem(AnchorPlacement.Attach(li, context.ConvertChildren(li), context)));
            }
            else if (child is IElement { LocalName: "ul" or "ol" or "menu" } nested && items.Count > 0 && !HasContent(stray))
            {
                // <ul><li>a</li><ul>…</ul></ul>: the nested list shows under the item before it.
                stray.Clear();
                context.ReportOnce("list-in-list", DiagnosticCodes.NestingRepaired, nested, $"<{nested.LocalName}> directly inside a list: nested under the item before it, as a browser shows it", Name);
                items[^1] = new MdListItem([.. items[^1].Blocks, .. context.ConvertBlock(nested)]);
            }
            else if (child is IElement || child is IText)
            {
                stray.Add(child);
            }
        }

        FlushStray(element, stray, output, items, numbers, counting, ordered, context);
        EndRun(element, output, items, numbers, counting, ordered, context);
        return output;
    }

    private static bool HasContent(List<INode> nodes) =>
        nodes.Any(n => n is IElement || (n is IText t && t.Data.Trim().Length > 0));

    /// <summary>Content between items: it ends the run of items before it and follows it, unmarked.</summary>
    private void FlushStray(IElement list, List<INode> stray, List<MdBlock> output, List<MdListItem> items, List<int> numbers, bool counting, bool ordered, ConversionContext context)
    {
        if (!HasContent(stray))
        {
            stray.Clear();
            return;
        }

        var blocks = context.ConvertFlow(stray);
        var first = stray.First(n => n is IElement || (n is IText t && t.Data.Trim().Length > 0));
        stray.Clear();
        if (blocks.Count == 0)
        {
            return;
        }

        context.ReportOnce("outside-list-item", DiagnosticCodes.NestingRepaired, first,
            $"content directly inside <{list.LocalName}>, outside any <li>: written between the items without a marker, as a browser shows it", Name);
        EndRun(list, output, items, numbers, counting, ordered, context);
        output.AddRange(blocks);
    }

    private void EndRun(IElement list, List<MdBlock> output, List<MdListItem> items, List<int> numbers, bool counting, bool ordered, ConversionContext context)
    {
        if (items.Count == 0)
        {
            return;
        }

        if (counting)
        {
            output.AddRange(SplitIntoCountingRuns(list, [.. items], [.. numbers], context));
        }
        else
        {
            output.Add(new MdList(ordered, ordered ? numbers[0] : 1, [.. items]));
        }

        items.Clear();
        numbers.Clear();
    }

    /// <summary>
    /// Markdown lists only count up from their first number: a list counting down (reversed) or jumping
    /// (li value) becomes one list per run of increasing numbers, so each item still shows its number
    /// (the writer keeps consecutive lists apart). Said with an info diagnostic: it is no longer one list.
    /// </summary>
    private IReadOnlyList<MdBlock> SplitIntoCountingRuns(IElement element, List<MdListItem> items, List<int> shown, ConversionContext context)
    {
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
}
