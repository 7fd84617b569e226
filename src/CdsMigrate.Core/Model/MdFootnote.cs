namespace CdsMigrate.Core.Model;

/// <summary>One footnote: its number and its content.</summary>
public sealed record MdFootnote(int Number, IReadOnlyList<MdBlock> Blocks);
