using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Sums up the styling a document lost, per element kind: a pasted post has hundreds of styled spans, and
/// one line per span would bury every other finding. Issue 10 asks for one info per element kind and
/// document, naming what was lost (CDS1200), at the first element that carried it.
/// </summary>
internal sealed class StylingLosses
{
    private readonly List<Entry> _entries = [];

    public void Note(IElement element, IReadOnlyList<string> lost)
    {
        string kind = element.LocalName;
        // A loop, not Find(lambda): the closure was made for every styled element of a pasted post.
        Entry? entry = null;
        foreach (var e in _entries)
        {
            if (e.Kind == kind)
            {
                entry = e;
                break;
            }
        }

        if (entry is null)
        {
            entry = new Entry(kind, element);
            _entries.Add(entry);
        }

        entry.Count++;
        if (lost.Contains(VisualStyle.CssClasses))
        {
            foreach (var cls in VisualStyle.SiteClasses(element))
            {
                if (!entry.Classes.Contains(cls)) entry.Classes.Add(cls);
            }
        }

        foreach (var what in lost)
        {
            if (!entry.What.Contains(what))
            {
                entry.What.Add(what);
            }
        }
    }

    /// <summary>Adds one diagnostic per element kind to <paramref name="diagnostics"/> and forgets them.</summary>
    public void MoveTo(List<Diagnostic> diagnostics, ConversionContext context)
    {
        foreach (var e in _entries)
        {
            string elements = e.Count == 1 ? "1 element" : $"{e.Count} elements";
            var what = e.What.Select(w => w == VisualStyle.CssClasses
                ? $"{w} ({string.Join(", ", e.Classes.Take(4))}{(e.Classes.Count > 4 ? $" and {e.Classes.Count - 4} more" : "")})"
                : w);
            diagnostics.Add(DiagnosticCodes.StylingLost.At(context.SpanOf(e.First),
                $"<{e.Kind}> styling not kept: {string.Join(", ", what)} ({elements}; the first here)", e.Kind));
        }

        _entries.Clear();
    }

    private sealed class Entry(string kind, IElement first)
    {
        public string Kind { get; } = kind;

        public IElement First { get; } = first;

        public List<string> What { get; } = [];

        public List<string> Classes { get; } = [];

        public int Count { get; set; }
    }
}
