using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Site;

/// <summary>
/// The planned run: each document's output path, URL and alias (<see cref="SitePlanner"/>), and the index of
/// old URLs, ids and slugs that links between posts are resolved against (<see cref="LinkResolver"/>).
/// </summary>
internal sealed class SitePlan
{
    private readonly Dictionary<string, List<PlannedDocument>> _byOldPath = new(StringComparer.Ordinal);
    private readonly Dictionary<long, List<PlannedDocument>> _byId = [];
    private readonly Dictionary<string, List<PlannedDocument>> _bySlug = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _hostLanguage = new(StringComparer.OrdinalIgnoreCase);

    public SitePlan(IReadOnlyList<PlannedDocument> documents, HugoSiteConfig? site)
    {
        Documents = documents;
        Site = site;
        foreach (var language in site?.Languages ?? [])
        {
            if (language.BaseUrl is { } b && Uri.TryCreate(b, UriKind.Absolute, out var uri))
            {
                _hostLanguage[PlannedDocument.HostKey(uri.Host)] = language.Code;
            }
        }

        foreach (var d in documents)
        {
            if (d.OldUrl is { } old && Uri.TryCreate(old, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                _hostLanguage.TryAdd(PlannedDocument.HostKey(uri.Host), null);
            }

            if (d.OldPath is { } oldPath)
            {
                Add(_byOldPath, PathKey(oldPath), d);
                Add(_bySlug, LastSegmentKey(oldPath), d);
            }

            if (d.Id is { } id)
            {
                Add(_byId, id, d);
            }

            // The name the document had before any numbering: what a link by slug names.
            string own = d.IsExport || d.OldPath is null ? LastSegmentKey(HugoUrls.PageUrl(d.OutputPath, d.Slug)) : "";
            if (d.SlugChanged && d.Slug is { } numbered && numbered.LastIndexOf('-') is > 0 and var dash)
            {
                own = LastSegmentKey(numbered[..dash]);
            }

            if (own.Length > 0 && !(_bySlug.TryGetValue(own, out var list) && list.Contains(d)))
            {
                Add(_bySlug, own, d);
            }
        }
    }

    public IReadOnlyList<PlannedDocument> Documents { get; }

    public HugoSiteConfig? Site { get; }

    /// <summary>The hosts of the old site: those of the old permalinks and of the site's base URLs.</summary>
    public IReadOnlyCollection<string> Hosts => _hostLanguage.Keys;

    /// <summary>The number of documents numbered to get their own URL.</summary>
    public int ClashesResolved => Documents.Count(d => d.Diagnostics.Any(x => x.Code == DiagnosticCodes.UrlClashResolved.Code || x.Code == DiagnosticCodes.DuplicateOutputPath.Code));

    /// <summary>The number of aliases written.</summary>
    public int Aliases => Documents.Count(d => d.Alias is not null);

    internal bool IsOldHost(string host) => _hostLanguage.ContainsKey(PlannedDocument.HostKey(host));

    internal string? LanguageOfHost(string host) => _hostLanguage.GetValueOrDefault(PlannedDocument.HostKey(host));

    internal IReadOnlyList<PlannedDocument> ByOldPath(string path) => _byOldPath.GetValueOrDefault(PathKey(path)) ?? [];

    internal IReadOnlyList<PlannedDocument> ById(long id) => _byId.GetValueOrDefault(id) ?? [];

    internal IReadOnlyList<PlannedDocument> BySlug(string segment) => _bySlug.GetValueOrDefault(LastSegmentKey(segment)) ?? [];

    /// <summary>
    /// The document as planned: its output path, the numbered slug, the alias (added to the front matter, or the
    /// old path removed from it when the new URL is the same), and what planning found. For post files the front
    /// matter only gains lines (an <c>aliases</c> key when there was none), so a hand-kept file stays as it was.
    /// </summary>
    public SourceDocument Apply(SourceDocument document, int index)
    {
        if (index >= Documents.Count || Documents[index].SourcePath != document.SourcePath)
        {
            return document;
        }

        var planned = Documents[index];
        var fm = document.FrontMatter;
        if (fm is not null)
        {
            var entries = fm.Entries.ToList();
            int slugAt = entries.FindIndex(e => e.Key == "slug");
            if (planned.SlugChanged && slugAt >= 0 && planned.Slug is not null)
            {
                entries[slugAt] = new(entries[slugAt].Key, FrontMatterScalar.String(planned.Slug));
            }

            int aliasesAt = entries.FindIndex(e => e.Key == "aliases");
            if (document.Item is not null && aliasesAt >= 0)
            {
                // The export's preset wrote the old path; it is the plan that knows whether it is needed.
                entries.RemoveAt(aliasesAt);
                if (planned.Alias is not null)
                {
                    entries.Insert(aliasesAt, new("aliases", new FrontMatterSequence([FrontMatterScalar.String(planned.Alias)])));
                }
            }
            else if (planned.Alias is not null && aliasesAt < 0)
            {
                int at = entries.FindIndex(e => e.Key is "lang" or "translationKey" or "wp" or "draft");
                var entry = new KeyValuePair<string, FrontMatterValue>("aliases", new FrontMatterSequence([FrontMatterScalar.String(planned.Alias)]));
                if (document.Item is null || at < 0)
                {
                    entries.Add(entry);
                }
                else
                {
                    entries.Insert(at, entry);
                }
            }

            fm = new FrontMatterMapping(entries);
        }

        var diagnostics = planned.Diagnostics.Count == 0 && !document.Diagnostics.Any(d => d.Code == DiagnosticCodes.DuplicateSlug.Code)
            ? document.Diagnostics
            // The plan resolves what CDS2018 only pointed out: CDS2050 says where the numbered one went.
            : [.. document.Diagnostics.Where(d => d.Code != DiagnosticCodes.DuplicateSlug.Code), .. planned.Diagnostics];
        return document with { FrontMatter = fm, Planned = planned, Diagnostics = diagnostics };
    }

    /// <summary>An old path as a lookup key: decoded, lower case, composed, one trailing slash, no <c>index.php</c>.</summary>
    internal static string PathKey(string path)
    {
        string decoded = path;
        try
        {
            decoded = Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
        }

        var parts = decoded.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(p => p != "index.php").ToArray();
        return HugoUrls.Key("/" + string.Join('/', parts) + (parts.Length > 0 ? "/" : ""));
    }

    /// <summary>The last segment of a path, as Hugo would make it (sanitised, lower case): what a link by slug names.</summary>
    internal static string LastSegmentKey(string path)
    {
        var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "";
        }

        string last = parts[^1];
        try
        {
            last = Uri.UnescapeDataString(last);
        }
        catch (UriFormatException)
        {
        }

        return HugoUrls.Key(HugoUrls.Sanitize(last).ToLowerInvariant());
    }

    private static void Add<TKey>(Dictionary<TKey, List<PlannedDocument>> map, TKey key, PlannedDocument d)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(d);
    }
}
