namespace CdsMigrate.Core.Batch;

/// <summary>What happened to one document.</summary>
internal enum DocumentStatus
{
    /// <summary>Converted and written (or printed).</summary>
    Converted,

    /// <summary>Converted, but the output was not written (an unsafe path, a write error).</summary>
    NotWritten,

    /// <summary>Could not be read, parsed or converted: nothing written.</summary>
    Failed,

    /// <summary>Deliberately not converted (a trashed item, an auto-draft, internal types); an info diagnostic says why.</summary>
    Skipped,

    /// <summary>
    /// A Markdown body with no HTML, kept byte for byte and written (or printed) like any other document (issue 9):
    /// counted apart from <see cref="Converted"/>.
    /// </summary>
    AlreadyMarkdown,
}
