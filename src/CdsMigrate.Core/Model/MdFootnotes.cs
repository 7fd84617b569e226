namespace CdsMigrate.Core.Model;

/// <summary>
/// The notes of a document (<c>[^1]: text</c>). The converter puts this block last, where renderers show
/// footnotes anyway. In CommonMark, which has no footnotes, the writer writes a numbered list whose items
/// start with an anchor the references link to.
/// </summary>
/// <param name="Notes">The notes, in order.</param>
public sealed record MdFootnotes(IReadOnlyList<MdFootnote> Notes) : MdBlock
{
    /// <summary>
    /// The source's footnote lists (one per list: the converter moves them all into one block at the end), for the
    /// diagnostic a flavour without footnotes reports about each; empty when built otherwise.
    /// </summary>
    internal IReadOnlyList<MdOrigin> Origins { get; init; } = [];
}
