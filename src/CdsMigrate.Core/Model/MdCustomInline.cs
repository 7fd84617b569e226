using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Model;

/// <summary>
/// The extension point for inline content the model has no node for (issue 11, point 4): the writer puts what
/// <see cref="ToMarkdown"/> returns where the node stands, unescaped. Use <see cref="MdText"/> for text that needs
/// escaping. Inside a <c>&lt;summary&gt;</c> (which is HTML) its GFM Markdown is written as text, HTML-escaped.
/// Any other class derived straight from <see cref="MdInline"/> has no writer and fails the document with CDS3002.
/// </summary>
public abstract record MdCustomInline : MdInline
{
    /// <summary>The node's inline Markdown (no line break).</summary>
    /// <param name="flavor">The flavour being written.</param>
    public abstract string ToMarkdown(MarkdownFlavor flavor);
}
