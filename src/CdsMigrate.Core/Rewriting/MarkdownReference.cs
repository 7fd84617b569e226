namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// One URL found in a Markdown document. <see cref="Url"/> is the URL as a reader gets it (Markdown escapes,
/// HTML entities and YAML quoting undone); <see cref="Offset"/> and <see cref="Length"/> are the exact text
/// that holds it in the document (quotes and angle brackets included when they belong to the URL's syntax),
/// which is all that a rewrite replaces. <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
/// <param name="Name">The HTML attribute, shortcode parameter or front matter key; null for Markdown syntax.</param>
/// <param name="Element">The HTML tag or shortcode name (<c>img</c>, <c>a</c>, <c>figure</c>); null otherwise.</param>
internal sealed record MarkdownReference(ReferenceKind Kind, string Url, string? Name, string? Element, int Offset, int Length, int Line, int Column);
