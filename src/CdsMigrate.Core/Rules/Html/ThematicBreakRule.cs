using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>hr (core/separator) to a thematic break.</summary>
internal sealed class ThematicBreakRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/separator";

    public string Matches => "hr (wp-block-separator)";

    public string Produces => "thematic break `---`";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("hr");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "hr";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => [new MdThematicBreak()];
}
