namespace CdsMigrate.Core.Batch;

/// <summary>A safe relative output path ('/'-separated) and what was changed to make it safe (empty when nothing).</summary>
internal sealed record SafePathResult(string Path, IReadOnlyList<string> Changes)
{
    public bool Changed => Changes.Count > 0;
}
