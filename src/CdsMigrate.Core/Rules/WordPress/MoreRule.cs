using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/more: the <c>&lt;!--more--&gt;</c> summary divider. Hugo reads the same comment as the end of the
/// page summary, so it is kept exactly, as its own block.
/// </summary>
internal sealed class MoreRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/more";

    public string Matches => "<!--more--> (and <!-- wp:more -->)";

    public string Produces => "`<!--more-->` on its own line (Hugo's summary divider)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.MoreTextNotKept];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Placeholder;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.PlaceholderOf(element) == BlockCommentAnnotator.More;

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        if (BlockCommentParser.StringAttribute(BlockNaming.AttributesOf(element), "customText") is { Length: > 0 } text)
        {
            context.Report(DiagnosticCodes.MoreTextNotKept, element, $"the \"more\" link's own text '{text}' is not kept: Hugo's summary divider has none", Name);
        }

        return [new MdHtmlBlock("<!--more-->")];
    }
}
