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
        // One walk gathers what the rest looks at (it runs for every document, twice more when verifying): links to "#x"
        // and ordered lists. Most documents have neither a link to "#x" nor a list of notes, so nothing else is done
        // for them: the ids, needed only to follow links, are gathered by a second walk when there is a link.
        List<IElement>? hashLinks = null;
        List<IElement>? orderedLists = null;
        var walk = new DomWalk(root);
        while (walk.NextElement() is { } e)
        {
            Gather(e, ref hashLinks, ref orderedLists);
        }

        return NotesFrom(root, hashLinks, orderedLists);
    }

    /// <summary>
    /// What <see cref="FindNotes"/> looks at in each element of its walk, for a caller that walks the document anyway
    /// (<see cref="DocumentIndex"/>, issue 11: one walk instead of three) and then calls <see cref="NotesFrom"/>.
    /// </summary>
    internal static void Gather(Element e, ref List<IElement>? hashLinks, ref List<IElement>? orderedLists)
    {
        string name = e.LocalName;
        if (name == "a")
        {
            if (IsHashLink(e))
            {
                (hashLinks ??= []).Add(e);
            }
        }
        else if (name == "ol")
        {
            (orderedLists ??= []).Add(e);
        }
    }

    /// <summary>The notes of <paramref name="root"/>, from what <see cref="Gather"/> found in it, in document order.</summary>
    internal static Notes NotesFrom(IElement root, List<IElement>? hashLinks, List<IElement>? orderedLists)
    {
        if (hashLinks is null && (orderedLists is null || !orderedLists.Exists(ol => ClassTokens.Has(ol, "wp-block-footnotes"))))
        {
            // No reference can exist, and a list of notes without references is only one with WordPress's class.
            return NoNotes;
        }

        hashLinks ??= [];
        orderedLists ??= [];

        // Every element with an id, first one wins (as in browsers).
        var byId = new Dictionary<string, IElement>(StringComparer.Ordinal);
        if (hashLinks.Count > 0)
        {
            var ids = new DomWalk(root);
            while (ids.NextElement() is { } e)
            {
                if (e.Id is { } id)
                {
                    byId.TryAdd(id, e);
                }
            }
        }

        // Candidate references: links to "#x" inside or around a <sup>.
        var candidates = new List<(IElement Link, IElement Li)>();
        foreach (var link in hashLinks)
        {
            bool supShaped = ClosestNamed(link, "sup") is not null || link.Descendants<IElement>().Any(d => d.LocalName == "sup");
            if (!supShaped || !byId.TryGetValue(Uri.UnescapeDataString(link.GetHtmlAttribute("href")![1..]), out var target))
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
                if (byId.TryGetValue(Uri.UnescapeDataString(link.GetHtmlAttribute("href")![1..]), out var target)
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

    private static readonly Notes NoNotes = new([], [], new HashSet<IElement>());

    /// <summary>What the selector a[href^='#'] matches; it runs for every link of every page, three times when verifying.</summary>
    private static bool IsHashLink(IElement e) => e.LocalName == "a" && e.GetHtmlAttribute("href") is { } href && href.StartsWith('#');

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
