using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/html (Custom HTML, known only from its block comment): the author chose HTML, so it stays HTML.
/// Its content is written as it was when it starts with an element a Markdown renderer takes as an HTML
/// block; otherwise it keeps a <c>&lt;div&gt;</c> around it so the text is not read as Markdown. The block
/// comments stay around it: once written, they are all that says this HTML is meant to stay HTML, so a re-run
/// (issue 9: converting an output changes nothing) and an editor both leave it alone.
/// </summary>
internal sealed class HtmlBlockRule : IBlockRule, IHasMatchPrerequisite
{
    /// <summary>The comment written before the kept HTML; <see cref="Conversion.MixedBodyConverter"/> keeps what follows it.</summary>
    internal const string OpeningComment = "<!-- wp:html -->";

    /// <summary>The comment written after the kept HTML.</summary>
    internal const string ClosingComment = "<!-- /wp:html -->";

    public string Name => "core/html";

    public string Matches => "<!-- wp:html --> block comments";

    public string Produces => "the HTML kept raw between its &lt;!-- wp:html --&gt; comments (info diagnostic)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.HtmlBlockKept];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("div");

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.IsCommented(element, "core/html") && element.LocalName == "div";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var near = (INode?)element.FirstElementChild ?? element;
        var nodes = element.ChildNodes.Where(n => n is not IText t || !string.IsNullOrWhiteSpace(t.Data)).ToList();
        if (nodes.Count == 0)
        {
            return [];
        }

        context.Report(DiagnosticCodes.HtmlBlockKept, near, "Custom HTML block kept as raw HTML", Name);
        bool startsAsBlock = nodes.All(n => n is IElement e && HtmlElements.IsBlock(e.LocalName) && e.LocalName is not ("script" or "style" or "pre" or "textarea"));
        string html = startsAsBlock
            ? string.Join('\n', nodes.Select(n => RawHtml.Of((IElement)n).Html))
            : RawHtml.Of(element).Html;
        return [new MdHtmlBlock($"{OpeningComment}\n{html.TrimEnd('\n')}\n{ClosingComment}")];
    }
}
