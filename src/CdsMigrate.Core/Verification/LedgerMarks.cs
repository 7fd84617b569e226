using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// The converter's ledger as the fingerprint reads it: for each element of the reference (the source as the site
/// reads it), what was done to it on purpose. Built by the verifier from <see cref="DropLedger.Entries"/>, never
/// from anything written into a DOM.
/// </summary>
internal sealed class LedgerMarks
{
    public static readonly LedgerMarks None = new([]);

    private readonly Dictionary<IElement, Marks> _marks;

    private LedgerMarks(Dictionary<IElement, Marks> marks) => _marks = marks;

    /// <summary>What the ledger says of one element.</summary>
    internal sealed class Marks
    {
        public bool Dropped { get; set; }

        public bool Flattened { get; set; }

        public string? ImpliedLink { get; set; }

        public string? ImpliedImage { get; set; }

        public string? ImpliedAlt { get; set; }

        public string? ImpliedText { get; set; }

        public LedgerKind? ReadAs { get; set; }
    }

    public bool IsEmpty => _marks.Count == 0;

    /// <summary>The marks of <paramref name="element"/>, or null (the usual case).</summary>
    public Marks? Of(IElement element) => _marks.Count == 0 ? null : _marks.GetValueOrDefault(element);

    /// <summary>The entries, each on the reference element <paramref name="place"/> finds for it (null: not found).</summary>
    public static LedgerMarks From(IEnumerable<LedgerEntry> entries, Func<IElement, IElement?> place, Action<LedgerEntry>? notFound = null)
    {
        var marks = new Dictionary<IElement, Marks>();
        foreach (var entry in entries)
        {
            if (place(entry.Element) is not { } element)
            {
                notFound?.Invoke(entry);
                continue;
            }

            if (!marks.TryGetValue(element, out var m))
            {
                marks[element] = m = new Marks();
            }

            switch (entry.Kind)
            {
                case LedgerKind.Dropped: m.Dropped = true; break;
                case LedgerKind.Flattened: m.Flattened = true; break;
                case LedgerKind.ImpliedLink: m.ImpliedLink = entry.Value; break;
                case LedgerKind.ImpliedImage: m.ImpliedImage = entry.Value; m.ImpliedAlt = entry.Alt; break;
                case LedgerKind.ImpliedText: m.ImpliedText = entry.Value; break;
                default: m.ReadAs = entry.Kind; break;
            }
        }

        return marks.Count == 0 ? None : new LedgerMarks(marks);
    }
}
