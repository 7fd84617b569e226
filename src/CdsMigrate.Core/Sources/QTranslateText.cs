using System.Text;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Text that holds several languages the qTranslate way (issue 12, point 4; seen in <c>wxr-real</c>'s bloggure
/// export): <c>&lt;!--:en--&gt;…&lt;!--:--&gt;</c> (qTranslate), <c>[:en]…[:fr]…[:]</c> and <c>{:en}…{:}</c>
/// (qTranslate-X / qTranslate-XT). Text outside every language block (a <c>&lt;!--more--&gt;</c> between two
/// bilingual halves) belongs to every language, as qTranslate shows it.
/// </summary>
public static partial class QTranslateText
{
    // One alternation, so that the three syntaxes are read in document order: an opening comment, the comment
    // that closes, a bracket or brace tag with a language, and the bracket or brace tag that ends.
    [GeneratedRegex(@"<!--:(?<open>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)-->|<!--:-->|\[:(?<tag>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)\]|\[:\]|\{:(?<tag>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)\}|\{:\}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>True when <paramref name="text"/> holds at least one language marker.</summary>
    public static bool HasMarkers(string? text) => !string.IsNullOrEmpty(text) && Marker().IsMatch(text);

    /// <summary>The languages named in <paramref name="text"/>, in order of first appearance (lower case).</summary>
    public static IReadOnlyList<string> Languages(string? text)
    {
        var languages = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return languages;
        }

        foreach (Match m in Marker().Matches(text))
        {
            string lang = Lang(m);
            if (lang.Length > 0 && !languages.Contains(lang))
            {
                languages.Add(lang);
            }
        }

        return languages;
    }

    /// <summary>
    /// The text as <paramref name="language"/> reads it: its own blocks and the text outside every block, in order,
    /// without the markers. Text with no markers comes back unchanged.
    /// </summary>
    public static string For(string? text, string language)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length);
        string? current = null;
        int at = 0;
        foreach (Match m in Marker().Matches(text))
        {
            if (current is null || current == language)
            {
                sb.Append(text, at, m.Index - at);
            }

            // An opening marker starts a language; a closing one (or a bracket tag for another language) ends it.
            string lang = Lang(m);
            current = lang.Length > 0 ? lang : null;
            at = m.Index + m.Length;
        }

        if (current is null || current == language)
        {
            sb.Append(text, at, text.Length - at);
        }

        return sb.ToString();
    }

    private static string Lang(Match m)
    {
        string value = m.Groups["open"].Success ? m.Groups["open"].Value : m.Groups["tag"].Success ? m.Groups["tag"].Value : "";
        return value.ToLowerInvariant().Replace('_', '-');
    }
}
