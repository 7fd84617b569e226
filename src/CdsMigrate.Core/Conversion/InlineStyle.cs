using AngleSharp.Dom;

namespace CdsMigrate.Core.Conversion;

/// <summary>Which inline styles carry meaning a reader sees (and so are reported when lost).</summary>
internal static class InlineStyle
{
    private static readonly string[] Meaningful = ["color", "background", "background-color", "font-weight", "font-style", "text-decoration", "text-decoration-line"];

    public static IReadOnlyList<string> MeaningfulProperties(IElement element)
    {
        var found = new List<string>();
        foreach (var declaration in (element.GetAttribute("style") ?? "").Split(';'))
        {
            int colon = declaration.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string property = declaration[..colon].Trim().ToLowerInvariant();
            string value = declaration[(colon + 1)..].Trim().ToLowerInvariant();
            bool neutral = value is "" or "inherit" or "initial" or "normal" or "none" or "transparent" or "400";
            if (!neutral && Meaningful.Contains(property) && !found.Contains(property))
            {
                found.Add(property);
            }
        }

        if (element.LocalName == "font" && element.HasAttribute("color"))
        {
            found.Add("color");
        }

        return found;
    }
}
