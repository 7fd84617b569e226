namespace CdsMigrate.Core.Parsing;

/// <summary>What one piece of a body is to the site's Markdown reader.</summary>
internal enum BodyPieceKind
{
    /// <summary>Markdown: kept byte for byte.</summary>
    Markdown,

    /// <summary>An HTML block (CommonMark types 1–7): converted with the rules, or kept when it encloses Markdown.</summary>
    HtmlBlock,

    /// <summary>A paragraph, heading or table cell of Markdown with inline HTML inside: only the HTML is converted.</summary>
    MixedParagraph,
}
