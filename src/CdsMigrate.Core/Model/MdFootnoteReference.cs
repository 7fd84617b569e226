namespace CdsMigrate.Core.Model;

/// <summary>A reference to footnote <paramref name="Number"/> (<c>[^1]</c>); numbers follow first use.</summary>
public sealed record MdFootnoteReference(int Number) : MdInline;
