using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Rules.Cds;
using CdsMigrate.Core.Rules.Fallback;
using CdsMigrate.Core.Rules.Html;
using CdsMigrate.Core.Rules.WordPress;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// The ordered list of block rules: the first that matches converts the block, and the fallback takes
/// what none matches. Registration is explicit (no reflection) so the order is visible here:
/// CDS blocks, then WordPress blocks, then plain HTML.
/// </summary>
public sealed class RuleSet(IReadOnlyList<IBlockRule> rules, FallbackRule fallback)
{
    public IReadOnlyList<IBlockRule> Rules { get; } = rules;

    public FallbackRule Fallback { get; } = fallback;

    public static RuleSet Default { get; } = new(
    [
        // CDS plugin blocks (cds-base in GC Articles).
        new CdsExpanderRule(),
        // WordPress blocks, recognised by their wp-block-* class.
        new SpacerRule(),
        new GroupRule(),
        new PullquoteRule(),
        new FileRule(),
        new TableRule(),
        new ImageFigureRule(),
        new FootnotesRule(),
        new EmbedUrlRule(),
        // Plain HTML, which WordPress blocks also render to.
        new DetailsRule(),
        new HeadingRule(),
        new ParagraphRule(),
        new ListRule(),
        new QuoteRule(),
        new PreformattedRule(),
        new ThematicBreakRule(),
    ], new FallbackRule());

    public IBlockRule? Find(IElement element, ConversionContext context)
    {
        foreach (var rule in Rules)
        {
            if (rule.IsMatch(element, context))
            {
                return rule;
            }
        }

        return null;
    }
}
