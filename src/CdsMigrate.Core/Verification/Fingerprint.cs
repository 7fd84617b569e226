using System.Text;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// What a reader takes from a page, reduced to comparable lists: the words (a non-breaking space
/// between two words keeps them one token), headings, list item numbers, links, images, quotes,
/// details summaries, table cells and code. Built the same way from the source HTML and from the
/// Markdown rendered back, so that any difference is a fidelity bug.
/// </summary>
public sealed class Fingerprint
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

    public List<(string Text, IElement? Where)> Words { get; } = [];
    public List<(string Text, IElement? Where)> Headings { get; } = [];
    public List<(string Text, IElement? Where)> ListItems { get; } = [];
    public List<(string Text, IElement? Where)> Links { get; } = [];
    public List<(string Text, IElement? Where)> Images { get; } = [];
    public List<(string Text, IElement? Where)> Quotes { get; } = [];
    public List<(string Text, IElement? Where)> Summaries { get; } = [];
    public List<(string Text, IElement? Where)> CodeBlocks { get; } = [];

    /// <summary>For each in-page link (<c>href="#x"</c>), whether the page has its target.</summary>
    public List<(string Text, IElement? Where)> InPageTargets { get; } = [];

    public static Fingerprint Of(IElement root)
    {
        var fingerprint = new Fingerprint();
        fingerprint.FindFootnotes(root);
        var text = new StringBuilder();
        IElement? owner = null;
        fingerprint.Walk(root, text, ref owner, 0);
        fingerprint.FlushWords(text, owner);

        // Renderers put footnotes last, whatever their place in the source: compare them last.
        fingerprint.ResolveInPageLinks(root);

        // In the order of first reference, as renderers number them; their numbers are the renderer's choice.
        fingerprint._inFootnotes = true;
        var notes = fingerprint._footnoteOrder.Concat(fingerprint._footnoteLists.SelectMany(l => l.Children.Where(c => c.LocalName == "li"))).Distinct().ToList();
        foreach (var li in notes)
        {
            owner = li;
            fingerprint.ListItems.Add(("footnote", li));
            fingerprint.Walk(li, text, ref owner, 0);
            fingerprint.FlushWords(text, owner);
        }

        return fingerprint;
    }

    private readonly Dictionary<IElement, string> _footnoteReferences = [];
    private readonly List<IElement> _footnoteLists = [];
    private readonly List<IElement> _footnoteOrder = [];
    private bool _inFootnotes;

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
            _footnoteReferences[reference] = "footnote: " + Normalize(TextOf(note));
            _footnoteOrder.Add(note);
        }

        _footnoteLists.AddRange(notes.Lists.Where(l => !notes.Lists.Any(o => o != l && o.Contains(l))));
    }

    /// <summary>An anchor the converter dropped breaks the links to it: compare which targets resolve.</summary>
    private void ResolveInPageLinks(IElement root)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in root.QuerySelectorAll("[id], a[name]"))
        {
            ids.Add(e.Id ?? "");
            if (e.GetAttribute("name") is { } name) ids.Add(name);
        }

        foreach (var link in root.QuerySelectorAll("a[href^='#']"))
        {
            if (_footnoteReferences.ContainsKey(link) || link.HasAttribute(DroppedAttribute) || link.Closest("[" + DroppedAttribute + "]") is not null)
            {
                continue;
            }

            string id = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
            if (id.Length > 0)
            {
                InPageTargets.Add(($"#{id} {(ids.Contains(id) ? "resolves" : "has no target")}", link));
            }
        }
    }

    private void Walk(INode node, StringBuilder text, ref IElement? owner, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    text.Append(t.Data);
                    break;
                case IElement e when IsSkipped(e):
                    break;
                case IElement e when _footnoteReferences.TryGetValue(e, out var note):
                    // The reference's label is the renderer's choice; what it points at is content.
                    Links.Add((note, e));
                    break;
                case IElement e when !_inFootnotes && _footnoteLists.Contains(e):
                    break;
                case IElement e when e.HasAttribute(FlattenedAttribute):
                    // Its structure was deliberately given up (and reported); its words must still all be there.
                    bool boundary = IsBlockBoundary(e);
                    text.Append(boundary ? " " : "").Append(TextOf(e)).Append(boundary ? " " : "");
                    break;
                case IElement e:
                    if (IsBlockBoundary(e))
                    {
                        FlushWords(text, owner);
                        owner = e;
                    }

                    Record(e);
                    if (e.GetAttribute(ImpliedTextAttribute) is { } implied)
                    {
                        text.Append(' ').Append(implied).Append(' ');
                    }

                    if (e.LocalName == "br")
                    {
                        text.Append(' ');
                    }
                    else if (depth < MaxDepth)
                    {
                        Walk(e, text, ref owner, depth + 1);
                    }

                    if (IsBlockBoundary(e))
                    {
                        FlushWords(text, owner);
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// Left out of the comparison: what a rule deliberately dropped, and the label a renderer adds to an
    /// alert ("Note", Markdig's <c>markdown-alert-title</c>), which is not the author's text.
    /// </summary>
    private static bool IsSkipped(IElement e) => e.HasAttribute(DroppedAttribute) || e.ClassList.Contains("markdown-alert-title");

    private void Record(IElement e)
    {
        if (e.GetAttribute(ImpliedLinkAttribute) is { } link)
        {
            Links.Add((NormalizeUrl(link), e));
        }

        if (e.GetAttribute(ImpliedImageAttribute) is { } image)
        {
            Images.Add(($"{NormalizeUrl(image)} \"{Normalize(e.GetAttribute(ImpliedImageAltAttribute) ?? "")}\"", e));
        }

        // An alert is a quote to its reader, whether the source made it a details box or the renderer a div.
        if (e.GetAttribute(ReadAsAttribute) == "quote" || e.ClassList.Contains("markdown-alert"))
        {
            Quotes.Add((Normalize(TextOf(e)), e));
            return;
        }

        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it.
            case ['h', >= '1' and <= '6'] when e.LocalName.Length == 2 && e.Closest("summary") is null && Normalize(TextOf(e)).Length > 0:
                Headings.Add(($"h{e.LocalName[1]} {Normalize(TextOf(e))}", e));
                break;
            case "li" when e.ParentElement?.GetAttribute(ReadAsAttribute) != "layout":
                ListItems.Add((MarkerOf(e), e));
                break;
            case "a" when e.GetAttribute("href") is { } href && (TextOf(e).Trim().Length > 0 || e.QuerySelector("img") is not null):
                Links.Add((NormalizeUrl(href), e));
                break;
            case "img":
                Images.Add(($"{NormalizeUrl(e.GetAttribute("src") ?? e.GetAttribute("data-src") ?? FirstSrcsetUrl(e.GetAttribute("srcset")) ?? "")} \"{Normalize(e.GetAttribute("alt") ?? "")}\"", e));
                break;
            // An empty quote shows nothing, and the converter drops it (property test seed 0CEIEv4fV4E1).
            case "blockquote" when Normalize(TextOf(e)).Length > 0 || e.QuerySelector("img") is not null:
                Quotes.Add((Normalize(TextOf(e)), e));
                break;
            case "summary" when e.Closest("[" + ReadAsAttribute + "=quote]") is null:
                Summaries.Add((Normalize(TextOf(e)), e));
                break;
            // An empty code block shows nothing, and the converter drops it (property test seed 53yE8M5JrIn1).
            case "pre" when e.GetAttribute(ReadAsAttribute) != "text" && Normalize(TextOf(e)).Length > 0:
                CodeBlocks.Add((Normalize(TextOf(e)), e));
                break;
        }
    }

    private static string MarkerOf(IElement li)
    {
        if (li.ParentElement is not { LocalName: "ol" } ol)
        {
            return "•";
        }

        int start = int.TryParse(ol.GetAttribute("start"), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int s) ? s : 1;
        int index = ol.Children.Where(c => c.LocalName == "li").ToList().IndexOf(li);
        return (start + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsBlockBoundary(IElement e) => Parsing.HtmlElements.IsBlock(e.LocalName) || e.LocalName is "li" or "br";

    private void FlushWords(StringBuilder text, IElement? owner)
    {
        foreach (var word in Tokenize(text.ToString()))
        {
            Words.Add((word.StartsWith("http", StringComparison.Ordinal) ? Writing.VideoEmbeds.Canonicalize(word) : word, owner));
        }

        text.Clear();
    }

    /// <summary>Splits on ASCII whitespace only: U+00A0 joins words, as French typography intends.</summary>
    internal static IEnumerable<string> Tokenize(string text)
    {
        foreach (var raw in text.Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries))
        {
            // A non-breaking space at the edge of a word joins nothing: it is dropped at block edges.
            string word = raw.Trim('\u00a0', '\u202f', '\u2007', '\u200b');
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

    /// <summary>The text of an element, skipping deliberately dropped parts, with breaks as spaces.</summary>
    internal static string TextOf(IElement element)
    {
        var sb = new StringBuilder();
        Append(element, sb, 0);
        return sb.ToString();

        static void Append(INode node, StringBuilder sb, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) sb.Append(' ');
                else if (child is IElement e && !IsSkipped(e) && depth < MaxDepth)
                {
                    if (e.GetAttribute(ImpliedTextAttribute) is { } implied) sb.Append(' ').Append(implied).Append(' ');
                    if (IsBlockBoundary(e)) sb.Append(' ');
                    Append(e, sb, depth + 1);
                    if (IsBlockBoundary(e)) sb.Append(' ');
                }
            }
        }
    }

    /// <summary>An image with only a srcset shows its first candidate (the converter writes that one).</summary>
    private static string? FirstSrcsetUrl(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0);

    internal static string Normalize(string text) => string.Join(' ', Tokenize(text));

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
