using System.Buffers;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// What a reader takes from a page, reduced to comparable lists (see <see cref="FingerprintAspect"/>).
/// Built the same way from the source HTML and from the Markdown rendered back, so that any difference
/// is a fidelity bug. Normalised on both sides: whitespace runs are one space, entities are decoded by the
/// HTML parser, wrapper elements (div, span, figure…) add nothing, what a rule deliberately dropped
/// (<see cref="DroppedAttribute"/>) and what no reader sees (script, style, template) is skipped, ordered
/// list numbers are computed (start, reversed, value) so a continued list compares by its numbers, one-cell
/// layout tables count as wrappers, and footnote plumbing (labels, ids, back-links) is ignored while what each reference points at and the
/// notes' texts are compared (footnotes are recognised by <see cref="Parsing.FootnoteShape"/>, which the
/// converter shares, and compared last, where renderers put them).
/// </summary>
internal sealed class Fingerprint
{
    /// <summary>Elements a rule deliberately left out carry this attribute; the verifier skips them.</summary>
    public const string DroppedAttribute = "data-cdsmigrate-dropped";

    /// <summary>Elements the converter flattened to text (too deeply nested) carry this attribute: only their words count.</summary>
    public const string FlattenedAttribute = "data-cdsmigrate-flattened";

    /// <summary>Content a rule made explicit (ConversionContext.MarkImplied): expected as if the source showed it.</summary>
    public const string ImpliedLinkAttribute = "data-cdsmigrate-implied-link";
    public const string ImpliedImageAttribute = "data-cdsmigrate-implied-image";
    public const string ImpliedTextAttribute = "data-cdsmigrate-implied-text";
    public const string ImpliedImageAltAttribute = "data-cdsmigrate-implied-alt";

    /// <summary>How a restructured element is read (ConversionContext.MarkReadAs): "quote", "text" or "layout" (a list used as a grid).</summary>
    public const string ReadAsAttribute = "data-cdsmigrate-read-as";

    private const int MaxDepth = 512;

    // Characters that join two words into one unbreakable unit, as French typography intends.
    private static readonly SearchValues<char> NonBreaking = SearchValues.Create("\u00a0\u202f\u2007");

    // Indexed by aspect (the enum's values are 0..n-1): an array, not a dictionary, as every word goes through Add.
    private readonly List<FingerprintItem>[] _items =
        Enum.GetValues<FingerprintAspect>().Select(_ => new List<FingerprintItem>()).ToArray();

    private readonly StringBuilder _text = new();

    // The pending text copied out of _text to be split in place (reused: no string for the whole text of each block).
    private char[] _flushBuffer = new char[256];

    // Footnotes, found before the walk: reference element → the text of its note; the note lists; the notes in order of first reference.
    private readonly Dictionary<IElement, string> _footnoteReferences = [];
    private readonly List<IElement> _footnoteLists = [];
    private readonly List<IElement> _footnoteOrder = [];
    private bool _inFootnotes;

    // Links to "#x", in document order: FootnoteShape's walk already found them (same test as a[href^='#']).
    private IReadOnlyList<IElement> _inPageLinks = [];

    // Per list and per table, computed once: a 10,000-item list must not cost 10,000² sibling scans.
    private readonly Dictionary<IElement, string> _markers = [];
    private readonly Dictionary<IElement, bool> _layoutTables = [];
    private IElement? _owner;

    /// <summary>The items of one aspect, in document order.</summary>
    public IReadOnlyList<FingerprintItem> this[FingerprintAspect aspect] => _items[(int)aspect];

