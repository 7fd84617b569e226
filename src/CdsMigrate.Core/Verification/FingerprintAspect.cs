namespace CdsMigrate.Core.Verification;

/// <summary>One kind of thing a reader takes from a page; each is compared on its own and has its own code.</summary>
internal enum FingerprintAspect
{
    /// <summary>Words, with non-breaking spaces treated as ordinary spaces.</summary>
    Word,

    /// <summary>Words joined by a non-breaking space (U+00A0, U+202F, U+2007), e.g. <c>10 %</c> or <c>M. Smith</c>.</summary>
    Nbsp,

    /// <summary>Headings: level and text.</summary>
    Heading,

    /// <summary>List items: their number in an ordered list, a bullet otherwise.</summary>
    ListItem,

    /// <summary>Link targets (href) of links that show something.</summary>
    Link,

    /// <summary>Images: src and alt text.</summary>
    Image,

    /// <summary>Block quotes: their text.</summary>
    Quote,

    /// <summary>Disclosure widgets: the summary text and the text they hide.</summary>
    Details,

    /// <summary>Table cells: text, in reading order.</summary>
    TableCell,

    /// <summary>Code and preformatted blocks: text with its line breaks.</summary>
    Code,

    /// <summary>Footnote references (what each points at) and footnote texts.</summary>
    Footnote,

    /// <summary>In-page links (<c>href="#x"</c>): whether the page still has their target.</summary>
    InPageLink,
}
