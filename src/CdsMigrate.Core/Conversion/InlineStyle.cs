using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Which inline styles carry meaning a reader sees: bold, italic and line-through become Markdown emphasis;
/// what else is lost is told by <see cref="VisualStyle"/>.
/// </summary>
internal static class InlineStyle
{
    /// <summary>The emphasis a style gives (bold, italic, struck through), which Markdown can say.</summary>
    public static (bool Bold, bool Italic, bool Strike) Emphasis(IElement element)
    {
        bool bold = false, italic = false, strike = false;
        foreach (var (property, value) in Declarations(element))
        {
            switch (property)
            {
                case "font-weight":
                    bold = value is "bold" or "bolder" || (int.TryParse(value, out int weight) && weight >= 600);
                    break;
                case "font-style":
                    italic = value is "italic" or "oblique";
                    break;
                case "text-decoration" or "text-decoration-line" when value.Contains("line-through", StringComparison.Ordinal):
                    strike = true;
                    break;
            }
        }

        return (bold, italic, strike);
    }

    // Most elements have no style attribute: no split, no iterator for them.
    internal static IEnumerable<(string Property, string Value)> Declarations(IElement element) =>
        element.GetHtmlAttribute("style") is { Length: > 0 } style ? Declarations(style) : [];

    private static IEnumerable<(string Property, string Value)> Declarations(string style)
    {
        foreach (var declaration in style.Split(';'))
        {
            int colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                yield return (declaration[..colon].Trim().ToLowerInvariant(), declaration[(colon + 1)..].Trim().ToLowerInvariant());
            }
        }
    }
}
