using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// The converter's record of what it changed on purpose (issue 11, point 1): the one channel from conversion to
/// verification, replacing the data-cdsmigrate-* attributes once written into the source DOM. Rules add to it
/// through <see cref="ConversionContext"/> (Drop, Imply…, ReadAs), whose methods take the justifying
/// <see cref="Diagnostic"/> as a non-nullable argument and report it: a drop without a diagnostic cannot be
/// written (nullable warnings are errors), and a null forced through throws, failing the document with a located
/// internal error. The verifier reads the entries and nothing else of the conversion.
/// </summary>
internal sealed class DropLedger
{
    private readonly List<LedgerEntry> _entries = [];
    private readonly HashSet<IElement> _dropped = [];
    private readonly List<(IElement Element, SourceSpan At, LedgerKind Kind, MdOrigin Origin)> _awaitingWriter = [];

    /// <summary>The entries, in the order the rules made them.</summary>
    public IReadOnlyList<LedgerEntry> Entries => _entries;

    /// <summary>Whether <paramref name="element"/> itself was dropped (the converter skips it).</summary>
    public bool IsDropped(IElement element) => _dropped.Count > 0 && _dropped.Contains(element);

    internal void Add(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(entry.Element);
        // Not redundant with the non-nullable type: a null forced through (null!) must not become a silent drop.
        ArgumentNullException.ThrowIfNull(entry.Because, "because");
        if (entry.Kind is LedgerKind.ImpliedLink or LedgerKind.ImpliedImage or LedgerKind.ImpliedText && entry.Value is null)
        {
            throw new ArgumentException($"a {entry.Kind} entry needs its value", nameof(entry));
        }

        _entries.Add(entry);
        if (entry.Kind == LedgerKind.Dropped)
        {
            _dropped.Add(entry.Element);
        }
    }

    /// <summary>
    /// A reading whose diagnostic the writer reports, because it depends on the flavour (a CDS alert: a GitHub alert
    /// that no longer closes in gfm, a plain quote elsewhere; issue 11, point 4). It becomes an entry when
    /// <see cref="Justify"/> is given the writer's diagnostic for <paramref name="origin"/>.
    /// </summary>
    internal void AddAwaitingWriter(IElement element, SourceSpan at, LedgerKind kind, MdOrigin origin)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(origin);
        _awaitingWriter.Add((element, at, kind, origin));
    }

    /// <summary>
    /// Completes the readings awaiting the writer with the diagnostics it reported (<c>DegradationReport.Reported</c>).
    /// A reading whose node never reached the writer (a rule of one's own that kept its converted children inside a
    /// custom node) is no entry: there is no diagnostic to justify it, and nothing in the output is read that way,
    /// so the verifier compares the element as it is and reports what went missing.
    /// </summary>
    internal void Justify(IReadOnlyList<(MdOrigin Origin, Diagnostic Diagnostic)> reported)
    {
        foreach (var (element, at, kind, origin) in _awaitingWriter)
        {
            if (reported.FirstOrDefault(r => ReferenceEquals(r.Origin, origin)).Diagnostic is { } because)
            {
                Add(new LedgerEntry(element, at, kind, because));
            }
        }

        _awaitingWriter.Clear();
    }
}
