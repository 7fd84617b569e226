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
/// layout tables count as wrappers, and
/// footnote plumbing (ids, back-links) is ignored while footnote numbers and texts are compared.
/// </summary>
public sealed class Fingerprint
{
    /// <summary>Elements a rule deliberately left out carry this attribute; the verifier skips them.</summary>
    public const string DroppedAttribute = "data-cdsmigrate-dropped";

    /// <summary>Content a rule made explicit (ConversionContext.MarkImplied): expected as if the source showed it.</summary>
    public const string ImpliedLinkAttribute = "data-cdsmigrate-implied-link";
    public const string ImpliedImageAttribute = "data-cdsmigrate-implied-image";
    public const string ImpliedTextAttribute = "data-cdsmigrate-implied-text";
    public const string ImpliedImageAltAttribute = "data-cdsmigrate-implied-alt";

    /// <summary>How a restructured element is read (ConversionContext.MarkReadAs): "quote", "text" or "layout" (a list used as a grid).</summary>
    public const string ReadAsAttribute = "data-cdsmigrate-read-as";

    private const int MaxDepth = 512;

    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\r', '\f'];

    // Characters that join two words into one unbreakable unit, as French typography intends.
    private static readonly char[] NonBreaking = ['\u00a0', '\u202f', '\u2007'];

    private readonly Dictionary<FingerprintAspect, List<FingerprintItem>> _items =
        Enum.GetValues<FingerprintAspect>().ToDictionary(a => a, _ => new List<FingerprintItem>());

    private readonly StringBuilder _text = new();

    // Per list and per table, computed once: a 10,000-item list must not cost 10,000² sibling scans.
    private readonly Dictionary<IElement, string> _markers = [];
    private readonly Dictionary<IElement, bool> _layoutTables = [];
    private IElement? _owner;

    /// <summary>The items of one aspect, in document order.</summary>
    public IReadOnlyList<FingerprintItem> this[FingerprintAspect aspect] => _items[aspect];

    public static Fingerprint Of(IElement root)
    {
        var fingerprint = new Fingerprint();
        fingerprint.Walk(root, 0);
        fingerprint.FlushWords();
        return fingerprint;
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
                    if (e.GetAttribute(ImpliedTextAttribute) is { } implied)
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

    private void Add(FingerprintAspect aspect, string text, IElement? where) => _items[aspect].Add(new FingerprintItem(text, where));

    private void Record(IElement e)
    {
        if (e.GetAttribute(ImpliedLinkAttribute) is { } link)
        {
            Add(FingerprintAspect.Link, NormalizeUrl(link), e);
        }

        if (e.GetAttribute(ImpliedImageAttribute) is { } image)
        {
            Add(FingerprintAspect.Image, $"{NormalizeUrl(image)} \"{Normalize(e.GetAttribute(ImpliedImageAltAttribute) ?? "")}\"", e);
        }

        // An alert is a quote to its reader, whether the source made it a details box or the renderer a div.
        if (e.GetAttribute(ReadAsAttribute) == "quote" || e.ClassList.Contains("markdown-alert"))
        {
            Add(FingerprintAspect.Quote, Normalize(TextOf(e)), e);
            return;
        }

        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it; a heading in a summary is the summary.
            case ['h', >= '1' and <= '6'] when e.Closest("summary") is null && Normalize(TextOf(e)).Length > 0:
                Add(FingerprintAspect.Heading, $"h{e.LocalName[1]} {Normalize(TextOf(e))}", e);
                break;
            case "li" when IsFootnoteList(e.ParentElement):
                Add(FingerprintAspect.Footnote, $"note {MarkerOf(e)}: {Normalize(TextOf(e))}", e);
                break;
            case "li" when e.ParentElement?.GetAttribute(ReadAsAttribute) != "layout":
                Add(FingerprintAspect.ListItem, MarkerOf(e), e);
                break;
            case "a" when IsFootnoteReference(e):
                if (e.ClassList.Contains("footnote-ref"))
                {
                    Add(FingerprintAspect.Footnote, $"ref {Normalize(TextOf(e))}", e);
                }

                break;
            case "sup" when e.HasAttribute("data-fn") || e.ClassList.Contains("fn"):
                Add(FingerprintAspect.Footnote, $"ref {Normalize(TextOf(e))}", e);
                break;
            case "a" when e.GetAttribute("href") is { } href && (TextOf(e).Trim().Length > 0 || e.QuerySelector("img") is not null):
                Add(FingerprintAspect.Link, NormalizeUrl(href), e);
                break;
            case "img":
                Add(FingerprintAspect.Image, $"{NormalizeUrl(e.GetAttribute("src") ?? e.GetAttribute("data-src") ?? FirstSrcsetUrl(e.GetAttribute("srcset")) ?? "")} \"{Normalize(e.GetAttribute("alt") ?? "")}\"", e);
                break;
            case "blockquote":
                Add(FingerprintAspect.Quote, Normalize(TextOf(e)), e);
                break;
            case "details" when e.Closest("[" + ReadAsAttribute + "=quote]") is null:
                var summary = e.Children.FirstOrDefault(c => c.LocalName == "summary");
                Add(FingerprintAspect.Details, "summary: " + (summary is null ? "" : Normalize(TextOf(summary))), e);
                Add(FingerprintAspect.Details, "content: " + Normalize(TextOf(e, skip: summary)), e);
                break;
            // A one-cell table is page layout (a coloured box), not data: a wrapper like a div.
            case "td" or "th" when !IsLayoutTable(e.Closest("table")!):
                Add(FingerprintAspect.TableCell, Normalize(TextOf(e)), e);
                break;
            case "pre" when e.GetAttribute(ReadAsAttribute) != "text":
                Add(FingerprintAspect.Code, CodeText(e), e);
                break;
        }
    }

