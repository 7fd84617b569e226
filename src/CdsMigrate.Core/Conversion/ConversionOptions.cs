namespace CdsMigrate.Core.Conversion;

/// <summary>Everything that changes how one document is converted. Immutable, shared across threads.</summary>
public sealed record ConversionOptions
{
    public MarkdownFlavor Flavor { get; init; } = MarkdownFlavor.Gfm;

    public UnknownBlockPolicy Unknown { get; init; } = UnknownBlockPolicy.Keep;

    /// <summary>Render the output back to HTML and compare it with the source.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>
    /// Rewrites each Markdown piece of a Markdown or mixed body before it is written (tests only: a way to break
    /// the Markdown on purpose and prove the verifier notices; issue 9). Null keeps the pieces byte for byte.
    /// </summary>
    internal Func<string, string>? MarkdownPieceRewriter { get; init; }

    public static ConversionOptions Default { get; } = new();
}
