using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Rules.Html;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>core/pullquote: a figure around a blockquote, converted as a quote with its citation.</summary>
internal sealed class PullquoteRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/pullquote";

    public string Matches => "figure.wp-block-pullquote";

    public string Produces => "`> ` quote with <cite> as the last line";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "pullquote");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        // Old pullquotes are the blockquote itself (<blockquote class="wp-block-pullquote">).
        var quote = element.LocalName == "blockquote" ? element : element.QuerySelector("blockquote");
        return quote is null ? context.ConvertChildren(element) : [QuoteRule.ConvertQuote(quote, context)];
    }
}
