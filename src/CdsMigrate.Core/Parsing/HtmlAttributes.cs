using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Attribute look-ups by a lower-case name without a namespace. Issue 11: AngleSharp's <c>GetAttribute(name)</c>
/// lower-cases the name on every call for an HTML element (its HtmlLower was about 5% of a run's instructions, from
/// the rules' and the block namer's look-ups on every element). The HTML parser stores attribute names lower-cased and
/// without a namespace (only prefixed foreign ones such as <c>xlink:href</c> get one, and a qualified name would not
/// match those either), and so does <c>SetAttribute</c>, so the look-up by namespace and local name finds the same
/// attribute for every name passed here, which must be lower-case and unprefixed.
/// </summary>
internal static class HtmlAttributes
{
    /// <summary><c>GetAttribute(name)</c> for a lower-case, unprefixed <paramref name="name"/>, without lower-casing it again.</summary>
    public static string? GetHtmlAttribute(this IElement element, string name) => element.GetAttribute(null, name);

    /// <summary><c>HasAttribute(name)</c> for a lower-case, unprefixed <paramref name="name"/>, without lower-casing it again.</summary>
    public static bool HasHtmlAttribute(this IElement element, string name) => element.HasAttribute(null, name);
}
