namespace CdsMigrate.Core.Rewriting;

/// <summary>The rewritten document and the references that changed, in document order.</summary>
public sealed record ReferenceRewrite(string Text, IReadOnlyList<RewrittenReference> Rewritten);
