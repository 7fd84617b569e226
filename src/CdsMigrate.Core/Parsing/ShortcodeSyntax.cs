using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// WordPress shortcode tags in text: <c>[name attr="v"]</c>, <c>[/name]</c>, <c>[name /]</c>. A bracketed word is
/// only taken for a shortcode when it is one WordPress or Jetpack registers, or when it is shaped like one
/// (attributes with '=', a closing or self-closing tag): "[sic]" or "[1]" in prose stay text.
/// </summary>
internal static partial class ShortcodeSyntax
{
    private static readonly HashSet<string> KnownNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "audio", "caption", "wp_caption", "embed", "gallery", "playlist", "video",
        "archives", "bandcamp", "contact-form", "contact-field", "crowdsignal", "polldaddy", "dailymotion", "facebook",
        "flickr", "gist", "googleapps", "googlemaps", "gravatar", "instagram", "recipe", "scribd", "slideshare",
        "slideshow", "soundcloud", "spotify", "ted", "twitch", "twitter", "tweet", "vimeo", "youtube", "wufoo",
        "portfolio", "testimonials", "sitemap", "upcomingevents", "kickstarter", "mixcloud", "brightcove", "wpvideo", "videopress",
    };

    /// <summary>Finds the shortcode tags in <paramref name="text"/>.</summary>
    public static IEnumerable<Match> Find(string text)
    {
        if (!text.Contains('['))
        {
            yield break;
        }

        foreach (Match m in Tag().Matches(text))
        {
            bool closing = m.Groups["close"].Length > 0;
            bool selfClosing = m.Groups["self"].Length > 0;
            bool hasAttributes = m.Groups["attrs"].Value.Contains('=');
            if (KnownNames.Contains(m.Groups["name"].Value) || closing || selfClosing || hasAttributes)
            {
                yield return m;
            }
        }
    }

    /// <summary>The name of a shortcode tag match.</summary>
    public static string NameOf(Match m) => m.Groups["name"].Value;

    /// <summary>The value of attribute <paramref name="name"/> in an opening tag, or null.</summary>
    public static string? Attribute(string tag, string name)
    {
        foreach (Match m in AttributeRegex().Matches(tag))
        {
            if (string.Equals(m.Groups[1].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
            }
        }

        return null;
    }

    // "[[x]]" is WordPress's escape for a literal "[x]": the doubled bracket is excluded here.
    [GeneratedRegex(@"(?<!\[)\[(?<close>/)?(?<name>[A-Za-z][\w-]*)(?<attrs>\s[^\[\]]*?)?(?<self>\s*/)?\](?!\])")]
    private static partial Regex Tag();

    [GeneratedRegex(@"([\w-]+)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s'""\]]+))")]
    private static partial Regex AttributeRegex();
}
