using CdsMigrate.Core.Batch;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Plans a whole run before anything is converted (issue 12): every document's output path and the URL Hugo
/// will give it, numbered until no two share a file or a URL (compared as Hugo and the file systems sites are
/// served from compare them: case-insensitive, composed Unicode); every old permalink kept as an alias unless
/// the new URL is the same. The plan is also the index links between posts are resolved against.
/// </summary>
internal static class SitePlanner
{
    /// <param name="documents">Every document of the run, in read order.</param>
    /// <param name="site">The Hugo site (<c>--site</c>), when given.</param>
    /// <param name="preset">
    /// The exports' front matter preset. The <c>cds</c> preset writes the CDS blog schema, whose URLs come from
    /// the site's permalinks, as post files' do: without <c>--site</c> its new URLs are unknown, so it gets no alias.
    /// </param>
    public static SitePlan Plan(IEnumerable<SourceDocument> documents, HugoSiteConfig? site, FrontMatterPreset preset = FrontMatterPreset.Default)
    {
        var files = new OutputPathAllocator();
        var urls = new Dictionary<string, PlannedDocument>(StringComparer.Ordinal);
        var planned = new List<PlannedDocument>();
        int index = 0;
        foreach (var document in documents)
        {
            var one = PlanOne(document, index++, site, preset, files, urls);
            planned.Add(one);
        }

        return new SitePlan(KeepAliases(planned, urls), site);
    }

    private static PlannedDocument PlanOne(SourceDocument document, int index, HugoSiteConfig? site, FrontMatterPreset preset, OutputPathAllocator files, Dictionary<string, PlannedDocument> urls)
    {
        var fm = document.FrontMatter;
        var item = document.Item;
        string? lang = LanguageOf(document, site);
        string? slug = Scalar(fm, "slug");
        string? url = Scalar(fm, "url");
        string? title = Scalar(fm, "title") ?? item?.Title;
        DateOnly? date = item?.Date is { } d ? DateOnly.FromDateTime(d.Local) : PermalinkPattern.DateOf(Scalar(fm, "date"));
        var language = site?.Language(lang);
        bool sitePermalinks = item is null || preset == FrontMatterPreset.Cds;
        string? pattern = sitePermalinks && language is not null ? PatternFor(language, document.OutputPath) : null;
        string host = pattern is not null ? HostOf(language!.BaseUrl) : "";

        string UrlFor(string path, string? s) => pattern is not null && string.IsNullOrWhiteSpace(url)
            ? PermalinkPattern.Expand(pattern, path, date, s, title)
            : HugoUrls.PageUrl(path, s, url);

        // The old URL: an export says it; a post file's comes from the site's permalinks, as the site built it.
        string? oldUrl = item?.Link;
        string? oldPath = ContentFrontMatter.AliasOf(item?.Link);
        if (item is null && pattern is not null && string.IsNullOrWhiteSpace(url))
        {
            oldPath = PermalinkPattern.Expand(pattern, document.OutputPath, date, slug, title);
            oldUrl = language!.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + oldPath : null;
        }

        if (document.KeepsSourceName)
        {
            // A post file keeps its name byte for byte (its name is its URL, issue 9): never numbered here. A
            // name another document took is refused when written (CDS3006); a URL clash is left as it is.
            files.TryReserve(document.OutputPath);
            string keptUrl = UrlFor(document.OutputPath, slug);
            var kept = new PlannedDocument
            {
                Index = index, SourcePath = document.SourcePath, Where = SourcePosition.OfDocument(document), OutputPath = document.OutputPath, Url = keptUrl,
                Slug = slug, OldUrl = oldUrl, OldPath = oldPath, Lang = lang, Id = item?.Id, Type = item?.Type, IsExport = item is not null, Host = host,
            };
            urls.TryAdd(HugoUrls.Key(host + keptUrl), kept);
            return kept;
        }

        string basePath;
        try
        {
            basePath = SafePath.Sanitize(document.OutputPath).Path;
        }
        catch (UnsafePathException)
        {
            // Refused when written (CDS3005); nothing to reserve.
            return new PlannedDocument
            {
                Index = index, SourcePath = document.SourcePath, Where = SourcePosition.OfDocument(document), OutputPath = document.OutputPath, Url = UrlFor(document.OutputPath, slug),
                Slug = slug, OldUrl = oldUrl, OldPath = oldPath, Lang = lang, Id = item?.Id, Type = item?.Type, IsExport = item is not null,
            };
        }

        bool nameFromSlug = slug is not null && string.Equals(NameOf(basePath), PathSegmentSanitizer.Sanitize(slug), StringComparison.OrdinalIgnoreCase);
        PlannedDocument? holder = null;
        bool pathTaken = !files.IsFree(basePath);
        for (int n = 1; ; n++)
        {
            string? candidateSlug = n == 1 || slug is null || !string.IsNullOrWhiteSpace(url) ? slug : slug + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            string candidatePath = n == 1 || (!nameFromSlug && slug is not null && files.IsFree(basePath))
                ? basePath
                : OutputPathAllocator.WithSuffix(basePath, n);
            string candidateUrl = UrlFor(candidatePath, candidateSlug);
            string key = HugoUrls.Key(host + candidateUrl);
            bool urlFree = !urls.TryGetValue(key, out var taken);
            holder ??= taken;
            // A url set in the front matter cannot be numbered: only the file is, and the clash reported.
            if (files.IsFree(candidatePath) && (urlFree || (!string.IsNullOrWhiteSpace(url) && n > 1)))
            {
                files.TryReserve(candidatePath);
                var diagnostics = new List<Diagnostic>();
                var result = new PlannedDocument
                {
                    Index = index, SourcePath = document.SourcePath, Where = SourcePosition.OfDocument(document), OutputPath = candidatePath, Url = candidateUrl,
                    Slug = candidateSlug, SlugChanged = candidateSlug != slug, OldUrl = oldUrl, OldPath = oldPath, Lang = lang,
                    Id = item?.Id, Type = item?.Type, IsExport = item is not null, Host = host,
                    AliasWanted = item is null || preset != FrontMatterPreset.Cds || site is not null,
                };
                if (n > 1)
                {
                    var where = SourcePosition.OfDocument(document);
                    string slugNote = result.SlugChanged ? $" with slug '{candidateSlug}'" : "";
                    if (pathTaken)
                    {
                        // The file itself was taken (as before the plan: CDS2019); the slug follows the file.
                        diagnostics.Add(DiagnosticCodes.DuplicateOutputPath.At(where,
                            $"{basePath} is already the output of another document: written to {candidatePath}{slugNote}, at {candidateUrl}"));
                    }
                    else
                    {
                        string other = holder is not null ? $"{holder.OutputPath} (from {holder.SourcePath})" : "another document";
                        diagnostics.Add(DiagnosticCodes.UrlClashResolved.At(where,
                            $"{UrlFor(basePath, slug)} is also the URL of {other}: written to {candidatePath}{slugNote}, at {candidateUrl}"));
                    }
                }

                urls.TryAdd(key, result);
                return result with { Diagnostics = diagnostics };
            }
        }
    }