    public static Fingerprint Of(IElement root)
    {
        var fingerprint = new Fingerprint();
        fingerprint.FindFootnotes(root);
        fingerprint.Walk(root, 0);
        fingerprint.FlushWords();
        fingerprint.ResolveInPageLinks(root);

        // Renderers put footnotes last and number them in order of first reference: compare them so.
        fingerprint._inFootnotes = true;
        var notes = fingerprint._footnoteOrder.Concat(fingerprint._footnoteLists.SelectMany(l => l.Children.Where(c => c.LocalName == "li"))).Distinct().ToList();
        foreach (var li in notes)
        {
            fingerprint.Add(FingerprintAspect.Footnote, "note: " + Normalize(TextOf(li)), li);
            fingerprint._owner = li;
            fingerprint.Walk(li, 0);
            fingerprint.FlushWords();
        }

        return fingerprint;
    }

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
            back.SetAttribute(DroppedAttribute, "");
        }

        foreach (var (reference, note) in notes.References)
        {
            _footnoteReferences[reference] = "reference to: " + Normalize(TextOf(note));
            _footnoteOrder.Add(note);
        }

        _footnoteLists.AddRange(notes.Lists.Where(l => !notes.Lists.Any(o => o != l && o.Contains(l))));
        _inPageLinks = notes.InPageLinks;
    }

    /// <summary>An anchor the converter dropped breaks the links to it: compare which targets resolve.</summary>
    private void ResolveInPageLinks(IElement root)
    {
        // Same as QuerySelectorAll("[id], a[name]") without parsing a selector for every document.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in root.Descendants<IElement>())
        {
            bool named = e.LocalName == "a" && e.HasAttribute("name");
            if (e.Id is null && !named) continue;
            ids.Add(e.Id ?? "");
            if (named) ids.Add(e.GetAttribute("name")!);
        }

        foreach (var link in _inPageLinks)
        {
            if (_footnoteReferences.ContainsKey(link) || IsInsideDropped(link))
            {
                continue;
            }

            string id = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
            if (id.Length > 0)
            {
                Add(FingerprintAspect.InPageLink, $"#{id} {(ids.Contains(id) ? "resolves" : "has no target")}", link);
            }
        }
    }

    private void Walk(INode node, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    _text.Append(t.Data);
                    break;
                case IElement e when IsSkipped(e):
                    break;
                case IElement e when _footnoteReferences.TryGetValue(e, out var note):
                    // The reference's label is the renderer's choice; what it points at is content.
                    Add(FingerprintAspect.Footnote, note, e);
                    break;
                case IElement e when !_inFootnotes && _footnoteLists.Contains(e):
                    break;
                case IElement e when Attr(e, FlattenedAttribute) is not null:
                    // Its structure was deliberately given up (and reported); its words must still all be there.
                    bool boundary = IsBlockBoundary(e);
                    _text.Append(boundary ? " " : "").Append(TextOf(e)).Append(boundary ? " " : "");
                    break;
                case IElement { LocalName: "br" }:
                    _text.Append(' ');
                    break;
                case IElement e:
                    bool block = IsBlockBoundary(e);
                    var outer = _owner;
                    if (block)
                    {
                        FlushWords();
                        _owner = e;
                    }

                    Record(e);
                    if (Attr(e, ImpliedTextAttribute) is { } implied)
                    {
                        _text.Append(' ').Append(implied).Append(' ');
                    }

                    if (depth < MaxDepth)
                    {
                        Walk(e, depth + 1);
                    }

                    if (block)
                    {
                        FlushWords();
                        _owner = outer;
                    }

                    break;
            }
        }
    }

    private void Add(FingerprintAspect aspect, string text, IElement? where) => _items[(int)aspect].Add(new FingerprintItem(text, where));

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

    /// <summary>Whether the element or an ancestor was deliberately dropped (Closest("[data-cdsmigrate-dropped]")).</summary>
    private static bool IsInsideDropped(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (Attr(p, DroppedAttribute) is not null) return true;
        }

        return false;
    }

    /// <summary>Whether the element or an ancestor is read as a quote (Closest("[data-cdsmigrate-read-as=quote]")).</summary>
    private static bool IsInsideQuote(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (Attr(p, ReadAsAttribute) == "quote") return true;
        }

        return false;
    }

    /// <summary>QuerySelector("img") is not null, without parsing a selector.</summary>
    private static bool HasImage(IElement e) => e.Descendants<IElement>().Any(d => d.LocalName == "img");

    private void Record(IElement e)
    {
        if (Attr(e, ImpliedLinkAttribute) is { } link)
        {
            Add(FingerprintAspect.Link, NormalizeUrl(link), e);
        }

        if (Attr(e, ImpliedImageAttribute) is { } image)
        {
            Add(FingerprintAspect.Image, $"{NormalizeUrl(image)} \"{Normalize(Attr(e, ImpliedImageAltAttribute) ?? "")}\"", e);
        }

        // An alert is a quote to its reader, whether the source made it a details box or the renderer a div.
        if (Attr(e, ReadAsAttribute) == "quote" || HasClass(e, "markdown-alert"))
        {
            Add(FingerprintAspect.Quote, Normalize(TextOf(e)), e);
            return;
        }

        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it; a heading in a summary is the summary.
            case ['h', >= '1' and <= '6'] when ClosestNamed(e, "summary") is null:
                // The text is walked once: long headings inside big sections are costly to walk twice.
                string heading = Normalize(TextOf(e));
                if (heading.Length > 0)
                {
                    Add(FingerprintAspect.Heading, $"h{e.LocalName[1]} {heading}", e);
                }

                break;
            case "li" when e.ParentElement?.GetAttribute(ReadAsAttribute) != "layout":
                Add(FingerprintAspect.ListItem, MarkerOf(e), e);
                break;
            case "a" when e.GetAttribute("href") is { } href && (TextOf(e).AsSpan().Trim().Length > 0 || HasImage(e)):
                Add(FingerprintAspect.Link, NormalizeUrl(href), e);
                break;
            case "img":
                Add(FingerprintAspect.Image, $"{NormalizeUrl(e.GetAttribute("src") ?? e.GetAttribute("data-src") ?? FirstSrcsetUrl(e.GetAttribute("srcset")) ?? "")} \"{Normalize(e.GetAttribute("alt") ?? "")}\"", e);
                break;
            // An empty quote shows nothing, and the converter drops it (property test seed 0CEIEv4fV4E1).
            case "blockquote":
                // A quote holds whole sections: walk its text once.
                string quote = Normalize(TextOf(e));
                if (quote.Length > 0 || HasImage(e))
                {
                    Add(FingerprintAspect.Quote, quote, e);
                }

                break;
            case "details" when !IsInsideQuote(e):
                var summary = e.Children.FirstOrDefault(c => c.LocalName == "summary");
                Add(FingerprintAspect.Details, "summary: " + (summary is null ? "" : Normalize(TextOf(summary))), e);
                Add(FingerprintAspect.Details, "content: " + Normalize(TextOf(e, skip: summary)), e);
                break;
            // A one-cell table is page layout (a coloured box), not data: a wrapper like a div.
            case "td" or "th" when ClosestNamed(e, "table") is not { } table || !IsLayoutTable(table):
                Add(FingerprintAspect.TableCell, Normalize(TextOf(e)), e);
                break;
            // An empty code block shows nothing, and the converter drops it (property test seed 53yE8M5JrIn1).
            case "pre" when Attr(e, ReadAsAttribute) != "text":
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
    private static bool IsSkipped(IElement e) =>
        Attr(e, DroppedAttribute) is not null || e.LocalName is "script" or "style" or "template" || HasClass(e, "markdown-alert-title");

    /// <summary>
    /// GetAttribute(name) lower-cases the name on every call (a measurable cost: it runs several times for every
    /// element of both pages). These names are lower-case already and none is a prefixed foreign attribute
    /// (xlink:href…), so the lookup without namespace finds the same attribute.
    /// </summary>
    private static string? Attr(IElement e, string name) => e.GetAttribute(null, name);

    /// <summary>ClassList.Contains without building a token list for every element of every page (a hot path).</summary>
    private static bool HasClass(IElement e, string name)
    {
        if (Attr(e, "class") is not { } classes)
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
            bool reversed = ol.HasAttribute("reversed");
            int n = int.TryParse(ol.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : reversed ? items.Count : 1;
            foreach (var item in items)
            {
                if (int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
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

    /// <summary>
    /// Turns the pending text into words. Split in place: copying the builder into a reused buffer and
    /// slicing it costs no string but the words themselves (this ran a string per block, a string per
    /// whitespace-separated token and a trimmed copy of each, and was ~13% of a verified conversion).
    /// </summary>
    private void FlushWords()
    {
        int length = _text.Length;
        if (length == 0)
        {
            return;
        }

        if (_flushBuffer.Length < length)
        {
            _flushBuffer = new char[Math.Max(length, _flushBuffer.Length * 2)];
        }

        _text.CopyTo(0, _flushBuffer, length);
        _text.Clear();
        ReadOnlySpan<char> text = _flushBuffer.AsSpan(0, length);
        int position = 0;
        while (NextToken(text, ref position) is { } range)
        {
            var token = text[range];
            if (token.IndexOfAny(NonBreaking) < 0)
            {
                // The usual token, joined to nothing: it is the word (one search instead of a split).
                AddWord(token);
                continue;
            }

            Add(FingerprintAspect.Nbsp, token.ToString(), _owner);

            // The words a non-breaking space joins are each still a word (empty pieces dropped, as Split's RemoveEmptyEntries).
            while (!token.IsEmpty)
            {
                int cut = token.IndexOfAny(NonBreaking);
                var word = cut < 0 ? token : token[..cut];
                token = cut < 0 ? default : token[(cut + 1)..];
                if (!word.IsEmpty)
                {
                    AddWord(word);
                }
            }
        }
    }

    private void AddWord(ReadOnlySpan<char> word)
    {
        // A video URL written as text compares in its canonical form, as the converter writes it.
        string w = word.ToString();
        Add(FingerprintAspect.Word, word.StartsWith("http", StringComparison.Ordinal) ? Writing.VideoEmbeds.Canonicalize(w) : w, _owner);
    }

    /// <summary>
    /// The next token of <paramref name="text"/> from <paramref name="position"/>, or null at the end.
    /// Splits on ASCII whitespace only: U+00A0 (and U+202F, U+2007) join words, as French typography intends;
    /// at a token's edge they join nothing and are trimmed (with U+200B), and a token left empty is skipped.
    /// </summary>
    private static Range? NextToken(ReadOnlySpan<char> text, ref int position)
    {
        // A plain loop: words are a few characters long, too short for vectorised searches and trims to pay off.
        while (position < text.Length)
        {
            while (position < text.Length && IsAsciiWhitespace(text[position])) position++;
            int start = position;
            while (position < text.Length && !IsAsciiWhitespace(text[position])) position++;
            int end = position;
            while (start < end && IsEdgeJoiner(text[start])) start++;
            while (end > start && IsEdgeJoiner(text[end - 1])) end--;
            if (end > start)
            {
                return new Range(start, end);
            }
        }

        return null;
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';

    private static bool IsEdgeJoiner(char c) => c is '\u00a0' or '\u202f' or '\u2007' or '\u200b';

    /// <summary>The text of an element, skipping what is not compared, with breaks and block edges as spaces.</summary>
    internal static string TextOf(IElement element, IElement? skip = null)
    {
        var sb = new StringBuilder();
        Append(element, sb, 0);
        return sb.ToString();

        void Append(INode node, StringBuilder sb, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) sb.Append(' ');
                else if (child is IElement e && e != skip && !IsSkipped(e) && depth < MaxDepth)
                {
                    if (Attr(e, ImpliedTextAttribute) is { } implied) sb.Append(' ').Append(implied).Append(' ');
                    if (IsBlockBoundary(e)) sb.Append(' ');
                    Append(e, sb, depth + 1);
                    if (IsBlockBoundary(e)) sb.Append(' ');
                }
            }
        }
    }

    /// <summary>
    /// Code keeps its line breaks and the text of each line. Indentation is not compared: Markdig removes the
    /// fence's column from code lines inside list items (" 4f" comes back "4f") where CommonMark, GitHub and
    /// Hugo keep it, so comparing it would report Markdig's quirk as a converter bug.
    /// </summary>
    internal static string CodeText(IElement pre)
    {
        var sb = new StringBuilder();
        Append(pre, sb, 0);
        var lines = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        return string.Join('\n', lines).Trim('\n');

        static void Append(INode node, StringBuilder sb, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) sb.Append('\n');
                else if (child is IElement e && !IsSkipped(e) && depth < MaxDepth) Append(e, sb, depth + 1);
            }
        }
    }

    /// <summary>Words joined by single spaces; non-breaking spaces inside words are kept.</summary>
    internal static string Normalize(string text)
    {
        // Built from slices of the text: no string per word. Text already normal (the usual case) is returned as is.
        var builder = new StringBuilder(text.Length);
        int position = 0;
        while (NextToken(text, ref position) is { } range)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(text.AsSpan()[range]);
        }

        return builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    internal static string NormalizeUrl(string url)
    {
        url = Writing.VideoEmbeds.Canonicalize(url.Trim());
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
