using System.Collections.Frozen;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// Layout containers (div, section, article, header, footer, main, aside, nav, center, address…) and inline
/// elements around blocks (span, font, strong, code, unknown tags) are unwrapped: their content is converted in
/// reading order, as turndown and node-html-markdown do. Issue 10, points 1 and 2: one programming blog got 552
/// divs back as raw HTML, four CDS posts of 2020 one raw block each. The styling they carried is reported once per
/// element kind and document (CDS1200); an inline element around blocks is broken nesting, repaired as a
/// browser shows it (CDS1201), its emphasis carried into each block.
/// </summary>
internal sealed partial class ContainerRule : IBlockRule
{
    /// <summary>Elements that only group content: no Markdown form, and nothing lost but their styling.</summary>
    private static readonly FrozenSet<string> Containers = new[]
    {
        "div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "address", "hgroup",
        "figure", "figcaption", "search",
    }.ToFrozenSet(StringComparer.Ordinal);

    public string Name => "html/container";

    public string Matches => "div, section, article, header, footer, main, aside, nav, center, address, hgroup, figure (no other rule's); span, font, strong, em, code or an unknown element around blocks";

    public string Produces => "the content in reading order; styling lost → one info per element kind (CDS1200); an inline element around blocks → the blocks, bold/italic/strike carried into each (CDS1201)";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.StylingLost, DiagnosticCodes.NestingRepaired];

    public bool IsMatch(IElement element, ConversionContext context) =>
        (Containers.Contains(element.LocalName) || InlineWrapper.HoldsBlocks(element) || InlineWrapper.IsLinkAroundStructure(element))
        && !IsPluginBlock(element);

    /// <summary>
    /// A plugin's block (<c>wp-block-acme-countdown</c>, a comment naming it) may need the plugin's script or style
    /// to mean what it shows: it stays with the fallback, kept whole and reported, not unwrapped as layout.
    /// A plugin's layout block (jetpack/layout-grid and its columns, a "row" or "container") is layout all the same.
    /// </summary>
    private static bool IsPluginBlock(IElement element)
    {
        string? name = element.GetHtmlAttribute(BlockCommentAnnotator.NameAttribute) is { Length: > 0 } commented
            ? (commented.StartsWith("core/", StringComparison.Ordinal) ? null : commented)
            : FirstBlockClass(element);
        return name is not null && !LayoutName().IsMatch(name);
    }

    /// <summary>The first <c>wp-block-*</c> class that is not a layout class, read in place (every container is asked).</summary>
    private static string? FirstBlockClass(IElement element)
    {
        foreach (var cls in ClassTokens.Of(element))
        {
            if (cls.StartsWith("wp-block-", StringComparison.Ordinal) && !cls.Contains("-is-layout-", StringComparison.Ordinal))
            {
                return cls.ToString();
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(layout|grid|columns?|row|container|wrapper|section|group|stack)(-column)?$")]
    private static partial System.Text.RegularExpressions.Regex LayoutName();

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string name = element.LocalName;
        if (InlineWrapper.IsLinkAroundStructure(element))
        {
            return ConvertLink(element, context);
        }

        if (Containers.Contains(name))
        {
            context.NoteStylingLost(element, container: true);
            return context.ConvertChildren(element);
        }

        // An inline element around blocks, reached other than through a flow (ConversionContext.ConvertFlow
        // unwraps those itself, so the text around the blocks joins its sentences).
        return context.ConvertFlow([element]);
    }

    /// <summary>
    /// A link around a heading or a list (<c>&lt;a&gt;&lt;img&gt;&lt;h3&gt;Download now&lt;/h3&gt;&lt;/a&gt;</c>): the blocks stay
    /// blocks and the text of each links to the target, as every part of it did. The verifier is told of each
    /// link beyond the first (ImplyLink), since the source had one element.
    /// </summary>
    private IReadOnlyList<MdBlock> ConvertLink(IElement link, ConversionContext context)
    {
        string href = link.GetHtmlAttribute("href")!.Trim();
        string? title = string.IsNullOrWhiteSpace(link.GetHtmlAttribute("title")) ? null : link.GetHtmlAttribute("title");
        var first = link.Descendants<IElement>().First(InlineWrapper.IsVisibleBlock);
        var repaired = context.ReportOnce("link-around-blocks", DiagnosticCodes.NestingRepaired, link,
            $"link around <{first.LocalName}>: the blocks kept, the text of each linked to {href}", "a");
        context.NoteStylingLost(link);

        // Each group (a run of inline nodes, or one block element) is converted on its own, so that the element
        // a later link stands for is known.
        var result = new List<MdBlock>();
        var run = new List<INode>();
        bool linked = false;
        void Convert(IReadOnlyList<INode> nodes, IElement? where)
        {
            var blocks = context.ConvertFlow(nodes);
            if (blocks.Count == 0)
            {
                return;
            }

            if (linked && where is null)
            {
                result.AddRange(blocks); // plain text after the first link: nothing to tell the verifier by
                return;
            }

            var wrapped = BlockInlines.Wrap(blocks, x => [new MdLink(href, title, x)]);
            if (linked)
            {
                context.ImplyLink(where!, href, repaired);
            }

            linked = true;
            result.AddRange(wrapped);
        }

        foreach (var child in link.ChildNodes)
        {
            if (child is IElement e && (InlineWrapper.IsVisibleBlock(e) || InlineWrapper.HoldsBlocks(e)))
            {
                if (run.Count > 0)
                {
                    Convert([.. run], run.OfType<IElement>().FirstOrDefault());
                    run.Clear();
                }

                Convert([e], e);
            }
            else
            {
                run.Add(child);
            }
        }

        if (run.Count > 0)
        {
            Convert([.. run], run.OfType<IElement>().FirstOrDefault());
        }

        return result;
    }
}
