using AngleSharp.Dom;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules;

/// <summary>Makes a raw HTML block from an element, shaped so a Markdown renderer passes it through whole.</summary>
public static class RawHtml
{
    /// <summary>
    /// The element's HTML with blank lines removed: a blank line ends an HTML block in CommonMark,
    /// and the rest would be read as Markdown. Outside <c>pre</c> such lines carry no meaning.
    /// </summary>
    public static MdHtmlBlock Of(IElement element)
    {
        string html = element.OuterHtml;
        var lines = html.Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.TrimStart());
        return new MdHtmlBlock(string.Join('\n', lines));
    }
}
