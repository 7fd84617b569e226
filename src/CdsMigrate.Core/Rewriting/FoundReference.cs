namespace CdsMigrate.Core.Rewriting;

/// <summary>A reference as the scanners find it: the public record plus how its text is written.</summary>
internal sealed record FoundReference(MarkdownReference Reference, ReferenceSyntax Syntax);
