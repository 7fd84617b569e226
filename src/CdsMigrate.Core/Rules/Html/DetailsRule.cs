using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// details (core/details, cds-snc/accordion) to <c>&lt;details&gt;</c>/<c>&lt;summary&gt;</c> raw HTML with Markdown
/// inside. The accordion's optional <c>__content</c> wrapper is unwrapped.
/// </summary>
internal sealed class DetailsRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/details";

    public string Matches => "details (wp-block-details, wp-block-cds-snc-accordion)";

    public string Produces => "<details><summary>…</summary> raw HTML with Markdown inside, blank lines around it";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("details");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "details";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var summary = element.Children.FirstOrDefault(c => c.LocalName == "summary");
        var summaryInlines = summary is null ? [] : SummaryInlines(summary, context);
        var body = element.ChildNodes.Where(n => n != summary).SelectMany(Unwrapped);
        return [new MdDetails(summaryInlines, context.ConvertFlow(body), element.HasHtmlAttribute("open"), summary is null ? 0 : SummaryHeadingLevel(summary))];
    }

    /// <summary>The level of the heading that is the summary's only content (the CDS expander's h3), or 0.</summary>
    internal static int SummaryHeadingLevel(IElement summary)
    {
        var content = summary.ChildNodes.Where(n => n is IElement || (n is IText t && !string.IsNullOrWhiteSpace(t.Data))).ToList();
        return content is [IElement { LocalName: ['h', >= '1' and <= '6'] } heading] ? heading.LocalName[1] - '0' : 0;
    }

    /// <summary>A heading inside a summary (the expander puts an h3 there) contributes its text.</summary>
    internal static IReadOnlyList<MdInline> SummaryInlines(IElement summary, ConversionContext context)
    {
        var nodes = summary.ChildNodes.SelectMany<INode, INode>(n => n is IElement { LocalName: ['h', >= '1' and <= '6'] or "p" or "div" } e ? e.ChildNodes : [n]);
        var inlines = context.ConvertInlines(nodes);
        // A heading keeps its formatting as any heading does (HeadingRule); a plain summary is shown bold already.
        return inlines is [MdStrong s] && SummaryHeadingLevel(summary) == 0 ? s.Children : inlines;
    }

    private static IEnumerable<INode> Unwrapped(INode node) =>
        node is IElement { LocalName: "div" } div && (ClassTokens.AnyEndsWith(div, "__content") || ClassTokens.Has(div, "wp-block-cds-snc-expander"))
            ? div.ChildNodes
            : [node];
}
