using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// One document read from any source (post file, WXR item, REST JSON entry), ready to convert:
/// its front matter, its HTML body and where that body starts in the source file.
/// </summary>
internal sealed record SourceDocument
{
    /// <summary>The source file as the user named it; diagnostics point here.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The output path relative to the output folder, with forward slashes and a <c>.md</c> extension.</summary>
    public required string OutputPath { get; init; }

    /// <summary>
    /// True when <see cref="OutputPath"/> is the source file's own path (a post file), kept byte for byte because it
    /// is part of the page's URL (issue 9); false when it was built from export data (slug, title, layout) and may
    /// be made safe. See <see cref="Batch.KeptPath"/> and <see cref="Batch.SafePath"/>.
    /// </summary>
    public bool KeepsSourceName { get; init; }

    /// <summary>
    /// The front matter's values (entities decoded, empty list items dropped), or null when the source had none:
    /// what consumers read (presets, inventory). The output is written from <see cref="RawFrontMatter"/> when
    /// there is one, else from this mapping.
    /// </summary>
    public FrontMatterMapping? FrontMatter { get; init; }

    /// <summary>
    /// A post file's front matter as written, with the fixes it needs (issue 9, point 5): written back line for
    /// line. Null for documents made from export data, whose front matter <see cref="FrontMatterWriter"/> writes.
    /// </summary>
    public RawFrontMatter? RawFrontMatter { get; init; }

    /// <summary>The body: WordPress HTML (rendered or with block comments), or a content file's body as written (see <see cref="BodySyntax"/>).</summary>
    public required string Html { get; init; }

    /// <summary>
    /// How <see cref="Html"/> was rewritten from the source's text (wpautop, galleries): <see cref="Parsing.SourcePosition"/>
    /// maps body positions through it; null when the body is the text as written.
    /// </summary>
    public Parsing.RewrittenText? BodyMap { get; init; }

    /// <summary>Whether <see cref="Html"/> is saved content, which WordPress texturizes when it shows it, or already rendered.</summary>
    public ContentOrigin Origin { get; init; } = ContentOrigin.Rendered;

    /// <summary>
    /// How the destination reads <see cref="Html"/>: WordPress stores HTML (WXR, REST); a content file (<c>.md</c>)
    /// is read by the site as CommonMark with raw HTML, so its body may be Markdown, HTML or both (issue 9).
    /// </summary>
    public BodySyntax BodySyntax { get; init; } = BodySyntax.Html;

    /// <summary>The 1-based line of the source file on which <see cref="Html"/> begins.</summary>
    public int HtmlLine { get; init; } = 1;

    /// <summary>The 1-based column of the source line on which <see cref="Html"/> begins.</summary>
    public int HtmlColumn { get; init; } = 1;

    /// <summary>
    /// The exported item this document came from, without its body (null for post files): what the site plan
    /// needs to know of it (id, type, slug, language, old permalink, parent path).
    /// </summary>
    public ContentItem? Item { get; init; }

    /// <summary>Where the site plan puts this document and which old URLs lead to it (null when not planned).</summary>
    public Site.PlannedDocument? Planned { get; init; }

    /// <summary>
    /// The document's language (<c>en</c>, <c>fr</c>) as its source says it (Polylang, WPML, qTranslate, a REST
    /// <c>lang</c>), or null: post files get theirs from front matter or path later (<see cref="Translations.TranslationIdentity"/>).
    /// </summary>
    public string? Lang { get; init; }

    /// <summary>The key shared by the document and its translations, when the source says it.</summary>
    public string? TranslationKey { get; init; }

    /// <summary>True for one language of a qTranslate item written as one document per language.</summary>
    public bool LanguageSplit { get; init; }

    /// <summary>The 1-based line of the item in its source (an export's item), where translation findings point; 0 for the file's start.</summary>
    public int ItemLine { get; init; }

    /// <summary>What the reader found while reading (missing front matter, replaced bytes…).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
