namespace CdsMigrate.Core.Model;

/// <summary>Inline content of the Markdown model.</summary>
public abstract record MdInline;

/// <summary>Literal text, unescaped: the writer escapes it.</summary>
/// <param name="Text">The text, unescaped.</param>
public sealed record MdText(string Text) : MdInline;

/// <summary>Emphasis (<c>*x*</c>).</summary>
/// <param name="Children">The emphasised content.</param>
public sealed record MdEmphasis(IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>Strong emphasis (<c>**x**</c>).</summary>
/// <param name="Children">The strongly emphasised content.</param>
public sealed record MdStrong(IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>Strikethrough (<c>~~x~~</c> in GFM; CommonMark, which has none, gets <c>&lt;del&gt;</c>).</summary>
/// <param name="Children">The struck-through content.</param>
public sealed record MdStrike(IReadOnlyList<MdInline> Children) : MdInline
{
    /// <summary>The struck element (<c>&lt;del&gt;</c>, <c>&lt;s&gt;</c>), for the diagnostic a flavour without strikethrough reports; null for a style.</summary>
    internal MdOrigin? Origin { get; init; }

    /// <summary>Struck by an inline element around blocks (InlineWrapper): CommonMark leaves it out (see CommonMarkFlavor).</summary>
    internal bool FromWrapper { get; init; }
}

/// <summary>A code span.</summary>
/// <param name="Code">The code, as it is.</param>
public sealed record MdCode(string Code) : MdInline;

/// <summary>A link. Text-less links never reach the model: rules drop them with a diagnostic.</summary>
/// <param name="Href">The destination.</param>
/// <param name="Title">The title, or null.</param>
/// <param name="Children">The link text.</param>
public sealed record MdLink(string Href, string? Title, IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>An image.</summary>
/// <param name="Src">The image URL.</param>
/// <param name="Alt">The alt text (empty for a decorative image).</param>
/// <param name="Title">The title, or null.</param>
public sealed record MdImage(string Src, string Alt, string? Title = null) : MdInline;

/// <summary>A hard line break (written as a backslash at the end of the line).</summary>
public sealed record MdHardBreak : MdInline;

/// <summary>
/// An inline HTML element kept as tags (sup, sub, cite…) with Markdown content between them;
/// CommonMark parses Markdown between inline tags.
/// </summary>
/// <param name="TagName">The element's name, for the closing tag.</param>
/// <param name="OpenTag">The opening tag, written as it is.</param>
/// <param name="Children">The Markdown content between the tags.</param>
public sealed record MdHtmlInline(string TagName, string OpenTag, IReadOnlyList<MdInline> Children) : MdInline;
