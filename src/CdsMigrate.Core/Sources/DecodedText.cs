using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Decoded input text (LF line endings), or the error that stopped decoding, plus the warnings about what was
/// repaired (invalid bytes replaced, NUL removed).
/// </summary>
internal sealed record DecodedText(string? Text, Diagnostic? Error, IReadOnlyList<Diagnostic> Warnings);
