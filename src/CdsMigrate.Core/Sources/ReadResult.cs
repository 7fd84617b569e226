using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>What a reader produced from one input: documents to convert, or the diagnostics that stopped it.</summary>
internal sealed record ReadResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the input could not be read or parsed at all.</summary>
    public bool Failed => Documents.Count == 0 && Diagnostics.Any(d => d.Severity == Severity.Error);

    public static ReadResult Fail(Diagnostic diagnostic) => new([], [diagnostic]);
}
