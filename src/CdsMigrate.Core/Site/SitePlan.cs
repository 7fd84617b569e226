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
    // The indexes hold positions in _documents: one int for a key with one document (almost all of them), a list
    // only for the others. A list per key per index cost a 108,000-item export about 25 MB for the whole run (issue 11).
    private readonly Dictionary<string, int> _byOldPath = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _byId = [];
    private readonly Dictionary<string, int> _bySlug = new(StringComparer.Ordinal);
    private readonly List<List<int>> _shared = [];
    private readonly PlannedDocument[] _documents;
    private readonly Dictionary<string, string?> _hostLanguage = new(StringComparer.OrdinalIgnoreCase);

    public SitePlan(IReadOnlyList<PlannedDocument> documents, HugoSiteConfig? site)
    {
        _documents = [.. documents];
        Site = site;
        foreach (var language in site?.Languages ?? [])
        {
            if (language.BaseUrl is { } b && Uri.TryCreate(b, UriKind.Absolute, out var uri))
            {
                _hostLanguage[PlannedDocument.HostKey(uri.Host)] = language.Code;
            }
        }

        for (int at = 0; at < _documents.Length; at++)
        {
            var d = _documents[at];
            if (d.OldUrl is { } old && Uri.TryCreate(old, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            {
                _hostLanguage.TryAdd(PlannedDocument.HostKey(uri.Host), null);
            }

            if (d.OldPath is { } oldPath)
            {
                Add(_byOldPath, PathKey(oldPath), at);
                Add(_bySlug, LastSegmentKey(oldPath), at);
            }

            if (d.Id is { } id)
            {
                Add(_byId, id, at);
            }

            // The name the document had before any numbering: what a link by slug names.
            string own = d.IsExport || d.OldPath is null ? LastSegmentKey(HugoUrls.PageUrl(d.OutputPath, d.Slug)) : "";
            if (d.SlugChanged && d.Slug is { } numbered && numbered.LastIndexOf('-') is > 0 and var dash)
            {
                own = LastSegmentKey(numbered[..dash]);
            }

            if (own.Length > 0 && !Holds(_bySlug, own, at))
            {
                Add(_bySlug, own, at);
            }
        }
    }

    public IReadOnlyList<PlannedDocument> Documents => _documents;

    /// <summary>
    /// Lets go of what only planning needed (new and old URLs, the type, the host), keeping what applying the plan and
    /// resolving links read: a run keeps its plan until the end, and on a 108,000-item export these strings were
    /// about a third of the memory kept per document (issue 11). The counts of the closing note are unchanged.
    /// </summary>
    public void ForgetPlanningDetails()
    {
        var hosts = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < _documents.Length; i++)
        {
            var d = _documents[i];
            string? host = d.OldHost;
            if (host is not null)
            {
                host = hosts.TryAdd(host, host) ? host : hosts[host];
            }

            _documents[i] = d with { Url = "", OldUrl = null, OldPath = null, Type = null, Host = "", KeptOldHost = host };
        }
    }

    public HugoSiteConfig? Site { get; }

    /// <summary>The hosts of the old site: those of the old permalinks and of the site's base URLs.</summary>
    public IReadOnlyCollection<string> Hosts => _hostLanguage.Keys;

    /// <summary>The number of documents numbered to get their own URL.</summary>
    public int ClashesResolved => Documents.Count(d => d.Diagnostics.Any(x => x.Code == DiagnosticCodes.UrlClashResolved.Code || x.Code == DiagnosticCodes.DuplicateOutputPath.Code));

    /// <summary>The number of aliases written.</summary>
    public int Aliases => Documents.Count(d => d.Alias is not null);

    internal bool IsOldHost(string host) => _hostLanguage.ContainsKey(PlannedDocument.HostKey(host));

    internal string? LanguageOfHost(string host) => _hostLanguage.GetValueOrDefault(PlannedDocument.HostKey(host));

    internal IReadOnlyList<PlannedDocument> ByOldPath(string path) => Find(_byOldPath, PathKey(path));

    internal IReadOnlyList<PlannedDocument> ById(long id) => Find(_byId, id);

    internal IReadOnlyList<PlannedDocument> BySlug(string segment) => Find(_bySlug, LastSegmentKey(segment));

    /// <summary>The documents under <paramref name="key"/>, in the order they were added.</summary>
    private PlannedDocument[] Find<TKey>(Dictionary<TKey, int> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out int value))
        {
            return [];
        }

        return value >= 0 ? [_documents[value]] : [.. _shared[-value - 1].Select(i => _documents[i])];
    }

    private bool Holds<TKey>(Dictionary<TKey, int> map, TKey key, int at)
        where TKey : notnull =>
        map.TryGetValue(key, out int value) && (value >= 0 ? value == at : _shared[-value - 1].Contains(at));

    /// <summary>Adds position <paramref name="at"/> under <paramref name="key"/>: a value of -(n + 1) names list n of <see cref="_shared"/>.</summary>
    private void Add<TKey>(Dictionary<TKey, int> map, TKey key, int at)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out int value))
        {
            map[key] = at;
        }
        else if (value >= 0)
        {
            _shared.Add([value, at]);
            map[key] = -_shared.Count;
        }
        else
        {
            _shared[-value - 1].Add(at);
        }
    }

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

}
