namespace CdsMigrate.Core.Model;

/// <summary>Inline content of the Markdown model.</summary>
public abstract record MdInline;

/// <summary>Literal text, unescaped: the writer escapes it.</summary>
public sealed record MdText(string Text) : MdInline;

/// <summary>Emphasis (<c>*x*</c>).</summary>
public sealed record MdEmphasis(IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>Strong emphasis (<c>**x**</c>).</summary>
public sealed record MdStrong(IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>Strikethrough (<c>~~x~~</c> in GFM).</summary>
public sealed record MdStrike(IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>A code span.</summary>
public sealed record MdCode(string Code) : MdInline;

/// <summary>A link. Text-less links never reach the model: rules drop them with a diagnostic.</summary>
public sealed record MdLink(string Href, string? Title, IReadOnlyList<MdInline> Children) : MdInline;

/// <summary>An image.</summary>
public sealed record MdImage(string Src, string Alt, string? Title = null) : MdInline;

/// <summary>A hard line break (written as a backslash at the end of the line).</summary>
public sealed record MdHardBreak : MdInline;

/// <summary>
/// An inline HTML element kept as tags (sup, sub, cite…) with Markdown content between them;
/// CommonMark parses Markdown between inline tags.
/// </summary>
public sealed record MdHtmlInline(string TagName, string OpenTag, IReadOnlyList<MdInline> Children) : MdInline;
