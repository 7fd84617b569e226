using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What an element shows that Markdown cannot say: colours, backgrounds, font sizes, alignment, widths,
/// borders (from its style attribute, WordPress's <c>has-*</c> classes and old presentational attributes),
/// and for a layout container the site's CSS classes. Issue 10 point 5: nothing visual is dropped silently;
/// the converter reports these once per element kind and document (CDS1200).
/// </summary>
internal static class VisualStyle
{
    private static readonly string[] Neutral = ["", "inherit", "initial", "unset", "normal", "none", "transparent", "auto"];

    /// <summary>
    /// The kinds of styling <paramref name="element"/> carries, in a stable order. <paramref name="emphasisConverted"/>:
    /// bold, italic and line-through styles became Markdown emphasis (span, font), so they are not lost.
    /// <paramref name="container"/>: the element is unwrapped, so its CSS classes are lost too.
    /// </summary>
    public static IReadOnlyList<string> Lost(IElement element, bool emphasisConverted = false, bool container = false)
    {
        // Most elements have no attribute at all (a bare <p>, <li>, <em>), and every loss below but <center>'s is read
        // from one: no declarations, class tokens or attribute look-ups for them (issue 11).
        if (element.Attributes.Length == 0 && element.LocalName != "center")
        {
            return [];
        }

        // Asked of nearly every element converted, and most carry no styling: the list is made on the first find.
        List<string>? found = null;
        void Add(string what)
        {
            found ??= new List<string>(2);
            if (!found.Contains(what)) found.Add(what);
        }

        foreach (var (property, value) in InlineStyle.Declarations(element))
        {
            if (Neutral.Contains(value))
            {
                continue;
            }

            switch (property)
            {
                case "color":
                    Add("text colour");
                    break;
                case "background" or "background-color" or "background-image":
                    Add("background");
                    break;
                case "font-size":
                    Add("font size");
                    break;
                case "font-family":
                    Add("font");
                    break;
                case "font-weight" when !emphasisConverted && (value is "bold" or "bolder" || (int.TryParse(value, out int w) && w >= 600)):
                    Add("bold");
                    break;
                case "font-style" when !emphasisConverted && value is "italic" or "oblique":
                    Add("italic");
                    break;
                case "text-decoration" or "text-decoration-line" when !(emphasisConverted && value.Contains("line-through", StringComparison.Ordinal)):
                    Add(value.Contains("underline", StringComparison.Ordinal) ? "underline" : "text decoration");
                    break;
                case "text-align" when value is not ("left" or "start"):
                    Add("alignment");
                    break;
                case "float" or "vertical-align":
                    Add("alignment");
                    break;
                case "width" or "max-width" or "min-width" or "flex-basis":
                    Add("width");
                    break;
                case "height" or "max-height" or "min-height":
                    Add("height");
                    break;
                case "border" or "border-top" or "border-bottom" or "border-left" or "border-right" or "border-color" or "border-width" or "border-style":
                    Add("border");
                    break;
            }
        }

        // The class attribute read in place (ClassTokens): AngleSharp's token list cost a list and a handler per element.
        foreach (var cls in ClassTokens.Of(element))
        {
            if (!cls.StartsWith("has-", StringComparison.Ordinal))
            {
                if (cls is "aligncenter" or "alignleft" or "alignright")
                {
                    Add("alignment");
                }
                else if (cls is "is-resized")
                {
                    Add("width");
                }

                continue;
            }

            if (cls.EndsWith("-font-size", StringComparison.Ordinal))
            {
                Add("font size");
            }
            else if (cls is "has-background" || cls.EndsWith("-background-color", StringComparison.Ordinal) || cls.EndsWith("-gradient-background", StringComparison.Ordinal))
            {
                Add("background");
            }
            else if (cls.StartsWith("has-text-align-", StringComparison.Ordinal))
            {
                if (cls is not "has-text-align-left") Add("alignment");
            }
            else if (cls is "has-text-color" or "has-link-color" || (cls.EndsWith("-color", StringComparison.Ordinal) && cls is not "has-border-color"))
            {
                Add("text colour");
            }
            else if (cls is "has-border-color")
            {
                Add("border");
            }
        }

        if (element.GetHtmlAttribute("align") is { } align && !align.Equals("left", StringComparison.OrdinalIgnoreCase) && align.Length > 0)
        {
            Add("alignment");
        }

        if (element.LocalName == "center")
        {
            Add("alignment");
        }

        if (element.HasHtmlAttribute("bgcolor") || element.HasHtmlAttribute("background"))
        {
            Add("background");
        }

        if (element.LocalName == "font")
        {
            if (element.HasHtmlAttribute("color")) Add("text colour");
            if (element.HasHtmlAttribute("size")) Add("font size");
            if (element.HasHtmlAttribute("face")) Add("font");
        }

        if (element.HasHtmlAttribute("width") && element.LocalName is not ("iframe" or "video" or "object" or "embed" or "col" or "colgroup"))
        {
            Add("width");
        }

        if (container && HasSiteClass(element))
        {
            Add(CssClasses);
        }

        return found ?? (IReadOnlyList<string>)[];
    }

    /// <summary>The kind of loss that lists the classes themselves (<see cref="SiteClasses"/>).</summary>
    public const string CssClasses = "CSS classes";

    /// <summary>The classes a site's stylesheet gave a container: not WordPress's block bookkeeping nor Word's.</summary>
    public static IReadOnlyList<string> SiteClasses(IElement element) =>
        element.ClassList.Where(c => IsSiteClass(c)).ToList();

    /// <summary>True when <see cref="SiteClasses"/> would list something; asked of every container, so read in place.</summary>
    private static bool HasSiteClass(IElement element)
    {
        foreach (var cls in ClassTokens.Of(element))
        {
            if (IsSiteClass(cls))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSiteClass(ReadOnlySpan<char> c) =>
        !c.StartsWith("wp-", StringComparison.Ordinal) && !c.StartsWith("has-", StringComparison.Ordinal)
        && !c.StartsWith("is-", StringComparison.Ordinal) && c is not ("aligncenter" or "alignleft" or "alignright" or "alignwide" or "alignfull" or "alignnone")
        && !c.StartsWith("Mso", StringComparison.Ordinal);
}
