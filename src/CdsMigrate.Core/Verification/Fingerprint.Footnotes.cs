using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Verification;

// Footnotes and in-page links: compared by what they point at, not by how they are wired.
internal sealed partial class Fingerprint
{
    /// <summary>
    /// Footnotes are compared by what they say, not by how they are wired: a reference is the text of the
    /// note it points at (labels and ids differ between WordPress and Markdown renderers), and the links
    /// back from a note to its reference are navigation that renderers add themselves.
    /// </summary>
    private void FindFootnotes(IElement root)
    {
        var notes = Parsing.FootnoteShape.FindNotes(root);
        foreach (var back in notes.BackReferences)
        {
            _skipped.Add(back);
        }

        foreach (var (reference, note) in notes.References)
        {
            _footnoteReferences[reference] = NormalizedText(FingerprintAspect.Footnote, "reference to: ", note);
            _footnoteOrder.Add(note);
        }

        _inPageLinks = notes.InPageLinks;
        if (notes.Lists.Count > 0)
        {
            _footnoteLists.AddRange(notes.Lists.Where(l => !notes.Lists.Any(o => o != l && o.Contains(l))));
        }
    }

    /// <summary>An anchor the converter dropped breaks the links to it: compare which targets resolve.</summary>
    private void ResolveInPageLinks(IElement root)
    {
        if (_inPageLinks.Count == 0)
        {
            // Most pages link nowhere inside themselves: no walk for their ids (issue 11, point 3).
            return;
        }

        // Same as QuerySelectorAll("[id], a[name]") without parsing a selector for every document.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var walk = new Parsing.DomWalk(root);
        while (walk.NextElement() is { } e)
        {
            bool named = e.LocalName == "a" && e.HasHtmlAttribute("name");
            if (e.Id is null && !named) continue;
            ids.Add(e.Id ?? "");
            if (named) ids.Add(e.GetHtmlAttribute("name")!);
        }

        foreach (var link in _inPageLinks)
        {
            if (_footnoteReferences.ContainsKey(link) || IsInsideDropped(link))
            {
                continue;
            }

            string id = Uri.UnescapeDataString(link.GetHtmlAttribute("href")![1..]);
            if (id.Length > 0)
            {
                Add(FingerprintAspect.InPageLink, $"#{id} {(ids.Contains(id) ? "resolves" : "has no target")}", link);
            }
        }
    }
}
