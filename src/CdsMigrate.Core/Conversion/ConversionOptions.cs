using CdsMigrate.Core.Rules;

namespace CdsMigrate.Core.Conversion;

/// <summary>Everything that changes how one document is converted. Immutable, shared across threads.</summary>
public sealed record ConversionOptions
{
    /// <summary>The Markdown to write: GFM (the default), CommonMark or Hugo's Goldmark.</summary>
    public MarkdownFlavor Flavor { get; init; } = MarkdownFlavor.Gfm;

    /// <summary>What happens to a block no rule converts: kept as raw HTML (the default), dropped, or failing the document.</summary>
    public UnknownBlockPolicy Unknown { get; init; } = UnknownBlockPolicy.Keep;

    /// <summary>
    /// The block rules, tried in order; <see cref="RuleSet.Default"/> unless a library user builds another
    /// (<see cref="RuleSet.ToBuilder"/>) to add rules of their own.
    /// </summary>
    public RuleSet Rules { get; init; } = RuleSet.Default;

    /// <summary>
    /// Drop bold and italic inside headings (<c>## Title</c> for <c>&lt;h2&gt;&lt;strong&gt;Title&lt;/strong&gt;&lt;/h2&gt;</c>).
    /// Off by default: the author chose the formatting and the site shows it (issue 10: the CDS site's CSS sets h2
    /// at weight 400, so a bold heading looks different without it).
    /// </summary>
    public bool PlainHeadings { get; init; }

    /// <summary>
    /// The site's own shortcode names, besides WordPress core, Jetpack and common plugins.
    /// WordPress expands only registered names, so any other bracketed tag is text (issue 10).
    /// </summary>
    public IReadOnlyList<string> KnownShortcodes { get => _knownShortcodes; init => _knownShortcodes = new ValueList(value); }

    private readonly ValueList _knownShortcodes = ValueList.None;

    /// <summary>Blocks dropped or kept as raw HTML by name, before any rule is tried (<c>--drop-block</c>, <c>--raw-block</c>).</summary>
    public BlockChoices Blocks { get; init; } = BlockChoices.None;

    /// <summary>Render the output back to HTML and compare it with the source.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>
    /// Rewrites each Markdown piece of a Markdown or mixed body before it is written (tests only: a way to break
    /// the Markdown on purpose and prove the verifier notices; issue 9). Null keeps the pieces byte for byte.
    /// </summary>
    internal Func<string, string>? MarkdownPieceRewriter { get; init; }

    /// <summary>GFM, unknown blocks kept as raw HTML, headings as formatted, verification on, the built-in rules.</summary>
    public static ConversionOptions Default { get; } = new();
}
