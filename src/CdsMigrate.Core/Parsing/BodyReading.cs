using Markdig;
using Markdig.Syntax;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A body as its site reads it: its kind, its pieces in order, and the places the converter deliberately
/// reads differently (<see cref="Decisions"/>). Made by <see cref="BodyReader"/>.
/// </summary>
internal sealed record BodyReading(string Text, BodyKind Kind, IReadOnlyList<BodyPiece> Pieces, IReadOnlyList<ReadingDecision> Decisions)
{
    /// <summary>Markdig's syntax tree of <see cref="Text"/>, parsed with the flavour's pipeline and precise positions.</summary>
    internal MarkdownDocument Document { get; init; } = null!;

    /// <summary>
    /// How the site renders the body's Markdown (the flavour's Markdig pipeline): inline HTML inside a paragraph is
    /// read through it, so the converter itself needs no flavour (issue 11, point 4).
    /// </summary>
    internal MarkdownPipeline Rendering { get; init; } = null!;
}
