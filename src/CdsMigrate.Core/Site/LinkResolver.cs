using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Resolves a link found in a document against the planned run (issue 12, point 2): a URL on the old site
/// (one of its hosts, with or without the scheme, or a root-relative path) that names a post or page of the
/// run, by old permalink, by <c>?p=ID</c> / <c>?page_id=ID</c>, by a date-based permalink or by slug, in either
/// language, becomes a link to the new file: <c>{{&lt; relref "…" &gt;}}</c> in the hugo flavour (Hugo then
/// fails the build on a broken one), a relative path to the <c>.md</c> file otherwise. The anchor is kept;
/// the query (tracking parameters) is not, since the new page does not read it. Thread-safe.
/// </summary>
internal sealed partial class LinkResolver(SitePlan plan, MarkdownFlavor flavor)
{
    public SitePlan Plan { get; } = plan;

    public LinkResolution Resolve(string url, PlannedDocument? from)
    {
        string href = url.Trim();
        if (href.Length == 0 || href[0] == '#')
        {
            return LinkResolution.NotOldSite;
        }

        string? fragment = null;
        int hash = href.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            fragment = href[(hash + 1)..];
            href = href[..hash];
        }

        string query = "";
        int question = href.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = href[(question + 1)..];
            href = href[..question];
        }

        string? host = null;
        string path;
        if (SchemeAndHost().Match(href) is { Success: true } m)
        {
            host = m.Groups["host"].Value.ToLowerInvariant();
            if (host.Contains(':', StringComparison.Ordinal))
            {
                host = host[..host.IndexOf(':', StringComparison.Ordinal)];
            }

            if (!Plan.IsOldHost(host))
            {
                return LinkResolution.NotOldSite;
            }

            path = href[m.Length..];
        }
        else if (href.StartsWith('/') && !href.StartsWith("//", StringComparison.Ordinal))
        {
            path = href;
        }
        else
        {
            return LinkResolution.NotOldSite;
        }

        if (path.Length == 0)
        {
            path = "/";
        }

        if (IsNotAPage(path))
        {
            return LinkResolution.NotOldSite;
        }

        string? hostLanguage = host is null ? null : Plan.LanguageOfHost(host);
        var target = Choose(SameSite(Candidates(path, query), from, host), from, hostLanguage);
        if (target is null)
        {
            // A root-relative link in a post file is a link within the site the post file belongs to, which stays
            // (a hand-written /img/x.png, /about/): it only breaks with the old site when an export's post holds it.
            return host is null && from is { IsExport: false } ? LinkResolution.NotOldSite : LinkResolution.Unresolved;
        }

        return new LinkResolution(LinkOutcome.Resolved, target, Format(from, target, fragment));
    }

    private IReadOnlyList<PlannedDocument> Candidates(string path, string query)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] is "p" or "page_id" && long.TryParse(pair[(eq + 1)..], out long id))
            {
                return Plan.ById(id);
            }
        }

        var byPath = Plan.ByOldPath(path);
        if (byPath.Count > 0)
        {
            return byPath;
        }

        // A date-based permalink (/2020/05/13/slug/, /2020/05/slug/), a bare /slug/, or one below a language or a
        // blog folder (/fr/slug/, /blog/slug/). Other folders (/tags/x/, /category/x/) are not posts named x.
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length > 0 && segments[..^1].All(IsPermalinkFolder) ? Plan.BySlug(path) : [];
    }

    private static bool IsPermalinkFolder(string segment) =>
        segment.All(char.IsAsciiDigit)
        || (segment.Length == 2 && segment.All(char.IsAsciiLetterLower))
        || segment.ToLowerInvariant() is "blog" or "post" or "posts" or "page" or "pages" or "news" or "articles";

    /// <summary>
    /// One run may hold several sites (the corpus folders do): a link with a host names that host's documents
    /// (or the documents of the language the site gives that host); a root-relative link names the linking
    /// document's own export, or, from a post file, any post file.
    /// </summary>
    private static IReadOnlyList<PlannedDocument> SameSite(IReadOnlyList<PlannedDocument> candidates, PlannedDocument? from, string? host)
    {
        if (candidates.Count == 0)
        {
            return candidates;
        }

        if (host is not null)
        {
            string key = PlannedDocument.HostKey(host);
            return candidates.Where(c => c.OldHost == key).ToList();
        }

        if (from is null)
        {
            return candidates;
        }

        return from.IsExport
            ? candidates.Where(c => c.SourcePath == from.SourcePath).ToList()
            : candidates.Where(c => !c.IsExport).ToList();
    }

    /// <summary>Among candidates, the one in the link's language (its host's), else the linking document's, else the first.</summary>
    private static PlannedDocument? Choose(IReadOnlyList<PlannedDocument> candidates, PlannedDocument? from, string? hostLanguage)
    {
        if (candidates.Count <= 1)
        {
            return candidates.Count == 1 && (hostLanguage is null || candidates[0].Lang is null || candidates[0].Lang == hostLanguage) ? candidates[0] : null;
        }

        var inLanguage = hostLanguage is null ? candidates : candidates.Where(c => c.Lang == hostLanguage).ToList();
        if (inLanguage.Count == 0)
        {
            return null;
        }

        return inLanguage.FirstOrDefault(c => from is not null && c.Lang == from.Lang && c.IsExport == from.IsExport)
            ?? inLanguage.FirstOrDefault(c => from is not null && c.Lang == from.Lang)
            ?? inLanguage[0];
    }

    /// <summary>The new link: a relref (hugo) or a relative path to the file, from the linking document's folder.</summary>
    private string Format(PlannedDocument? from, PlannedDocument target, string? fragment)
    {
        string relative = RelativePath(from?.OutputPath ?? "", target.OutputPath);
        string anchor = string.IsNullOrEmpty(fragment) ? "" : "#" + fragment;
        // Between two language folders (en/…, fr/…: each a language's content folder in Hugo), a relref to the
        // other language names it and a path relative to the same place in that language's content.
        string? lang = null;
        if (flavor == MarkdownFlavor.Hugo && from?.Lang is { } fromLang && target.Lang is { } toLang && fromLang != toLang
            && from.OutputPath.StartsWith(fromLang + "/", StringComparison.Ordinal) && target.OutputPath.StartsWith(toLang + "/", StringComparison.Ordinal))
        {
            relative = RelativePath(from.OutputPath[(fromLang.Length + 1)..], target.OutputPath[(toLang.Length + 1)..]);
            lang = toLang;
        }

        if (flavor == MarkdownFlavor.Hugo)
        {
            // Hugo parses the reference as a URL: '%', '?' and '#' in a file name are escaped, and a first segment
            // with a colon (the CDS posts have them: "pair-programming:-teaming-up….md") would read as a scheme.
            string escaped = relative.Replace("%", "%25", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal);
            if (escaped.Split('/')[0].Contains(':', StringComparison.Ordinal))
            {
                escaped = "./" + escaped;
            }

            string reference = escaped + anchor;
            // A Go raw string (backquotes) holds any character but the backquote itself.
            string quoted = reference.Contains('"', StringComparison.Ordinal) && !reference.Contains('`', StringComparison.Ordinal)
                ? "`" + reference + "`"
                : "\"" + reference.Replace("\"", "%22", StringComparison.Ordinal) + "\"";
            return lang is null ? "{{< relref " + quoted + " >}}" : "{{< relref path=" + quoted + " lang=\"" + lang + "\" >}}";
        }

        return string.Join('/', relative.Split('/').Select(s => s == ".." ? s : Uri.EscapeDataString(s))) + anchor;
    }

    /// <summary><c>en/post/a.md</c> → <c>en/page/b.md</c> is <c>../page/b.md</c>.</summary>
    internal static string RelativePath(string from, string to)
    {
        var fromDirs = from.Split('/')[..^1];
        var toParts = to.Split('/');
        int common = 0;
        while (common < fromDirs.Length && common < toParts.Length - 1 && fromDirs[common] == toParts[common])
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", fromDirs.Length - common).Concat(toParts[common..]);
        return string.Join('/', parts);
    }

    /// <summary>Media, feeds and the admin are not pages: the media stage (or nobody) deals with them.</summary>
    private static bool IsNotAPage(string path)
    {
        string lower = path.ToLowerInvariant();
        if (lower.Contains("/wp-content/", StringComparison.Ordinal) || lower.Contains("/wp-admin", StringComparison.Ordinal)
            || lower.Contains("/wp-includes/", StringComparison.Ordinal) || lower.Contains("/wp-json", StringComparison.Ordinal)
            || lower.Contains("/uploads/", StringComparison.Ordinal) || lower.EndsWith("/feed/", StringComparison.Ordinal) || lower.EndsWith("/feed", StringComparison.Ordinal))
        {
            return true;
        }

        string last = lower.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..];
        string extension = Path.GetExtension(last);
        return extension.Length > 1 && extension is not (".html" or ".htm" or ".php") && !extension[1..].All(char.IsAsciiDigit)
            && extension.Length <= 6 && lower.EndsWith(last, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:https?:)?//(?<host>[^/?#]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeAndHost();
}
