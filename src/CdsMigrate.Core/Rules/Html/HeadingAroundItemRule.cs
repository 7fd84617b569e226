using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// <c>&lt;h3&gt;&lt;li&gt;…&lt;/li&gt;&lt;/h3&gt;</c> (a theme's numbered section titles, seen in a real REST export): a browser
/// shows a heading with a list marker. Markdown can say that the other way round: a list item holding the heading,
/// so both the outline and the item stay (issue 10, point 2: the item was lost inside the heading).
/// </summary>
internal sealed class HeadingAroundItemRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "html/heading-around-item";

    public string Matches => "h1–h6 whose only element is an li";

    public string Produces => "a one-item bullet list holding the heading (info)";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.NestingRepaired];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("h1", "h2", "h3", "h4", "h5", "h6");

    public bool IsMatch(IElement element, ConversionContext context)
    {
        if (element.LocalName is not ['h', >= '1' and <= '6'])
        {
            return false;
        }

        // Asked of every heading: one pass over the child nodes (no Children collection, no closure). Exactly one
        // element, an li; comments and blank text besides.
        int elements = 0;
        bool item = false;
        var nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case IElement child:
                    elements++;
                    item = child.LocalName == "li";
                    break;
                case IComment:
                    break;
                case IText t when string.IsNullOrWhiteSpace(t.Data):
                    break;
                default:
                    return false;
            }
        }

        return elements == 1 && item;
    }

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var li = element.Children[0];
        context.ReportOnce("heading-around-item", DiagnosticCodes.NestingRepaired, element,
            $"<li> inside <{element.LocalName}>: written as a list item holding the heading, as a browser shows it", BlockNaming.NameOf(element));
        var inlines = context.ConvertInlines(li);
        if (!InlineContent.HasContent(inlines))
        {
            return [];
        }

        return [new MdList(false, 1, [new MdListItem([new MdHeading(element.LocalName[1] - '0', inlines, element.GetHtmlAttribute("id"))])])];
    }
}
