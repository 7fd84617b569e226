namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What a rule deliberately did to a source element that a reader of the output will notice (issue 11): the only
/// way the converter tells the verifier "this differs on purpose". Each kind changes what the verifier expects.
/// </summary>
internal enum LedgerKind
{
    /// <summary>Left out, with everything inside it (a duplicate download button, a dynamic block's template).</summary>
    Dropped,

    /// <summary>Flattened to its words (nested too deeply): only its words are compared.</summary>
    Flattened,

    /// <summary>A link the output shows that the source element only implied (an embed's URL, a link around blocks repeated).</summary>
    ImpliedLink,

    /// <summary>An image the output shows that the source held only in a style attribute (a cover's background).</summary>
    ImpliedImage,

    /// <summary>Text the output shows that the source element held only in an attribute (an embed's URL).</summary>
    ImpliedText,

    /// <summary>Read as a quote (a CDS alert's details box becomes a quote or an alert).</summary>
    ReadAsQuote,

    /// <summary>Read as text, not code (a verse's pre, a pre around a list).</summary>
    ReadAsText,

    /// <summary>A list used as a grid (a gallery's ul): its items are not list items.</summary>
    ReadAsLayout,
}
