namespace CdsMigrate.Core.Sources;

/// <summary>How a document's destination reads its body (issue 9).</summary>
internal enum BodySyntax
{
    /// <summary>HTML, as WordPress stores it (WXR items, REST entries, <c>.html</c> files): converted whole.</summary>
    Html,

    /// <summary>
    /// A content file the site reads as CommonMark with raw HTML (Hugo's <c>.md</c>): read with Markdig first, so
    /// Markdown is kept, HTML pieces are converted, and a body that is only HTML converts as WordPress HTML.
    /// </summary>
    Markdown,
}
