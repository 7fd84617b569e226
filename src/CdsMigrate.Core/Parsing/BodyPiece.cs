using Markdig.Syntax;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// One piece of a body: its kind and where it is, as offsets into the body (<paramref name="Start"/> inclusive,
/// <paramref name="End"/> exclusive) and as the 1-based line and column of the body where it starts.
/// Markdown pieces are the text between the HTML pieces, so the pieces of a body tile it in order.
/// </summary>
internal sealed record BodyPiece(BodyPieceKind Kind, int Start, int End, int Line, int Column)
{
    /// <summary>Markdig's block for an HTML block or a mixed paragraph; null for Markdown.</summary>
    internal Block? Block { get; init; }
}
