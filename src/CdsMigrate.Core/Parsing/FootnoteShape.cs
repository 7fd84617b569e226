using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Recognises footnotes in rendered HTML, whoever rendered them: WordPress's core/footnotes
/// (<c>&lt;sup data-fn&gt;&lt;a href="#id"&gt;</c> and <c>&lt;ol class="wp-block-footnotes"&gt;&lt;li id&gt;</c>),
/// hand-made <c>&lt;sup&gt;&lt;a href="#fn1"&gt;</c> notes, and Markdig's own output (<c>&lt;a href="#fn:1"&gt;&lt;sup&gt;</c>).
/// The converter and the verifier share it, so both sides of a comparison agree on what a footnote is.
/// </summary>
public static class FootnoteShape
{
    public sealed record Notes(
        IReadOnlyList<(IElement Reference, IElement Note)> References,
        IReadOnlyList<IElement> Lists,
        IReadOnlySet<IElement> BackReferences);

    public static Notes FindNotes(IElement root)
    {
        // Every element with an id, first one wins (as in browsers).
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var e in root.QuerySelectorAll("[id]"))
        {
            byId.TryAdd(e.Id!, e);
        }

        // Candidate references: links to "#x" inside or around a <sup>.
        var candidates = new List<(IElement Link, IElement Li)>();
        foreach (var link in root.QuerySelectorAll("a[href^='#']"))
        {
            bool supShaped = link.Closest("sup") is not null || link.QuerySelector("sup") is not null;
            if (!supShaped || !byId.TryGetValue(Uri.UnescapeDataString(link.GetAttribute("href")![1..]), out var target))
            {
                continue;
            }

            // The target is the note itself, or an anchor at the start of it.
            var li = target.LocalName == "li" ? target : target.Closest("li");
            if (li?.ParentElement is { LocalName: "ol" } && !li.Contains(link))
            {
                candidates.Add((link, li));
            }
        }

        var lists = new List<IElement>();
        var referenced = candidates.Select(c => c.Li).ToHashSet();
        foreach (var ol in root.QuerySelectorAll("ol"))
        {
            var items = ol.Children.Where(c => c.LocalName == "li").ToList();
            if (items.Count == 0)
            {
                continue;
            }

            if (ol.ClassList.Contains("wp-block-footnotes") || items.All(referenced.Contains))
            {
                lists.Add(ol);
            }
        }

        var listSet = lists.ToHashSet();
        var references = candidates.Where(c => listSet.Contains(c.Li.ParentElement!)).ToList();

        // Back links: a link inside a note pointing at a reference (or at the sup around it).
        var backReferences = new HashSet<IElement>();
        var referenceAnchors = new HashSet<IElement>();
        foreach (var (link, _) in references)
        {
            referenceAnchors.Add(link);
            if (link.Closest("sup") is { } sup) referenceAnchors.Add(sup);
        }

        foreach (var ol in lists)
        {
            foreach (var link in ol.QuerySelectorAll("a[href^='#']"))
            {
                if (byId.TryGetValue(Uri.UnescapeDataString(link.GetAttribute("href")![1..]), out var target)
                    && (referenceAnchors.Contains(target) || references.Any(r => target.Contains(r.Link))))
                {
                    backReferences.Add(link);
                }
                else if (link.ClassList.Contains("footnote-back-ref"))
                {
                    backReferences.Add(link);
                }
            }
        }

        return new Notes(references, lists, backReferences);
    }
}
