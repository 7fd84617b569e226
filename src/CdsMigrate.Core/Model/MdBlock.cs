namespace CdsMigrate.Core.Model;

/// <summary>A block of the Markdown model. Rules build these; only the writer turns them into text.</summary>
public abstract record MdBlock;

/// <summary>A paragraph of inline content.</summary>
/// <param name="Inlines">The paragraph's content.</param>
public sealed record MdParagraph(IReadOnlyList<MdInline> Inlines) : MdBlock;

/// <summary>An ATX heading. <paramref name="Id"/> is the source anchor, written only by flavours that keep ids.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Inlines">The heading's content.</param>
/// <param name="Id">The anchor id the source gave the heading, or null.</param>
public sealed record MdHeading(int Level, IReadOnlyList<MdInline> Inlines, string? Id = null) : MdBlock
{
    /// <summary>
    /// A link in the page targets <see cref="Id"/> and no anchor was written for it yet: a flavour without heading ids
    /// keeps it as an anchor at the start of the text (hugo writes <c>{#id}</c> for every heading with an id).
    /// </summary>
    internal bool IdTargeted { get; init; }
}

/// <summary>A bullet or ordered list. <paramref name="Start"/> is the number of the first item.</summary>
/// <param name="Ordered">True for a numbered list.</param>
/// <param name="Start">The number of the first item (ordered lists).</param>
/// <param name="Items">The items.</param>
public sealed record MdList(bool Ordered, int Start, IReadOnlyList<MdListItem> Items) : MdBlock;

/// <summary>One list item: its blocks, usually one paragraph and perhaps a nested list.</summary>
/// <param name="Blocks">The item's blocks.</param>
public sealed record MdListItem(IReadOnlyList<MdBlock> Blocks);

/// <summary>A block quote.</summary>
/// <param name="Blocks">The quoted blocks.</param>
public sealed record MdQuote(IReadOnlyList<MdBlock> Blocks) : MdBlock;

/// <summary>A fenced code block.</summary>
/// <param name="Language">The info string (<c>python</c>), or null.</param>
/// <param name="Code">The code, as it is: the writer picks a fence longer than any backtick run inside.</param>
public sealed record MdCodeBlock(string? Language, string Code) : MdBlock;

/// <summary>A thematic break (<c>---</c>).</summary>
public sealed record MdThematicBreak : MdBlock;

/// <summary>Raw HTML kept as it was, because Markdown cannot say it.</summary>
/// <param name="Html">The HTML, written as it is.</param>
public sealed record MdHtmlBlock(string Html) : MdBlock;

/// <summary>
/// <c>&lt;details&gt;</c> with a summary and Markdown inside. CommonMark has no details syntax, so the
/// writer emits the tags as raw HTML and separates the inner Markdown with blank lines so it is parsed.
/// </summary>
/// <paramref name="SummaryHeading"/> is the level of a heading the summary holds (the CDS expander's h3), 0 for none:
/// it stays a heading, in the page's outline (issue 10).
/// <param name="Summary">What the summary shows.</param>
/// <param name="Blocks">The content.</param>
/// <param name="Open">True when the details start open.</param>
/// <param name="SummaryHeading">The level of the heading the summary holds, 0 for none.</param>
public sealed record MdDetails(IReadOnlyList<MdInline> Summary, IReadOnlyList<MdBlock> Blocks, bool Open = false, int SummaryHeading = 0) : MdBlock;

/// <summary>
/// An HTML element kept as tags with Markdown blocks inside (table cells with lists, say). The writer
/// puts blank lines around Markdown content so that CommonMark parses it; nested containers share lines.
/// </summary>
/// <param name="TagName">The element's name (<c>td</c>), for the closing tag.</param>
/// <param name="OpenTag">The opening tag, written as it is.</param>
/// <param name="Blocks">The Markdown content between the tags.</param>
public sealed record MdHtmlContainer(string TagName, string OpenTag, IReadOnlyList<MdBlock> Blocks) : MdBlock
{
    /// <summary>A table a pipe table cannot say: where it is, for the diagnostic the writer reports (CDS1107); null otherwise.</summary>
    internal MdOrigin? Origin { get; init; }

    /// <summary>Why a pipe table cannot say it (merged cells, no header row…), for that diagnostic.</summary>
    internal string? KeptBecause { get; init; }
}

/// <summary>A GFM pipe table: one header row, then body rows, cells of inline content.</summary>
/// <param name="Header">The header row's cells.</param>
/// <param name="Alignments">One alignment per column.</param>
/// <param name="Rows">The body rows, each a list of cells.</param>
public sealed record MdTable(IReadOnlyList<IReadOnlyList<MdInline>> Header, IReadOnlyList<ColumnAlignment> Alignments, IReadOnlyList<IReadOnlyList<IReadOnlyList<MdInline>>> Rows) : MdBlock
{
    /// <summary>The source table, for the diagnostic a flavour without tables reports; null when built otherwise.</summary>
    internal MdOrigin? Origin { get; init; }

    /// <summary>The source's sections and cell tags, for a flavour that writes the table as HTML; null for the plain shape (thead of th, tbody of td).</summary>
    internal MdTableHtml? Html { get; init; }
}

/// <summary>
/// A callout (CDS alert) of a GFM alert <paramref name="Kind"/>.
/// GFM gets <c>&gt; [!KIND]</c> with the title in bold; CommonMark and Hugo (which shows <c>[!KIND]</c> as text
/// without a render hook) a block quote with the bold title.
/// </summary>
/// <param name="Kind">The alert's kind.</param>
/// <param name="Title">The title, written in bold; empty for none.</param>
/// <param name="Blocks">The content.</param>
public sealed record MdAlert(AlertKind Kind, IReadOnlyList<MdInline> Title, IReadOnlyList<MdBlock> Blocks) : MdBlock
{
    /// <summary>The source's callout, for the diagnostic the writer reports on how its flavour shows it; null when built otherwise.</summary>
    internal MdOrigin? Origin { get; init; }
}

/// <summary>
/// An embedded player or card (core/embed): written as a link to <paramref name="Url"/> on its own line.
/// <paramref name="Provider"/> (youtube, vimeo, twitter…) lets a flavour choose a shortcode instead.
/// </summary>
/// <param name="Url">The embedded page's URL.</param>
/// <param name="Provider">The provider (youtube, vimeo…), or null.</param>
/// <param name="Text">The link text; empty to show the URL.</param>
public sealed record MdEmbed(string Url, string? Provider, IReadOnlyList<MdInline> Text) : MdBlock;
