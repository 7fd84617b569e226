using System.Collections.Frozen;

namespace CdsMigrate.Core.Parsing;

/// <summary>Which HTML elements are blocks (converted by block rules) and which are inline (part of a paragraph).</summary>
internal static class HtmlElements
{
    private static readonly FrozenSet<string> BlockTags = new[]
    {
        "address", "article", "aside", "blockquote", "details", "dialog", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "iframe", "video", "audio",
        "script", "style", "noscript", "object", "embed", "canvas", "template", "caption", "thead", "tbody",
        "tfoot", "tr", "td", "th", "menu", "center", "picture", "svg", "math", "select", "textarea",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsBlock(string localName) => BlockTags.Contains(localName);
}