    /// <summary>
    /// An old path becomes an alias unless it is the new URL itself, another page's URL (the page would be
    /// replaced by a redirect) or already another document's alias.
    /// </summary>
    private static List<PlannedDocument> KeepAliases(List<PlannedDocument> planned, Dictionary<string, PlannedDocument> urls)
    {
        var aliases = new Dictionary<string, PlannedDocument>(StringComparer.Ordinal);
        for (int i = 0; i < planned.Count; i++)
        {
            var p = planned[i];
            if (p.OldPath is null || !p.AliasWanted)
            {
                continue;
            }

            string key = HugoUrls.Key(p.Host + HugoUrls.Normalize(p.OldPath));
            if (key == HugoUrls.Key(p.Host + p.Url))
            {
                continue;
            }

            if (aliases.TryGetValue(key, out var sameItem) && sameItem.Id is not null && sameItem.Id == p.Id && sameItem.SourcePath == p.SourcePath)
            {
                // One item split by language (qTranslate): its old URL leads to its first language, as intended.
                continue;
            }

            string? problem = urls.TryGetValue(key, out var page) && !ReferenceEquals(page, p) ? $"it is the URL of {page.OutputPath}"
                : aliases.TryGetValue(key, out var first) ? $"it is already the alias of {first.OutputPath}"
                : null;
            if (problem is not null)
            {
                planned[i] = p with
                {
                    Diagnostics = [.. p.Diagnostics, DiagnosticCodes.AliasNotKept.At(p.Where, $"old URL {p.OldPath} not kept as an alias: {problem}")],
                };
                continue;
            }

            aliases[key] = p;
            planned[i] = p with { Alias = System.Text.RegularExpressions.Regex.Replace(p.OldPath, "/{2,}", "/") };
        }

        return planned;
    }

    /// <summary>
    /// The language of a document: the export's, the front matter's, a <c>.fr.md</c> suffix, or a first folder
    /// named like a language (<c>en/…</c>, as the CDS site's content folders are).
    /// </summary>
    public static string? LanguageOf(SourceDocument document, HugoSiteConfig? site)
    {
        if (document.Item?.Lang is { Length: > 0 } itemLang)
        {
            return itemLang;
        }

        if ((Scalar(document.FrontMatter, "lang") ?? Scalar(document.FrontMatter, "language")) is { Length: > 0 } fmLang)
        {
            return fmLang;
        }

        var segments = document.OutputPath.Split('/');
        string file = segments[^1];
        var parts = file.Split('.');
        if (parts.Length >= 3 && IsLanguage(parts[^2], site))
        {
            return parts[^2];
        }

        return segments.Length > 1 && IsLanguage(segments[0], site) ? segments[0] : null;
    }

    private static bool IsLanguage(string code, HugoSiteConfig? site) =>
        site is not null ? site.HasLanguage(code) : code.Length == 2 && code.All(char.IsAsciiLetterLower);

    /// <summary>
    /// The permalink pattern of a post file: the one of the section it sits in, or, when the file is not under
    /// a section the site knows (the CDS posts are given as <c>en/*.md</c>), the language's only pattern.
    /// </summary>
    private static string? PatternFor(HugoLanguage language, string outputPath)
    {
        var segments = outputPath.Split('/');
        foreach (var segment in segments[..^1])
        {
            if (language.Permalinks.TryGetValue(segment, out var pattern))
            {
                return pattern;
            }
        }

        var distinct = language.Permalinks.Values.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 1 ? distinct[0] : null;
    }

    private static string HostOf(string? baseUrl) =>
        baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) ? uri.Host.ToLowerInvariant() : "";

    private static string NameOf(string path)
    {
        var segments = path.Split('/');
        string file = segments[^1];
        string stem = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? file[..^3] : file;
        return stem == "index" && segments.Length > 1 ? segments[^2] : stem;
    }

    internal static string? Scalar(FrontMatterMapping? fm, string key) =>
        fm?[key] is FrontMatterScalar { Value: { } value } && value.Trim().Length > 0 ? value : null;
}