    /// <summary>
    /// Not part of what a reader gets: deliberately dropped, invisible, footnote back-links, and the label a
    /// renderer adds to an alert ("Note", Markdig's <c>markdown-alert-title</c>), which is not the author's text.
    /// </summary>
    private static bool IsSkipped(IElement e) =>
        e.HasAttribute(DroppedAttribute) || e.LocalName is "script" or "style" or "template" || IsFootnoteBackLink(e) || e.ClassList.Contains("markdown-alert-title");

    /// <summary>An image with only a srcset shows its first candidate (the converter writes that one).</summary>
    private static string? FirstSrcsetUrl(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0);

    private bool IsLayoutTable(IElement table)
    {
        if (!_layoutTables.TryGetValue(table, out bool layout))
        {
            _layoutTables[table] = layout = table.QuerySelectorAll("td, th").Count(c => c.Closest("table") == table) == 1;
        }

        return layout;
    }

    private static bool IsFootnoteList(IElement? list) =>
        list is { LocalName: "ol" } && (list.ClassList.Contains("wp-block-footnotes") || list.ParentElement?.ClassList.Contains("footnotes") == true);

    /// <summary>The link to a footnote: Markdig's <c>a.footnote-ref</c>, or the anchor in WordPress's <c>sup.fn</c>.</summary>
    private static bool IsFootnoteReference(IElement a) =>
        a.ClassList.Contains("footnote-ref") || a.ParentElement is { LocalName: "sup" } sup && (sup.HasAttribute("data-fn") || sup.ClassList.Contains("fn"));

    /// <summary>The "↩" link from a footnote back to its reference: ids differ by design, so it is not compared.</summary>
    private static bool IsFootnoteBackLink(IElement e) =>
        e.LocalName == "a" && (e.ClassList.Contains("footnote-back-ref") ||
            (e.Closest("li") is { } li && IsFootnoteList(li.ParentElement) &&
             (e.GetAttribute("href")?.EndsWith("-link", StringComparison.Ordinal) == true || e.TextContent.Trim().Trim('\ufe0e', '\ufe0f') == "\u21a9")));

    /// <summary>
    /// The number a browser shows for an ordered list item (start, reversed, value), a bullet otherwise.
    /// Footnote lists number from 1 whatever their markup says.
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
            bool footnotes = IsFootnoteList(ol);
            bool reversed = !footnotes && ol.HasAttribute("reversed");
            int n = footnotes ? 1 : int.TryParse(ol.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : reversed ? items.Count : 1;
            foreach (var item in items)
            {
                if (!footnotes && int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
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

    private void FlushWords()
    {
        foreach (var token in Tokenize(_text.ToString()))
        {
            if (token.IndexOfAny(NonBreaking) >= 0)
            {
                Add(FingerprintAspect.Nbsp, token, _owner);
            }

            foreach (var word in token.Split(NonBreaking, StringSplitOptions.RemoveEmptyEntries))
            {
                Add(FingerprintAspect.Word, word, _owner);
            }
        }

        _text.Clear();
    }

    /// <summary>Splits on ASCII whitespace only: U+00A0 (and U+202F, U+2007) join words, as French typography intends.</summary>
    internal static IEnumerable<string> Tokenize(string text)
    {
        foreach (var raw in text.Split(AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries))
        {
            // A non-breaking space at the edge of a word joins nothing: it is dropped at block edges.
            string word = raw.Trim('\u00a0', '\u202f', '\u2007', '\u200b');
            if (word.Length > 0)
            {
                yield return word;
            }
        }
    }

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
                    if (e.GetAttribute(ImpliedTextAttribute) is { } implied) sb.Append(' ').Append(implied).Append(' ');
                    if (IsBlockBoundary(e)) sb.Append(' ');
                    Append(e, sb, depth + 1);
                    if (IsBlockBoundary(e)) sb.Append(' ');
                }
            }
        }
    }

    /// <summary>Code keeps its line breaks and indentation; only trailing spaces and edge blank lines are ignored.</summary>
    internal static string CodeText(IElement pre)
    {
        var sb = new StringBuilder();
        Append(pre, sb, 0);
        var lines = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
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
    internal static string Normalize(string text) => string.Join(' ', Tokenize(text));

    internal static string NormalizeUrl(string url)
    {
        url = url.Trim();
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
