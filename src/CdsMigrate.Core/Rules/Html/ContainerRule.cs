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
public sealed class ContainerRule : IBlockRule
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
        Containers.Contains(element.LocalName) || InlineWrapper.HoldsBlocks(element);

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string name = element.LocalName;
        if (Containers.Contains(name))
        {
            context.NoteStylingLost(element, container: true);
            return context.ConvertChildren(element);
        }

        bool styled = name is "span" or "font";
        context.NoteStylingLost(element, emphasisConverted: styled);
        var blocks = context.ConvertChildren(element);
        var first = element.Descendants<IElement>().FirstOrDefault(InlineWrapper.IsVisibleBlock);
        context.ReportOnce("inline-around-blocks:" + name, DiagnosticCodes.NestingRepaired, element,
            $"<{name}> around {(first is null ? "blocks" : "<" + first.LocalName + ">")}: converted as the blocks a browser shows" + (IsEmphasis(element) ? $", the <{name}> formatting carried into each" : ""),
            BlockNaming.NameOf(element));

        var (bold, italic, strike) = styled ? InlineStyle.Emphasis(element) : (name is "strong" or "b", name is "em" or "i", name is "s" or "del" or "strike");
        if (strike && context.Flavor != MarkdownFlavor.CommonMark) blocks = BlockInlines.Wrap(blocks, x => new MdStrike(x));
        if (italic) blocks = BlockInlines.Wrap(blocks, x => new MdEmphasis(x));
        if (bold) blocks = BlockInlines.Wrap(blocks, x => new MdStrong(x));
        return blocks;
    }

    private static bool IsEmphasis(IElement element) => element.LocalName is "strong" or "b" or "em" or "i" or "s" or "del" or "strike";
}
