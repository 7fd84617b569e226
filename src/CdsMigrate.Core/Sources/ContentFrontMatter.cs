using CdsMigrate.Core.FrontMatter;

namespace CdsMigrate.Core.Sources;

/// <summary>Maps a <see cref="ContentItem"/> to front matter, per <see cref="FrontMatterPreset"/>.</summary>
internal static class ContentFrontMatter
{
    public static FrontMatterMapping Build(ContentItem item, SourceOptions options) =>
        options.FrontMatter == FrontMatterPreset.Cds ? Cds(item) : Default(item, options.IncludeMeta);

    private static FrontMatterMapping Default(ContentItem item, bool includeMeta)
    {
        var entries = new List<KeyValuePair<string, FrontMatterValue>>();
        void Add(string key, FrontMatterValue value) => entries.Add(new(key, value));

        Add("title", FrontMatterScalar.String(item.Title));
        if (item.Date is { } date)
        {
            // Unquoted: a YAML timestamp, which Hugo, Jekyll and Eleventy all read as a date.
            Add("date", new FrontMatterScalar(date.ToRfc3339(), IsString: false));
        }

        if (item.Modified is { } modified)
        {
            Add("lastmod", new FrontMatterScalar(modified.ToRfc3339(), IsString: false));
        }

        Add("slug", FrontMatterScalar.String(item.Slug));
        Add("draft", FrontMatterScalar.Bool(item.IsDraft));
        if (!string.IsNullOrWhiteSpace(item.Author))
        {
            Add("author", FrontMatterScalar.String(item.Author.Trim()));
        }

        if (item.Categories.Count > 0)
        {
            Add("categories", Strings(item.Categories));
        }

        if (item.Tags.Count > 0)
        {
            Add("tags", Strings(item.Tags));
        }

        if (!string.IsNullOrWhiteSpace(item.Excerpt))
        {
            Add("description", FrontMatterScalar.String(item.Excerpt));
        }

        if (!string.IsNullOrEmpty(item.ImageUrl))
        {
            Add("image", FrontMatterScalar.String(item.ImageUrl));
            if (!string.IsNullOrEmpty(item.ImageAlt))
            {
                Add("image-alt", FrontMatterScalar.String(item.ImageAlt));
            }
        }

        if (AliasOf(item.Link) is { } alias)
        {
            Add("aliases", Strings([alias]));
        }

        if (!string.IsNullOrEmpty(item.Lang))
        {
            Add("lang", FrontMatterScalar.String(item.Lang));
        }

        if (!string.IsNullOrEmpty(item.TranslationKey))
        {
            Add("translationKey", FrontMatterScalar.String(item.TranslationKey));
        }

        var wp = new List<KeyValuePair<string, FrontMatterValue>>();
        if (item.Id is { } id)
        {
            wp.Add(new("id", FrontMatterScalar.Int(id)));
        }

        wp.Add(new("type", FrontMatterScalar.String(item.Type)));
        wp.Add(new("status", FrontMatterScalar.String(item.Status)));
        if (!string.IsNullOrEmpty(item.Link))
        {
            wp.Add(new("link", FrontMatterScalar.String(item.Link)));
        }

        Add("wp", new FrontMatterMapping(wp));
        if (includeMeta && item.Meta.Count > 0)
        {
            Add("meta", MetaMapping(item.Meta));
        }

        return new FrontMatterMapping(entries);
    }

    /// <summary>
    /// The CDS site's blog schema, key for key (see CDS-CONTENT.md). One addition: <c>draft: true</c> on items
    /// that must not be published (drafts, private, password-protected), since the schema has no other way to say it.
    /// </summary>
    private static FrontMatterMapping Cds(ContentItem item)
    {
        var entries = new List<KeyValuePair<string, FrontMatterValue>>
        {
            new("layout", FrontMatterScalar.String("blog")),
            new("title", FrontMatterScalar.String(item.Title)),
            new("description", FrontMatterScalar.String(item.Excerpt ?? "")),
            new("author", FrontMatterScalar.String(item.Author?.Trim() ?? "")),
            // The site keeps the site-local time, quoted, without an offset: '2025-07-22T10:16:05'.
            new("date", FrontMatterScalar.String(item.Date?.LocalText ?? "")),
            new("image", FrontMatterScalar.String(item.ImageUrl ?? "")),
            new("image-alt", FrontMatterScalar.String(item.ImageAlt ?? "")),
            new("thumb", FrontMatterScalar.String(item.ImageUrl ?? "")),
            new("tags", Strings(item.Categories.Concat(item.Tags).Distinct(StringComparer.Ordinal).ToList())),
            new("translationKey", FrontMatterScalar.String(item.TranslationKey ?? item.Slug)),
        };
        if (item.IsDraft)
        {
            entries.Add(new("draft", FrontMatterScalar.Bool(true)));
        }

        return new FrontMatterMapping(entries);
    }

    /// <summary>
    /// The old permalink's path, so the new site can redirect from it. Query-only permalinks
    /// (<c>/?p=12</c>) are not paths a static site can serve; they stay in <c>wp.link</c> only.
    /// </summary>
    public static string? AliasOf(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        string path = uri.AbsolutePath;
        if (path.Length <= 1 || uri.Query.Length > 0)
        {
            return null;
        }

        return Uri.UnescapeDataString(path);
    }

    private static FrontMatterSequence Strings(IReadOnlyList<string> values) =>
        new(values.Select(v => (FrontMatterValue)FrontMatterScalar.String(v)).ToList());

    private static FrontMatterMapping MetaMapping(IReadOnlyList<KeyValuePair<string, string>> meta)
    {
        // A key may repeat (add_post_meta without unique): its values become a list.
        var grouped = meta.GroupBy(m => m.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, FrontMatterValue>(g.Key, g.Count() == 1
                ? FrontMatterScalar.String(g.First().Value)
                : Strings(g.Select(v => v.Value).ToList())))
            .ToList();
        return new FrontMatterMapping(grouped);
    }
}
