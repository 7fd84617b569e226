using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// YouTube and Vimeo URLs that Hugo's built-in <c>youtube</c> and <c>vimeo</c> shortcodes can show. A URL with
/// more than the video (a start time, a playlist) is not one of them: the shortcode would lose it.
/// </summary>
internal static partial class VideoEmbeds
{
    public static bool TryParse(string url, out string provider, out string id)
    {
        var m = YouTube().Match(url.Trim());
        if (m.Success)
        {
            (provider, id) = ("youtube", m.Groups["id"].Value);
            return true;
        }

        m = Vimeo().Match(url.Trim());
        if (m.Success)
        {
            (provider, id) = ("vimeo", m.Groups["id"].Value);
            return true;
        }

        (provider, id) = ("", "");
        return false;
    }

    /// <summary>The watch URL a shortcode stands for, so a verifier can compare it with the source URL.</summary>
    public static string CanonicalUrl(string provider, string id) =>
        provider == "vimeo" ? "https://vimeo.com/" + id : "https://www.youtube.com/watch?v=" + id;

    /// <summary>The canonical URL for any URL naming the same video, or the URL itself.</summary>
    public static string Canonicalize(string url) => TryParse(url, out var provider, out var id) ? CanonicalUrl(provider, id) : url;

    [GeneratedRegex(@"^https?://(?:www\.|m\.)?(?:youtube\.com/(?:watch\?v=|embed/|shorts/)|youtube-nocookie\.com/embed/|youtu\.be/)(?<id>[A-Za-z0-9_-]{6,})(?:[?&](?:feature|si)=[A-Za-z0-9_.-]*)*/?$")]
    private static partial Regex YouTube();

    [GeneratedRegex(@"^https?://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?<id>[0-9]{5,})/?$")]
    private static partial Regex Vimeo();
}
