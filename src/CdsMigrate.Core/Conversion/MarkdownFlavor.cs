namespace CdsMigrate.Core.Conversion;

/// <summary>The Markdown dialect the output targets.</summary>
public enum MarkdownFlavor
{
    /// <summary>Portable CommonMark: no tables, strikethrough or alerts.</summary>
    CommonMark,

    /// <summary>GitHub-flavoured Markdown: pipe tables, <c>~~</c>, alerts.</summary>
    Gfm,

    /// <summary>GFM for a Hugo (goldmark) site: heading ids kept, Hugo shortcodes.</summary>
    Hugo,
}
