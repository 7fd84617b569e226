using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// h1–h6 (core/heading) to ATX headings, inline formatting kept (<c>## **Title**</c>): the author chose it and the
/// site shows it (issue 10; golden blocks/heading-strong-wrapper). <see cref="ConversionOptions.PlainHeadings"/>
/// drops bold and italic, with a diagnostic.
/// </summary>
internal sealed class HeadingRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/heading";

    public string Matches => "h1–h6 (wp-block-heading)";

    public string Produces => "ATX heading `## Text`, bold and italic kept (dropped with --plain-headings); id kept as {#id} in hugo";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.HeadingFormattingDropped];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("h1", "h2", "h3", "h4", "h5", "h6");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName is ['h', >= '1' and <= '6'];

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var inlines = context.ConvertInlines(element);
        if (!InlineContent.HasContent(inlines))
        {
            return [];
        }

        if (context.Options.PlainHeadings && Plain(inlines) is var plain && !plain.SequenceEqual(inlines))
        {
            context.Report(DiagnosticCodes.HeadingFormattingDropped, element, "bold or italic in the heading dropped (--plain-headings)", Name);
            inlines = plain;
        }

        return [new MdHeading(element.LocalName[1] - '0', inlines, element.GetHtmlAttribute("id"))];
    }

    /// <summary>The inlines with every bold and italic replaced by its content, at any depth.</summary>
    internal static IReadOnlyList<MdInline> Plain(IReadOnlyList<MdInline> inlines) => inlines.SelectMany<MdInline, MdInline>(i => i switch
    {
        MdStrong s => Plain(s.Children),
        MdEmphasis e => Plain(e.Children),
        MdLink l => [l with { Children = Plain(l.Children) }],
        MdStrike s => [s with { Children = Plain(s.Children) }],
        MdHtmlInline h => [h with { Children = Plain(h.Children) }],
        _ => [i],
    }).ToList();
}
