namespace CdsMigrate.Core.Model;

/// <summary>One footnote: its number and its content.</summary>
/// <param name="Number">The note's number.</param>
/// <param name="Blocks">The note's content.</param>
public sealed record MdFootnote(int Number, IReadOnlyList<MdBlock> Blocks);
