namespace CdsMigrate.Core.Conversion;

/// <summary>Everything that changes how one document is converted. Immutable, shared across threads.</summary>
public sealed record ConversionOptions
{
    public MarkdownFlavor Flavor { get; init; } = MarkdownFlavor.Gfm;

    public UnknownBlockPolicy Unknown { get; init; } = UnknownBlockPolicy.Keep;

    /// <summary>
    /// Drop bold and italic inside headings (<c>## Title</c> for <c>&lt;h2&gt;&lt;strong&gt;Title&lt;/strong&gt;&lt;/h2&gt;</c>).
    /// Off by default: the author chose the formatting and the site shows it (issue 10: the CDS site's CSS sets h2
    /// at weight 400, so a bold heading looks different without it).
    /// </summary>
    public bool PlainHeadings { get; init; }

    /// <summary>Blocks dropped or kept as raw HTML by name, before any rule is tried (<c>--drop-block</c>, <c>--raw-block</c>).</summary>
    public BlockChoices Blocks { get; init; } = BlockChoices.None;

    /// <summary>Render the output back to HTML and compare it with the source.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>
    /// Rewrites each Markdown piece of a Markdown or mixed body before it is written (tests only: a way to break
    /// the Markdown on purpose and prove the verifier notices; issue 9). Null keeps the pieces byte for byte.
    /// </summary>
    internal Func<string, string>? MarkdownPieceRewriter { get; init; }

    public static ConversionOptions Default { get; } = new();
}
