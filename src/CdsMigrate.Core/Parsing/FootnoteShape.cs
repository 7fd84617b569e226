using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Recognises footnotes in rendered HTML, whoever rendered them: WordPress's core/footnotes
/// (<c>&lt;sup data-fn&gt;&lt;a href="#id"&gt;</c> and <c>&lt;ol class="wp-block-footnotes"&gt;&lt;li id&gt;</c>),
/// hand-made <c>&lt;sup&gt;&lt;a href="#fn1"&gt;</c> notes, and Markdig's own output (<c>&lt;a href="#fn:1"&gt;&lt;sup&gt;</c>).
/// The converter and the verifier share it, so both sides of a comparison agree on what a footnote is.
/// </summary>
internal static class FootnoteShape
{
    public sealed record Notes(
        IReadOnlyList<(IElement Reference, IElement Note)> References,
        IReadOnlyList<IElement> Lists,
        IReadOnlySet<IElement> BackReferences)
    {
        /// <summary>Every link to "#x" in the document, in document order (found on the way, for <see cref="DocumentIndex"/>).</summary>
        public IReadOnlyList<IElement> InPageLinks { get; init; } = [];
    }

    public static Notes FindNotes(IElement root)
    {
        // One walk gathers what the rest looks at (it runs for every document, twice when verifying):
        // every element with an id, first one wins (as in browsers); links to "#x"; ordered lists.
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        var hashLinks = new List<IElement>();
        var orderedLists = new List<IElement>();
        foreach (var e in root.Descendants<IElement>())
        {
            if (e.Id is { } id)
            {
                byId.TryAdd(id, e);
            }

            if (IsHashLink(e))
            {
                hashLinks.Add(e);
            }
            else if (e.LocalName == "ol")
            {
                orderedLists.Add(e);
            }
        }

        // Candidate references: links to "#x" inside or around a <sup>.
        var candidates = new List<(IElement Link, IElement Li)>();
        foreach (var link in hashLinks)
        {
            bool supShaped = ClosestNamed(link, "sup") is not null || link.Descendants<IElement>().Any(d => d.LocalName == "sup");
            if (!supShaped || !byId.TryGetValue(Uri.UnescapeDataString(link.GetAttribute("href")![1..]), out var target))
            {
                continue;
            }

            // The target is the note itself, or an anchor at the start of it.
            var li = ClosestNamed(target, "li");
            if (li?.ParentElement is { LocalName: "ol" } && !li.Contains(link))
            {
                candidates.Add((link, li));
            }
        }

        var lists = new List<IElement>();
        var referenced = candidates.Select(c => c.Li).ToHashSet();
        foreach (var ol in orderedLists)
        {
            var items = ol.Children.Where(c => c.LocalName == "li").ToList();
            if (items.Count == 0)
            {
                continue;
            }

            if (ClassTokens.Has(ol, "wp-block-footnotes") || items.All(referenced.Contains))
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
            if (ClosestNamed(link, "sup") is { } sup) referenceAnchors.Add(sup);
        }

        foreach (var ol in lists)
        {
            foreach (var link in ol.Descendants<IElement>().Where(IsHashLink))
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

        return new Notes(references, lists, backReferences) { InPageLinks = hashLinks };
    }

    /// <summary>What the selector a[href^='#'] matches.</summary>
    private static bool IsHashLink(IElement e) => e.LocalName == "a" && e.GetAttribute("href") is { } href && href.StartsWith('#');

    /// <summary>
    /// Closest(localName) without a CSS selector: AngleSharp parses the selector on every call, and this runs
    /// for every in-page link of every document, twice more when verifying. Includes <paramref name="e"/>, as Closest does.
    /// </summary>
    private static IElement? ClosestNamed(IElement e, string localName)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (p.LocalName == localName) return p;
        }

        return null;
    }
}
