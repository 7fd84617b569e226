namespace CdsMigrate.Core.Rewriting;

/// <summary>A reference whose URL was replaced: where it was in the input and what it became.</summary>
internal sealed record RewrittenReference(MarkdownReference Reference, string NewUrl);
