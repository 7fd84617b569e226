using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Names the element a "body closed wrong" parse error is about. AngleSharp reports that error where the body ends
/// (the end of the text, usually), with the elements still open on its stack, which it does not expose: golden case
/// classic/pre-around-list said line 16 (the end of the file) for a <c>&lt;pre&gt;</c> left open on line 13 (issue 11, s5pos).
/// </summary>
internal static class UnclosedElement
{
    // The elements the HTML standard lets the body end inside without an error (the tree builder's own list).
    private static readonly HashSet<string> MayStayOpen = new(StringComparer.Ordinal)
    {
        "dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc", "tbody", "td", "tfoot", "th", "thead", "tr", "body", "html",
    };

    /// <summary>
    /// The outermost element left open at the end of <paramref name="body"/>, or null when it cannot be told.
    /// </summary>
    /// <remarks>
    /// Elements still open when the text ends are the body's last child, its last child, and so on (once an element
    /// is open, anything added to its parent closes it first), a prefix of that chain. Which of them were closed is
    /// not in the tree, so the source says it: an element with fewer end tags than start tags of its name from its
    /// own start tag on was never closed. Tags inside comments or scripts can mislead that count; then no element,
    /// or another one of the chain, is named, and the caller keeps the parser's position.
    /// </remarks>
    public static IElement? Find(IElement body, string source)
    {
        for (var node = body.LastChild; node is IElement element; node = element.LastChild)
        {
            if (MayStayOpen.Contains(element.LocalName))
            {
                continue;
            }

            int start = SourcePosition.OffsetOf(element);
            if (start >= 0 && Count(source, start, "<" + element.LocalName) > Count(source, start, "</" + element.LocalName))
            {
                return element;
            }
        }

        return null;
    }

    /// <summary>How many tags <paramref name="opening"/> (<c>&lt;pre</c>, <c>&lt;/pre</c>) are in <paramref name="source"/> from <paramref name="start"/> on, the name matched whole.</summary>
    private static int Count(string source, int start, string opening)
    {
        int count = 0;
        for (int at = source.IndexOf(opening, start, StringComparison.OrdinalIgnoreCase); at >= 0; at = source.IndexOf(opening, at + opening.Length, StringComparison.OrdinalIgnoreCase))
        {
            int after = at + opening.Length;
            if (after == source.Length || source[after] is '>' or '/' or ' ' or '\t' or '\n' or '\r' or '\f')
            {
                count++;
            }
        }

        return count;
    }
}
