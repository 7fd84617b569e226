using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;

namespace CdsMigrate.Core.Conversion;

/// <summary>The outcome of converting one document.</summary>
internal sealed record ConversionResult(SourceDocument Source, string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>How many blocks each rule converted; empty when the document failed before conversion.</summary>
    public IReadOnlyDictionary<string, int> BlockCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// The body is Markdown with no HTML and was kept byte for byte (issue 9): the document is written like any
    /// other, and reported as "already Markdown" rather than converted.
    /// </summary>
    public bool AlreadyMarkdown { get; init; }

    /// <summary>
    /// The structure of <see cref="Markdown"/> (translation pairing), counted from the verifier's own parse of the output
    /// when the document has a language and a key and that parse reads as <see cref="StructureCounter.Count(string)"/>
    /// does (issue 11: the output is parsed once, not twice); null otherwise. Whoever changes <see cref="Markdown"/> sets it
    /// back to null.
    /// </summary>
    public StructureCounts? OutputStructure { get; init; }

    /// <summary>True when no output should be written for this document.</summary>
    public bool Failed => Markdown is null;
}
