namespace CdsMigrate.Core.Sources;

/// <summary>The fields of one WXR <c>&lt;item&gt;</c>, as text, before any interpretation.</summary>
internal sealed class WxrRawItem
{
    public int Line { get; set; }

    /// <summary>The 1-based column of the item's <c>&lt;</c> (items are indented: column 3 in WordPress's exports).</summary>
    public int Column { get; set; } = 1;

    public string Title { get; set; } = "";

    public string Link { get; set; } = "";

    public string Creator { get; set; } = "";

    public string? Content { get; set; }

    public int ContentLine { get; set; }

    public int ContentColumn { get; set; } = 1;

    public string Excerpt { get; set; } = "";

    public string PostId { get; set; } = "";

    public string PostDate { get; set; } = "";

    /// <summary>The RSS date (RFC 822, with its offset): the date of items that lack <c>wp:post_date</c>.</summary>
    public string PubDate { get; set; } = "";

    public string PostDateGmt { get; set; } = "";

    public string PostModified { get; set; } = "";

    public string PostModifiedGmt { get; set; } = "";

    public string PostName { get; set; } = "";

    public string Status { get; set; } = "";

    public string PostParent { get; set; } = "";

    public string PostType { get; set; } = "";

    public string Password { get; set; } = "";

    public string AttachmentUrl { get; set; } = "";

    /// <summary>(domain, nicename, name) of each <c>&lt;category&gt;</c>.</summary>
    public List<(string Domain, string Nicename, string Name)> Terms { get; } = [];

    public List<KeyValuePair<string, string>> Meta { get; } = [];

    public long? Id => long.TryParse(PostId.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    public string Type => PostType.Trim().Length == 0 ? "post" : PostType.Trim();

    public string StatusName => Status.Trim().Length == 0 ? "publish" : Status.Trim();

    public string? MetaValue(string key) => Meta.FirstOrDefault(m => m.Key == key).Value;

    public string? Term(string domain) => Terms.FirstOrDefault(t => t.Domain == domain).Nicename;

    /// <summary>
    /// The item's language: Polylang's <c>language</c> term, else WPML's <c>_wpml_import_language_code</c> (the
    /// postmeta WPML Export and Import writes into a WordPress export; WPML itself keeps languages in its own
    /// <c>icl_translations</c> table, which a plain export leaves out).
    /// </summary>
    public string? Language => Term("language") is { Length: > 0 } polylang
        ? polylang
        : MetaValue(WpmlLanguageKey)?.Trim() is { Length: > 0 } wpml ? wpml.ToLowerInvariant().Replace('_', '-') : null;

    /// <summary>The translation group: Polylang's <c>post_translations</c> term, else WPML's <c>_wpml_import_translation_group</c> (prefixed, so the two never meet).</summary>
    public string? TranslationGroup => Term("post_translations") is { Length: > 0 } polylang
        ? polylang
        : MetaValue(WpmlGroupKey)?.Trim() is { Length: > 0 } wpml ? "wpml:" + wpml : null;

    public const string WpmlLanguageKey = "_wpml_import_language_code";

    public const string WpmlGroupKey = "_wpml_import_translation_group";

    /// <summary>How diagnostics name the item: <c>post 12 'Hello'</c>.</summary>
    public string Describe()
    {
        string id = PostId.Trim();
        string title = System.Net.WebUtility.HtmlDecode(Title).Trim();
        return Type + (id.Length > 0 ? " " + id : "") + (title.Length > 0 ? $" '{title}'" : "");
    }

    /// <summary>The slug as the output will use it: post_name decoded, else made from the title, else type and id.</summary>
    public string EffectiveSlug()
    {
        string slug = Slugs.Decode(PostName);
        if (slug.Length == 0)
        {
            slug = Slugs.FromTitle(System.Net.WebUtility.HtmlDecode(Title));
        }

        return slug.Length > 0 ? slug : $"{Type}-{PostId.Trim()}";
    }
}
