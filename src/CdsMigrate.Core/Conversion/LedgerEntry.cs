using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// One deliberate difference between the source and the output: the source element, where it is, what was done
/// (<see cref="Kind"/>, with the implied URL, alt text or text in <see cref="Value"/> and <see cref="Alt"/>), and the
/// diagnostic that tells the user about it. There is no entry without a diagnostic.
/// </summary>
internal sealed record LedgerEntry(IElement Element, SourceSpan At, LedgerKind Kind, Diagnostic Because)
{
    /// <summary>The implied link or image URL, or the implied text.</summary>
    public string? Value { get; init; }

    /// <summary>An implied image's alt text.</summary>
    public string? Alt { get; init; }
}
