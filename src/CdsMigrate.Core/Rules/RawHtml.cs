using AngleSharp.Dom;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules;

/// <summary>Makes a raw HTML block from an element, shaped so a Markdown renderer passes it through whole.</summary>
internal static class RawHtml
{
    /// <summary>
    /// The element's HTML with blank lines removed: a blank line ends an HTML block in CommonMark,
    /// and the rest would be read as Markdown. Outside <c>pre</c> such lines carry no meaning.
    /// </summary>
    public static MdHtmlBlock Of(IElement element)
    {
        string html = Clean(element).OuterHtml;
        if (element.LocalName == "pre")
        {
            // A <pre> HTML block ends at </pre>, not at a blank line (CommonMark type 1): its blank lines and
            // indentation are the text (issue 10: code blocks kept as <pre> lost their blank lines).
            return new MdHtmlBlock(html.Replace("\r", "", StringComparison.Ordinal));
        }

        var lines = html.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.TrimStart());
        return new MdHtmlBlock(string.Join('\n', lines));
    }

    /// <summary>
    /// A copy without the attributes the converter itself put on the DOM (block names from comments,
    /// verifier marks): they are bookkeeping, not content.
    /// </summary>
    public static IElement Clean(IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var comment in copy.Descendants<IComment>().Where(c => Parsing.BlockCommentParser.Parse(c.Data) is not null).ToList())
        {
            // Inner block delimiters (<!-- wp:description-term -->) are editor bookkeeping too.
            comment.Parent?.RemoveChild(comment);
        }

        foreach (var e in copy.QuerySelectorAll("*").Prepend(copy))
        {
            foreach (var name in e.Attributes.Select(a => a.Name).Where(IsBookkeeping).ToList())
            {
                e.RemoveAttribute(name);
            }
        }

        return copy;
    }

    private static bool IsBookkeeping(string attribute) =>
        attribute.StartsWith("data-cdsmigrate-", StringComparison.Ordinal);
}
