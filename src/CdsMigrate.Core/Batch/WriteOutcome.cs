namespace CdsMigrate.Core.Batch;

/// <summary>The result of writing one output: the path used (relative and full), the action, and how the path was made safe.</summary>
internal sealed record WriteOutcome(string RelativePath, string FullPath, WriteAction Action, IReadOnlyList<string> PathChanges);
