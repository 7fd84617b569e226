namespace CdsMigrate.Core.Sources;

internal enum SourceEntryKind
{
    /// <summary>A document to convert and write.</summary>
    Document,

    /// <summary>An item deliberately not converted (trash, auto-draft, internal types); carries an info diagnostic.</summary>
    Skipped,

    /// <summary>The input could not be read or parsed (exit code 3).</summary>
    Failed,
}
