using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// What a block must have before a built-in rule's <see cref="IBlockRule.IsMatch"/> can be true: one of some tag names,
/// a <c>wp-block-*</c> class, a block comment's placeholder mark. <see cref="RuleSet.Find"/> does not ask a rule whose
/// prerequisite a block lacks (issue 11: asking every rule of every block in turn was 5.9% of a run's instructions, each
/// rule reading the block's attributes again). A necessary condition only: <see cref="IBlockRule.IsMatch"/> still decides,
/// and it must imply the prerequisite (<c>MatchPrerequisiteTests</c> checks that on every block of the golden cases).
/// </summary>
internal sealed class MatchPrerequisite(IReadOnlyList<string>? tagNames = null, BlockTraits traits = BlockTraits.None)
{
    /// <summary>A wp-block-* class (<see cref="BlockNaming.HasBlockClass"/>), on any tag.</summary>
    public static MatchPrerequisite BlockClass { get; } = new(traits: BlockTraits.BlockClass);

    /// <summary>A placeholder a block comment left (<see cref="BlockNaming.PlaceholderOf"/>).</summary>
    public static MatchPrerequisite Placeholder { get; } = new(traits: BlockTraits.Placeholder);

    /// <summary>One of these tag names (lower case, as AngleSharp gives HTML elements).</summary>
    public static MatchPrerequisite Tags(params string[] names) => new(names);

    /// <summary>Whether a block with this tag name and these traits may match.</summary>
    public bool Admits(string localName, BlockTraits traits) =>
        (traits & Traits) == Traits && (TagNames is null || TagNames.Contains(localName, StringComparer.Ordinal));

    public IReadOnlyList<string>? TagNames { get; } = tagNames;

    public BlockTraits Traits { get; } = traits;

    /// <summary>The traits of <paramref name="element"/>: two attribute reads, where the rules made a dozen.</summary>
    public static BlockTraits TraitsOf(IElement element)
    {
        var traits = BlockTraits.None;
        if (element.GetHtmlAttribute("class") is { } classes && classes.Contains("wp-block-", StringComparison.Ordinal))
        {
            traits |= BlockTraits.BlockClass;
        }

        if (element.HasHtmlAttribute(BlockCommentAnnotator.PlaceholderAttribute))
        {
            traits |= BlockTraits.Placeholder;
        }

        return traits;
    }
}
