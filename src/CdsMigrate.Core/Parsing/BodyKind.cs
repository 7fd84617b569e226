namespace CdsMigrate.Core.Parsing;

/// <summary>What a body is, read as its site reads it (CommonMark with raw HTML; issue 9).</summary>
internal enum BodyKind
{
    /// <summary>Only HTML blocks (WordPress HTML): converted whole, as a browser reads it.</summary>
    Html,

    /// <summary>Markdown with no HTML at all: kept byte for byte ("already Markdown").</summary>
    Markdown,

    /// <summary>Markdown with HTML blocks or inline HTML: only the HTML pieces are converted.</summary>
    Mixed,
}
