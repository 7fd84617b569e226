using System.Collections.Concurrent;
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
/// CDS blocks, then WordPress blocks, then plain HTML. Immutable: <see cref="ToBuilder"/> starts a changed copy
/// (a library user's own rules added, built-in rules removed or wrapped), and
/// <see cref="ConversionOptions.Rules"/> puts it to use.
/// </summary>
public sealed class RuleSet
{
    internal RuleSet(IReadOnlyList<IBlockRule> rules, FallbackRule fallback)
    {
        Rules = rules;
        Fallback = fallback;
        _all = [.. rules];
        _filtered = rules.Any(r => r is IHasMatchPrerequisite);
    }

    /// <summary>Tag names seen beyond this many (a document of made-up elements) get their candidates worked out each time.</summary>
    private const int MaxCachedTagNames = 512;

    private readonly IBlockRule[] _all;

    /// <summary>Whether any rule has a prerequisite: a set of only a library user's rules asks each rule as it always did.</summary>
    private readonly bool _filtered;

    /// <summary>Per tag name, per <see cref="BlockTraits"/> value, the rules that may match, in their order.</summary>
    private readonly ConcurrentDictionary<string, IBlockRule[][]> _candidates = new(StringComparer.Ordinal);

    private int _cachedTagNames;

    /// <summary>The rules in the order they are tried; the first whose <see cref="IBlockRule.IsMatch"/> is true converts the block.</summary>
    public IReadOnlyList<IBlockRule> Rules { get; }

    /// <summary>
    /// What takes a block no rule matches (raw HTML, dropped or a failed document, per
    /// <see cref="ConversionOptions.Unknown"/>). Not replaceable: every unmatched block must end in a diagnostic.
    /// </summary>
    internal FallbackRule Fallback { get; }

    /// <summary>The built-in rules, in their order: <c>cdsmigrate rules</c> lists them with what each matches and produces.</summary>
    public static RuleSet Default { get; } = new(
    [
        // Placeholders the block comments left (BlockCommentAnnotator): no HTML of their own.
        new DynamicBlockRule(),
        new MoreRule(),
        new NextPageRule(),
        new HtmlBlockRule(),
        // CDS plugin blocks (cds-base in GC Articles).
        new CdsAlertRule(),
        new CdsExpanderRule(),
        // WordPress blocks, recognised by their block comment or wp-block-* class. Blocks that hold
        // figures or images (gallery, cover, media-text, embed, video) come before the image rule.
        new SpacerRule(),
        new GalleryRule(),
        new CoverRule(),
        new MediaTextRule(),
        new EmbedRule(),
        new MediaRule(),
        new ButtonsRule(),
        new GroupRule(),
        new PullquoteRule(),
        new FileRule(),
        new TableRule(),
        new ImageFigureRule(),
        new VerseRule(),
        new FootnotesRule(),
        new EmbedUrlRule(),
        // Plain HTML, which WordPress blocks also render to.
        new DetailsRule(),
        new HeadingAroundItemRule(),
        new HeadingRule(),
        new ParagraphRule(),
        new ListRule(),
        new OrphanListItemRule(),
        new QuoteRule(),
        new PreformattedRule(),
        new ThematicBreakRule(),
        // Last: what only wraps content (div, section, span around blocks…) is unwrapped (issue 10).
        new ContainerRule(),
    ], new FallbackRule());

    /// <summary>A builder that starts from these rules, to add, remove or wrap some and build a new set.</summary>
    public RuleSetBuilder ToBuilder() => new(Rules, Fallback);

    /// <summary>The first rule that matches <paramref name="element"/>; null when none does (the fallback then takes it).</summary>
    /// <param name="element">The block element to convert.</param>
    /// <param name="context">The document's conversion context.</param>
    public IBlockRule? Find(IElement element, ConversionContext context)
    {
        // Asked of every block. Only the rules whose prerequisite the block has are asked, in the set's order: a rule
        // skipped is one whose IsMatch would be false, so the first that matches is the same (issue 11).
        var rules = _filtered ? Candidates(element) : _all;
        for (int i = 0; i < rules.Length; i++)
        {
            if (rules[i].IsMatch(element, context))
            {
                return rules[i];
            }
        }

        return null;
    }

    private IBlockRule[] Candidates(IElement element)
    {
        string name = element.LocalName;
        var traits = MatchPrerequisite.TraitsOf(element);
        if (!_candidates.TryGetValue(name, out var byTraits))
        {
            byTraits = CandidatesFor(name);
            // Counted apart: ConcurrentDictionary.Count takes every lock of the dictionary, on every miss.
            if (Volatile.Read(ref _cachedTagNames) < MaxCachedTagNames && _candidates.TryAdd(name, byTraits))
            {
                Interlocked.Increment(ref _cachedTagNames);
            }
        }

        return byTraits[(int)traits];
    }

    /// <summary>Apart from <see cref="Candidates"/>: the lambda's closure would otherwise be made on every call.</summary>
    private IBlockRule[][] CandidatesFor(string name)
    {
        var byTraits = new IBlockRule[(int)(BlockTraits.BlockClass | BlockTraits.Placeholder) + 1][];
        for (int t = 0; t < byTraits.Length; t++)
        {
            var traits = (BlockTraits)t;
            byTraits[t] = [.. _all.Where(r => r is not IHasMatchPrerequisite p || p.Prerequisite.Admits(name, traits))];
        }

        return byTraits;
    }
}
