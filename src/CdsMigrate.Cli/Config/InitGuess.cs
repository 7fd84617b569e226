using System.Text.RegularExpressions;
using System.Xml;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;

namespace CdsMigrate.Cli.Config;

/// <summary>
/// What <c>cdsmigrate init</c> learns from the inputs it is given (issue 13): the documents' languages (as the
/// translation check reads them: the export's plugin, front matter <c>lang</c>, a folder named en or fr), the post types
/// of exports, and the old site's address: what a WXR names (<c>base_blog_url</c>, the channel's <c>link</c>), else the
/// origin of REST items' links, else the absolute origin bodies use most (uploads first).
/// </summary>
internal sealed partial record InitGuess(
    int Documents,
    IReadOnlyDictionary<string, int> Languages,
    IReadOnlyDictionary<string, int> Types,
    string? SiteUrl,
    string? SiteUrlFrom)
{
    public static InitGuess From(IReadOnlyList<InputFile> files)
    {
        var languages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var types = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var named = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var linked = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var uploads = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var bodies = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Where(f => InputSniffer.Detect(f.Path) == InputKind.Xml))
        {
            foreach (var url in WxrSiteUrls(file.Path))
            {
                Count(named, url);
            }
        }

        int documents = 0;
        var runner = new MigrationRunner(new MigrationOptions { PlanSite = false });
        foreach (var entry in runner.ReadEntries(files))
        {
            if (entry.Document is not { } document)
            {
                continue;
            }

            documents++;
            if (TranslationIdentity.Of(document).Lang is { } lang)
            {
                languages[lang] = languages.GetValueOrDefault(lang) + 1;
            }

            if (document.Item is { } item)
            {
                types[item.Type] = types.GetValueOrDefault(item.Type) + 1;
                if (item.Link is { } link)
                {
                    Count(linked, link);
                }
            }

            // Front matter too: a post file's featured image names the old uploads (image: https://…/uploads/…).
            foreach (Match match in AbsoluteUrl().Matches(document.RawFrontMatter?.Text + "\n" + document.Html))
            {
                string host = match.Groups["host"].Value;
                if (ElsewhereHosts.Any(h => host.Equals(h, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                Count(match.Groups["path"].Value.Contains("/uploads/", StringComparison.OrdinalIgnoreCase) ? uploads : bodies, match.Value);
            }
        }

        var (site, from) = Most(named) is { } n ? (n, "named by the WXR export")
            : Most(linked) is { } l ? (l, "the origin of the exported items' links")
            : Most(uploads) is { } u ? (u, "the origin of most uploads the documents use")
            : Most(bodies) is { } b ? (b, "the absolute origin the bodies use most")
            : ((string?)null, (string?)null);
        return new InitGuess(documents, languages, types, site, from);
    }

    private static void Count(Dictionary<string, int> counts, string url)
    {
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
        {
            string origin = uri.GetLeftPart(UriPartial.Authority) + "/";
            counts[origin] = counts.GetValueOrDefault(origin) + 1;
        }
    }

    /// <summary>The most frequent origin; ties go to the first in name order, so the guess is the same every time.</summary>
    private static string? Most(Dictionary<string, int> counts) =>
        counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault();

    /// <summary>The site a WXR names before its first item: <c>wp:base_blog_url</c>, else the channel's <c>link</c>.</summary>
    private static IEnumerable<string> WxrSiteUrls(string path)
    {
        string? blog = null, link = null;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (reader.LocalName == "item")
                {
                    break;
                }

                if (reader.LocalName == "base_blog_url")
                {
                    blog ??= reader.ReadElementContentAsString();
                }
                else if (reader.LocalName == "link" && reader.NamespaceURI.Length == 0 && reader.Depth == 2)
                {
                    link ??= reader.ReadElementContentAsString();
                }
            }
        }
        catch (XmlException)
        {
            // A WXR that is not well-formed: what was read before the fault is used (convert reports the fault).
        }

        return (blog ?? link) is { Length: > 0 } url ? [url] : [];
    }

    /// <summary>
    /// Hosts that are never the old site, however often its posts link to them (samples/posts links to github.com more
    /// than to its own site; PTOM76's REST export embeds Wikimedia images): code hosts, video, social, encyclopedias,
    /// fonts and standards.
    /// </summary>
    private static readonly string[] ElsewhereHosts =
    [
        "github.com", "gitlab.com", "youtube.com", "youtu.be", "vimeo.com", "twitter.com", "x.com", "facebook.com", "linkedin.com",
        "instagram.com", "wikipedia.org", "wikimedia.org", "google.com", "googleapis.com", "gstatic.com", "gravatar.com", "w3.org",
        "schema.org", "wp.me", "wordpress.org", "creativecommons.org", "s.wordpress.com", "s0.wp.com", "i0.wp.com", "i1.wp.com", "i2.wp.com",
    ];

    [GeneratedRegex(@"https?://(?<host>[A-Za-z0-9.-]+)(?::\d+)?(?<path>/[^\s""'<>)]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex AbsoluteUrl();
}
