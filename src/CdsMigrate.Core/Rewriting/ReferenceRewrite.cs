namespace CdsMigrate.Core.Rewriting;

/// <summary>The rewritten document and the references that changed, in document order.</summary>
internal sealed record ReferenceRewrite(string Text, IReadOnlyList<RewrittenReference> Rewritten);
