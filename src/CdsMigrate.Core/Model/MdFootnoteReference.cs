namespace CdsMigrate.Core.Model;

/// <summary>A reference to footnote <paramref name="Number"/> (<c>[^1]</c>); numbers follow first use.</summary>
/// <param name="Number">The note's number.</param>
public sealed record MdFootnoteReference(int Number) : MdInline;
