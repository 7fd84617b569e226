using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Model;

/// <summary>
/// The extension point for a block the model has no node for (issue 11, point 4): a library user's rule returns a
/// record derived from this one, and the writer puts what <see cref="ToMarkdown"/> returns on lines of its own,
/// with blank lines around it. The node owns its text entirely: nothing is escaped, indented or wrapped for it
/// except the prefixes of what contains it (a quote's <c>&gt; </c>, a list item's indentation). Any other class
/// derived straight from <see cref="MdBlock"/> has no writer and fails the document with CDS3002.
/// </summary>
public abstract record MdCustomBlock : MdBlock
{
    /// <summary>The block's Markdown, one or more lines, without a trailing blank line.</summary>
    /// <param name="flavor">The flavour being written, for a node that writes differently for each.</param>
    public abstract string ToMarkdown(MarkdownFlavor flavor);
}
