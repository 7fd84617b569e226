using System.Globalization;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Verification;

// What each element contributes (Record), and the questions the walk asks about elements.
internal sealed partial class Fingerprint
{
    /// <summary>
    /// Closest(...) without a CSS selector: AngleSharp parses the selector string on every call, and these run
    /// for many elements of every page. Includes <paramref name="e"/> itself, as Closest does.
    /// </summary>
    private static IElement? ClosestNamed(IElement e, string localName)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (p.LocalName == localName) return p;
        }

        return null;
    }

    /// <summary>Whether the element or an ancestor was deliberately dropped or is skipped.</summary>
    private bool IsInsideDropped(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (_ledger.Of(p) is { Dropped: true } || _skipped.Contains(p)) return true;
        }

        return false;
    }

    /// <summary>Whether the element or an ancestor is read as a quote (the ledger says so).</summary>
    private bool IsInsideQuote(IElement e)
    {
        if (_ledger.IsEmpty)
        {
            return false;
        }

        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (_ledger.Of(p) is { ReadAs: LedgerKind.ReadAsQuote }) return true;
        }

        return false;
    }

    /// <summary>QuerySelector("img") is not null, without parsing a selector.</summary>
    private static bool HasImage(IElement e) => e.Descendants<IElement>().Any(d => d.LocalName == "img");

    /// <summary>
    /// Whether a link shows text or an image: TextOf(e).Trim().Length &gt; 0 || HasImage(e) without building the text
    /// (it ran for every link of both pages).
    /// </summary>
    private bool ShowsSomething(INode node, int depth)
    {
        // By index: INodeList's enumerator is an object per element walked, on both pages.
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText t when !t.Data.AsSpan().Trim().IsEmpty:
                    return true;
                case IElement { LocalName: "img" }:
                    return true;
                case IElement e when _ledger.Of(e)?.ImpliedText is { } implied && !implied.AsSpan().Trim().IsEmpty:
                    return true;
                case IElement { LocalName: "br" }:
                    break;
                case IElement e when depth < MaxDepth && (!IsSkipped(e) ? ShowsSomething(e, depth + 1) : HasImage(e)):
                    return true;
            }
        }

        return false;
    }

    private void Record(IElement e, LedgerMarks.Marks? marks)
    {
        if (marks?.ImpliedLink is { } link)
        {
            Add(FingerprintAspect.Link, NormalizeUrl(link), e);
        }

        if (marks?.ImpliedImage is { } image)
        {
            Add(FingerprintAspect.Image, $"{NormalizeUrl(image)} \"{Normalize(marks.ImpliedAlt ?? "")}\"", e);
        }

        // An alert is a quote to its reader, whether the source made it a details box or the renderer a div.
        if (marks?.ReadAs == LedgerKind.ReadAsQuote || HasClass(e, "markdown-alert"))
        {
            Add(FingerprintAspect.Quote, NormalizedText(FingerprintAspect.Quote, "", e), e);
            return;
        }

        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it; a heading in a summary is the summary.
            case ['h', >= '1' and <= '6'] when ClosestNamed(e, "summary") is null:
                // The text is walked once: long headings inside big sections are costly to walk twice.
                string heading = NormalizedText(FingerprintAspect.Heading, HeadingPrefixes[e.LocalName[1] - '1'], e);
                if (heading.Length > 3)
                {
                    Add(FingerprintAspect.Heading, heading, e);
                }

                break;
            case "li" when e.ParentElement is not { } list || _ledger.Of(list)?.ReadAs != LedgerKind.ReadAsLayout:
                Add(FingerprintAspect.ListItem, MarkerOf(e), e);
                break;
            case "a" when e.GetHtmlAttribute("href") is { } href && ShowsSomething(e, 0):
                Add(FingerprintAspect.Link, NormalizeUrl(href), e);
                break;
            case "img":
                Add(FingerprintAspect.Image, $"{NormalizeUrl(e.GetHtmlAttribute("src") ?? e.GetHtmlAttribute("data-src") ?? FirstSrcsetUrl(e.GetHtmlAttribute("srcset")) ?? "")} \"{Normalize(e.GetHtmlAttribute("alt") ?? "")}\"", e);
                break;
            // An empty quote shows nothing, and the converter drops it (property test seed 0CEIEv4fV4E1).
            case "blockquote":
                // A quote holds whole sections: walk its text once.
                string quote = NormalizedText(FingerprintAspect.Quote, "", e);
                if (quote.Length > 0 || HasImage(e))
                {
                    Add(FingerprintAspect.Quote, quote, e);
                }

                break;
            case "details" when !IsInsideQuote(e):
                var summary = e.Children.FirstOrDefault(c => c.LocalName == "summary");
                Add(FingerprintAspect.Details, summary is null ? "summary: " : NormalizedText(FingerprintAspect.Details, "summary: ", summary), e);
                Add(FingerprintAspect.Details, NormalizedText(FingerprintAspect.Details, "content: ", e, skip: summary), e);
                break;
            // A one-cell table is page layout (a coloured box), not data: a wrapper like a div.
            case "td" or "th" when ClosestNamed(e, "table") is not { } table || !IsLayoutTable(table):
                Add(FingerprintAspect.TableCell, NormalizedText(FingerprintAspect.TableCell, "", e), e);
                break;
            // An empty code block shows nothing, and the converter drops it (property test seed 53yE8M5JrIn1).
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                string code = CodeText(e);
                if (code.Length > 0)
                {
                    Add(FingerprintAspect.Code, code, e);
                }

                break;
        }
    }

    /// <summary>
    /// Not part of what a reader gets: deliberately dropped (footnote back-links are marked so), invisible, and the label a
    /// renderer adds to an alert ("Note", Markdig's <c>markdown-alert-title</c>), which is not the author's text.
    /// </summary>
    private static readonly string[] HeadingPrefixes = ["h1 ", "h2 ", "h3 ", "h4 ", "h5 ", "h6 "];

    private bool IsSkipped(IElement e) => IsSkipped(e, _ledger.Of(e));

    private bool IsSkipped(IElement e, LedgerMarks.Marks? marks) =>
        e.LocalName is "script" or "style" or "template" || HasClass(e, "markdown-alert-title") || marks is { Dropped: true } || (_skipped.Count > 0 && _skipped.Contains(e));

    /// <summary>ClassList.Contains without building a token list for every element of every page (a hot path).</summary>
    private static bool HasClass(IElement e, string name)
    {
        // Most elements have no class, or not this one: one vectorised search says so without splitting.
        if (e.GetHtmlAttribute("class") is not { } classes || !classes.Contains(name, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var token in classes.AsSpan().Split(' '))
        {
            if (classes.AsSpan()[token].Trim().SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An image with only a srcset shows its first candidate (the converter writes that one).</summary>
    private static string? FirstSrcsetUrl(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0);

    private bool IsLayoutTable(IElement table)
    {
        if (!_layoutTables.TryGetValue(table, out bool layout))
        {
            _layoutTables[table] = layout = table.Descendants<IElement>().Count(c => c.LocalName is "td" or "th" && ClosestNamed(c, "table") == table) == 1;
        }

        return layout;
    }

    /// <summary>
    /// The number a browser shows for an ordered list item (start, reversed, value), a bullet otherwise.
    /// </summary>
    private string MarkerOf(IElement li)
    {
        if (li.ParentElement is not { LocalName: "ol" } ol)
        {
            return "•";
        }

        if (!_markers.TryGetValue(li, out var marker))
        {
            var items = ol.Children.Where(c => c.LocalName == "li").ToList();
            bool reversed = ol.HasHtmlAttribute("reversed");
            int n = int.TryParse(ol.GetHtmlAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : reversed ? items.Count : 1;
            foreach (var item in items)
            {
                if (int.TryParse(item.GetHtmlAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                {
                    n = value;
                }

                _markers[item] = n.ToString(CultureInfo.InvariantCulture);
                n += reversed ? -1 : 1;
            }

            marker = _markers[li];
        }

        return marker;
    }

    private static bool IsBlockBoundary(IElement e) => Parsing.HtmlElements.IsBlock(e.LocalName) || e.LocalName is "li";
}
