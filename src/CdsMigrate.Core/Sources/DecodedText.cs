using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Decoded input text (LF line endings), or the error that stopped decoding, plus the warnings about what was
/// repaired (invalid bytes replaced, NUL removed). Deconstructs to <c>(Text, Error)</c> for callers that only
/// need those.
/// </summary>
public sealed record DecodedText(string? Text, Diagnostic? Error, IReadOnlyList<Diagnostic> Warnings)
{
    public void Deconstruct(out string? text, out Diagnostic? error)
    {
        text = Text;
        error = Error;
    }
}
