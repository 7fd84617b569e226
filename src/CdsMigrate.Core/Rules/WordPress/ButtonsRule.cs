using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/buttons and core/button: each button is a link on its own line (its own paragraph). The
/// button look (colours, shape, layout) is the site's business; a button with no link keeps its text.
/// </summary>
internal sealed class ButtonsRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/buttons";

    public string Matches => "div.wp-block-buttons, div.wp-block-button";

    public string Produces => "one link per line (a paragraph each); a button without a link → its text (info)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.ButtonWithoutLink];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) =>
        BlockNaming.HasBlockClass(element, "buttons") || BlockNaming.HasBlockClass(element, "button");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var buttons = element.QuerySelectorAll(".wp-block-button__link, a, button")
            .Where(b => b.ParentElement?.Closest(".wp-block-button__link, a, button") is null)
            .ToList();
        if (buttons.Count == 0)
        {
            return context.ConvertChildren(element);
        }

        var blocks = new List<MdBlock>();
        foreach (var button in buttons)
        {
            bool linked = button.LocalName == "a" && button.HasHtmlAttribute("href");
            var inlines = (linked ? context.ConvertInlines([button]) : context.ConvertInlines(button)).Select(TrimBreaks).ToList();
            if (!InlineContent.HasContent(inlines))
            {
                continue;
            }

            if (!linked)
            {
                context.Report(DiagnosticCodes.ButtonWithoutLink, button, $"button \"{Clip(button.TextContent.Trim())}\" has no link: its text is kept", "core/button");
            }

            blocks.Add(new MdParagraph(inlines));
        }

        return blocks;
    }

    /// <summary>A line break at the end of a button's label (editor residue) would end the link text with a backslash.</summary>
    private static MdInline TrimBreaks(MdInline inline) => inline is MdLink link && link.Children.Count > 0 && link.Children[^1] is MdHardBreak
        ? link with { Children = link.Children.Reverse().SkipWhile(c => c is MdHardBreak).Reverse().ToList() }
        : inline;

    private static string Clip(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
