using System.Net;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Sources;

/// <summary>Excerpts (WXR <c>excerpt:encoded</c>, REST <c>excerpt.rendered</c>) as front matter text.</summary>
internal static partial class ExcerptText
{
    /// <summary>An excerpt as one line of plain text: tags removed, entities decoded, whitespace collapsed.</summary>
    public static string? PlainText(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        string text = WebUtility.HtmlDecode(Tags().Replace(html, " "));
        text = Spaces().Replace(text, " ").Trim();
        return text.Length > 0 ? text : null;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Spaces();
}
