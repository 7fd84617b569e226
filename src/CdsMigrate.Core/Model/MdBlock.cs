namespace CdsMigrate.Core.Model;

/// <summary>A block of the Markdown model. Rules build these; only the writer turns them into text.</summary>
public abstract record MdBlock;

/// <summary>A paragraph of inline content.</summary>
public sealed record MdParagraph(IReadOnlyList<MdInline> Inlines) : MdBlock;

/// <summary>An ATX heading. <paramref name="Id"/> is the source anchor, written only by flavours that keep ids.</summary>
public sealed record MdHeading(int Level, IReadOnlyList<MdInline> Inlines, string? Id = null) : MdBlock;

/// <summary>A bullet or ordered list. <paramref name="Start"/> is the number of the first item.</summary>
public sealed record MdList(bool Ordered, int Start, IReadOnlyList<MdListItem> Items) : MdBlock;

/// <summary>One list item: its blocks, usually one paragraph and perhaps a nested list.</summary>
public sealed record MdListItem(IReadOnlyList<MdBlock> Blocks);

/// <summary>A block quote.</summary>
public sealed record MdQuote(IReadOnlyList<MdBlock> Blocks) : MdBlock;

/// <summary>A fenced code block.</summary>
public sealed record MdCodeBlock(string? Language, string Code) : MdBlock;

/// <summary>A thematic break (<c>---</c>).</summary>
public sealed record MdThematicBreak : MdBlock;

/// <summary>Raw HTML kept as it was, because Markdown cannot say it.</summary>
public sealed record MdHtmlBlock(string Html) : MdBlock;

/// <summary>
/// <c>&lt;details&gt;</c> with a summary and Markdown inside. CommonMark has no details syntax, so the
/// writer emits the tags as raw HTML and separates the inner Markdown with blank lines so it is parsed.
/// </summary>
/// <paramref name="SummaryHeading"/> is the level of a heading the summary holds (the CDS expander's h3), 0 for none:
/// it stays a heading, in the page's outline (issue 10).
public sealed record MdDetails(IReadOnlyList<MdInline> Summary, IReadOnlyList<MdBlock> Blocks, bool Open = false, int SummaryHeading = 0) : MdBlock;

/// <summary>
/// An HTML element kept as tags with Markdown blocks inside (table cells with lists, say). The writer
/// puts blank lines around Markdown content so that CommonMark parses it; nested containers share lines.
/// </summary>
public sealed record MdHtmlContainer(string TagName, string OpenTag, IReadOnlyList<MdBlock> Blocks) : MdBlock;

/// <summary>A GFM pipe table: one header row, then body rows, cells of inline content.</summary>
public sealed record MdTable(IReadOnlyList<IReadOnlyList<MdInline>> Header, IReadOnlyList<string?> Alignments, IReadOnlyList<IReadOnlyList<IReadOnlyList<MdInline>>> Rows) : MdBlock;

/// <summary>
/// A callout (CDS alert): <paramref name="Kind"/> is the GFM alert type (NOTE, TIP, WARNING, CAUTION).
/// GFM gets <c>&gt; [!KIND]</c> with the title in bold; CommonMark and Hugo (which shows <c>[!KIND]</c> as text
/// without a render hook) a block quote with the bold title.
/// </summary>
public sealed record MdAlert(string Kind, IReadOnlyList<MdInline> Title, IReadOnlyList<MdBlock> Blocks) : MdBlock;

/// <summary>
/// An embedded player or card (core/embed): written as a link to <paramref name="Url"/> on its own line.
/// <paramref name="Provider"/> (youtube, vimeo, twitter…) lets a flavour choose a shortcode instead.
/// </summary>
public sealed record MdEmbed(string Url, string? Provider, IReadOnlyList<MdInline> Text) : MdBlock;
