using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// One post, page or custom item as an export describes it, before it becomes front matter and a path.
/// WXR and REST readers both fill this, so the front matter presets and the output layout are written once.
/// </summary>
internal sealed record ContentItem
{
    /// <summary>The file the item came from, as shown in diagnostics.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The 1-based line of the item in its file (0 when unknown).</summary>
    public int Line { get; init; }

    /// <summary>The 1-based column of the item's start on <see cref="Line"/>.</summary>
    public int Column { get; init; } = 1;

    public long? Id { get; init; }

    /// <summary>The post type: <c>post</c>, <c>page</c> or a custom type.</summary>
    public required string Type { get; init; }

    /// <summary>The WordPress status: publish, draft, pending, future, private…</summary>
    public required string Status { get; init; }

    public string Title { get; init; } = "";

    /// <summary>The slug, percent-decoded; never empty once the reader is done with it.</summary>
    public string Slug { get; init; } = "";

    /// <summary>
    /// The slugs of the item's ancestors (a page's parent pages), outermost first, joined by <c>/</c>; empty for
    /// an item without a parent. What the layout token <c>{path}</c> keeps (issue 12: <c>benefits/overview</c>).
    /// </summary>
    public string ParentPath { get; init; } = "";

    public WordPressDate? Date { get; init; }

    public WordPressDate? Modified { get; init; }

    /// <summary>The author's display name (or GC Articles' <c>gc_author_name</c>).</summary>
    public string? Author { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The excerpt as plain text.</summary>
    public string? Excerpt { get; init; }

    public string? ImageUrl { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>The item's permalink on the old site.</summary>
    public string? Link { get; init; }

    /// <summary>The item's language (<c>en</c>, <c>fr</c>) when the export says it.</summary>
    public string? Lang { get; init; }

    /// <summary>The key shared by an item and its translations.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>
    /// True for one language of an item that held several (qTranslate): a layout without <c>{lang}</c> gets a
    /// language suffix (<c>slug.fr.md</c>, Hugo's translation-by-file-name), so the languages never share a path.
    /// </summary>
    public bool LanguageSplit { get; init; }

    /// <summary>True when the item is password-protected.</summary>
    public bool Protected { get; init; }

    /// <summary>Public postmeta (keys not starting with <c>_</c>), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Meta { get; init; } = [];

    /// <summary>The body HTML, ready for the converter.</summary>
    public required string Html { get; init; }

    /// <summary>Saved content (WXR, REST <c>content.raw</c>) or rendered HTML.</summary>
    public ContentOrigin Origin { get; init; } = ContentOrigin.Raw;

    public int HtmlLine { get; init; } = 1;

    public int HtmlColumn { get; init; } = 1;

    /// <summary>What the reader found about this item.</summary>
    public List<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>Draft, pending, future and private items (and protected ones) must not be published.</summary>
    public bool IsDraft => Protected || Status != "publish";
}
