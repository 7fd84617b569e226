using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Text that holds several languages the qTranslate way (issue 12, point 4; seen in <c>wxr-real</c>'s bloggure
/// export): <c>&lt;!--:en--&gt;…&lt;!--:--&gt;</c> (qTranslate), <c>[:en]…[:fr]…[:]</c> and <c>{:en}…{:}</c>
/// (qTranslate-X / qTranslate-XT). Text outside every language block (a <c>&lt;!--more--&gt;</c> between two
/// bilingual halves) belongs to every language, as qTranslate shows it.
/// </summary>
internal static partial class QTranslateText
{
    // One alternation, so that the three syntaxes are read in document order: an opening comment, the comment
    // that closes, a bracket or brace tag with a language, and the bracket or brace tag that ends.
    [GeneratedRegex(@"<!--:(?<open>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)-->|<!--:-->|\[:(?<tag>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)\]|\[:\]|\{:(?<tag>[a-z]{2}(?:[_-][A-Za-z]{2,4})?)\}|\{:\}", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    /// <summary>True when <paramref name="text"/> holds at least one language marker.</summary>
    public static bool HasMarkers(string? text) => !string.IsNullOrEmpty(text) && Markers(text).Any();

    /// <summary>
    /// The markers of <paramref name="text"/>. Bracket and brace tags count only in a text that also holds their
    /// closing tag (<c>[:]</c>, <c>{:}</c>), as qTranslate-X always writes one, and only for ISO 639-1 languages:
    /// a Python slice <c>x[:nb]</c> in a code sample must not split a post.
    /// </summary>
    private static IEnumerable<Match> Markers(string text)
    {
        bool brackets = text.Contains("[:]", StringComparison.Ordinal);
        bool braces = text.Contains("{:}", StringComparison.Ordinal);
        foreach (Match m in Marker().Matches(text))
        {
            char first = m.Value[0];
            if ((first == '[' && !brackets) || (first == '{' && !braces))
            {
                continue;
            }

            string lang = Lang(m);
            if (lang.Length == 0 || Translations.TranslationIdentity.IsLanguage(lang))
            {
                yield return m;
            }
        }
    }

    /// <summary>The languages named in <paramref name="text"/>, in order of first appearance (lower case).</summary>
    public static IReadOnlyList<string> Languages(string? text)
    {
        var languages = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return languages;
        }

        foreach (var m in Markers(text))
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
        var body = new RewrittenText(text ?? "");
        For(body, language);
        return body.Text;
    }

    /// <summary>
    /// <see cref="For(string?, string)"/> on a body whose way back to the export is kept: the language's text keeps its
    /// place in the export (issue 11, s5map: a qTranslate item's diagnostics were counted in the picked text).
    /// </summary>
    public static void For(RewrittenText body, string language)
    {
        if (body.Text.Length == 0 || Languages(body.Text).Count == 0)
        {
            return;
        }

        body.Rewrite((text, step) =>
        {
            string? current = null;
            int at = 0;
            foreach (var m in Markers(text))
            {
                if (current is null || current == language)
                {
                    step.Copy(text, at, m.Index - at);
                }

                // An opening marker starts a language; a closing one (or a bracket tag for another language) ends it.
                string lang = Lang(m);
                current = lang.Length > 0 ? lang : null;
                at = m.Index + m.Length;
            }

            if (current is null || current == language)
            {
                step.Copy(text, at, text.Length - at);
            }
        });
    }

    private static string Lang(Match m)
    {
        string value = m.Groups["open"].Success ? m.Groups["open"].Value : m.Groups["tag"].Success ? m.Groups["tag"].Value : "";
        return value.ToLowerInvariant().Replace('_', '-');
    }
}
