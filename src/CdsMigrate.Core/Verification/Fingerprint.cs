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

    private const int MaxDepth = 512;

    public List<(string Text, IElement? Where)> Words { get; } = [];
    public List<(string Text, IElement? Where)> Headings { get; } = [];
    public List<(string Text, IElement? Where)> ListItems { get; } = [];
    public List<(string Text, IElement? Where)> Links { get; } = [];
    public List<(string Text, IElement? Where)> Images { get; } = [];
    public List<(string Text, IElement? Where)> Quotes { get; } = [];
    public List<(string Text, IElement? Where)> Summaries { get; } = [];
    public List<(string Text, IElement? Where)> CodeBlocks { get; } = [];

    public static Fingerprint Of(IElement root)
    {
        var fingerprint = new Fingerprint();
        var text = new StringBuilder();
        IElement? owner = null;
        fingerprint.Walk(root, text, ref owner, 0);
        fingerprint.FlushWords(text, owner);
        return fingerprint;
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
                case IElement e when e.HasAttribute(DroppedAttribute):
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

    private void Record(IElement e)
    {
        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it.
            case ['h', >= '1' and <= '6'] when e.LocalName.Length == 2 && e.Closest("summary") is null && Normalize(TextOf(e)).Length > 0:
                Headings.Add(($"h{e.LocalName[1]} {Normalize(TextOf(e))}", e));
                break;
            case "li":
                ListItems.Add((MarkerOf(e), e));
                break;
            case "a" when e.GetAttribute("href") is { } href && (TextOf(e).Trim().Length > 0 || e.QuerySelector("img") is not null):
                Links.Add((NormalizeUrl(href), e));
                break;
            case "img":
                Images.Add(($"{NormalizeUrl(e.GetAttribute("src") ?? "")} \"{Normalize(e.GetAttribute("alt") ?? "")}\"", e));
                break;
            // An empty quote shows nothing, and the converter drops it (property test seed 0CEIEv4fV4E1).
            case "blockquote" when Normalize(TextOf(e)).Length > 0 || e.QuerySelector("img") is not null:
                Quotes.Add((Normalize(TextOf(e)), e));
                break;
            case "summary":
                Summaries.Add((Normalize(TextOf(e)), e));
                break;
            case "pre" when Normalize(TextOf(e)).Length > 0:
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
            Words.Add((word, owner));
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
                else if (child is IElement e && !e.HasAttribute(DroppedAttribute) && depth < MaxDepth)
                {
                    if (IsBlockBoundary(e)) sb.Append(' ');
                    Append(e, sb, depth + 1);
                    if (IsBlockBoundary(e)) sb.Append(' ');
                }
            }
        }
    }

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
