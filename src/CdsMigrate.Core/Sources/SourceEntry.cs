using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>What a reader yields, one at a time: a document to convert, an item it skipped, or the failure of its input.</summary>
internal sealed record SourceEntry(string Source, SourceDocument? Document, IReadOnlyList<Diagnostic> Diagnostics, SourceEntryKind Kind)
{
    public static SourceEntry Convert(SourceDocument document) => new(document.SourcePath, document, [], SourceEntryKind.Document);

    public static SourceEntry Skip(string source, params Diagnostic[] diagnostics) => new(source, null, diagnostics, SourceEntryKind.Skipped);

    public static SourceEntry Fail(string source, params Diagnostic[] diagnostics) => new(source, null, diagnostics, SourceEntryKind.Failed);
}
