using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Rules.Html;

namespace CdsMigrate.Core.Rules.Cds;

/// <summary>cds-snc/expander: details whose summary is the text of its <c>&lt;h3&gt;</c>, content from the inner div.</summary>
internal sealed class CdsExpanderRule : IBlockRule, IHasMatchPrerequisite
{
    private readonly DetailsRule _details = new();

    public string Name => "cds-snc/expander";

    public string Matches => "details.wp-block-cds-snc-expander";

    public string Produces => "<details> whose summary is the <h3> text, Markdown inside";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = new(["details"], BlockTraits.BlockClass);

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "details" && BlockNaming.HasBlockClass(element, "cds-snc-expander");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => _details.Convert(element, context);
}
