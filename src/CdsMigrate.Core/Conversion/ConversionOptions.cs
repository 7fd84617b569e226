namespace CdsMigrate.Core.Conversion;

/// <summary>Everything that changes how one document is converted. Immutable, shared across threads.</summary>
public sealed record ConversionOptions
{
    public MarkdownFlavor Flavor { get; init; } = MarkdownFlavor.Gfm;

    public UnknownBlockPolicy Unknown { get; init; } = UnknownBlockPolicy.Keep;

    /// <summary>Render the output back to HTML and compare it with the source.</summary>
    public bool Verify { get; init; } = true;

    public static ConversionOptions Default { get; } = new();
}
