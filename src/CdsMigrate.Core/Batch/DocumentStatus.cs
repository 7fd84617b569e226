namespace CdsMigrate.Core.Batch;

/// <summary>What happened to one document.</summary>
public enum DocumentStatus
{
    /// <summary>Converted and written (or printed).</summary>
    Converted,

    /// <summary>Converted, but the output was not written (an unsafe path, a write error).</summary>
    NotWritten,

    /// <summary>Could not be read, parsed or converted: nothing written.</summary>
    Failed,

    /// <summary>Deliberately not converted (a trashed item, an auto-draft, internal types); an info diagnostic says why.</summary>
    Skipped,
}
