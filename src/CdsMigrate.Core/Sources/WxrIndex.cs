using System.Xml;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// The first, light pass over a WXR file: author display names, attachments (id → URL, alt text, parent,
/// own thumbnail) and how many items share each slug. Bodies are skipped, so memory grows with the number
/// of attachments and items, not with the file size. Reading the whole file first also proves it
/// well-formed before a single post is written, and attachments may come after the posts that use them.
/// </summary>
internal sealed class WxrIndex
{
    public Dictionary<string, string> Authors { get; } = new(StringComparer.Ordinal);

    public Dictionary<long, WxrAttachment> Attachments { get; } = [];

    /// <summary>Attachment ids by parent post id, in file order: what a <c>[gallery]</c> without ids shows.</summary>
    public Dictionary<long, List<long>> AttachmentsByParent { get; } = [];

    /// <summary>Publishable items per (type, language, slug).</summary>
    public Dictionary<string, int> SlugCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Polylang (or WPML) translation group → the English item's slug, so that WXR items pair through the same key as
    /// REST entries (the English slug), and a key readers can recognise.
    /// </summary>
    public Dictionary<string, string> EnglishSlugByTranslationGroup { get; } = new(StringComparer.Ordinal);

    /// <summary>Every item's slug and parent id: the ancestors that the layout token <c>{path}</c> spells.</summary>
    public Dictionary<long, (string Slug, long Parent)> Hierarchy { get; } = [];

    public int ItemCount { get; private set; }

    /// <summary>The slugs of <paramref name="item"/>'s ancestors, outermost first, joined by <c>/</c> (a loop is cut).</summary>
    public string ParentPath(WxrRawItem item)
    {
        var slugs = new List<string>();
        var seen = new HashSet<long>();
        if (item.Id is { } self)
        {
            seen.Add(self);
        }

        long parent = long.TryParse(item.PostParent, out var p) ? p : 0;
        while (parent > 0 && seen.Add(parent) && Hierarchy.TryGetValue(parent, out var node))
        {
            slugs.Add(node.Slug);
            parent = node.Parent;
        }

        slugs.Reverse();
        return string.Join('/', slugs);
    }

    /// <summary>True once an element of the WordPress export namespace was seen.</summary>
    public bool SawWordPressField { get; private set; }

    public static string SlugKey(WxrRawItem item) => item.Type + "\n" + (item.Language ?? "") + "\n" + item.EffectiveSlug();

    /// <summary>Reads the whole file; throws <see cref="XmlException"/> at the first well-formedness error.</summary>
    public static WxrIndex Build(string path, SourceOptions options, out bool isWxr)
    {
        var index = new WxrIndex();
        isWxr = false;
        using var reader = WxrXml.Open(path);
        bool isRss = false;
        ReadAll(reader, index, options, ref isRss);
        // A plain RSS feed has items too; an export also has WordPress fields (wxr_version, post_type…).
        isWxr = isRss && index.SawWordPressField;
        index.KeepOnlyWhatIsLookedUp();
        return index;
    }

    /// <summary>
    /// The index lives as long as its export is read, and on a 108,000-item export an entry per item cost about
    /// 20 MB for the whole run (issue 11): once every item is counted, only slugs shared by several items are
    /// looked up (CDS2018), and only items that are some item's parent are walked by <see cref="ParentPath"/>.
    /// </summary>
    private void KeepOnlyWhatIsLookedUp()
    {
        foreach (var (key, count) in SlugCounts)
        {
            if (count <= 1)
            {
                SlugCounts.Remove(key);
            }
        }

        var parents = new HashSet<long>(Hierarchy.Values.Select(node => node.Parent).Where(parent => parent > 0));
        foreach (long id in Hierarchy.Keys)
        {
            if (!parents.Contains(id))
            {
                Hierarchy.Remove(id);
            }
        }

        SlugCounts.TrimExcess();
        Hierarchy.TrimExcess();
    }

    private static void ReadAll(XmlReader reader, WxrIndex index, SourceOptions options, ref bool isWxr)
    {
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth == 0)
            {
                isWxr = reader.LocalName == "rss";
                if (!isWxr)
                {
                    // Still read to the end: a non-WXR file is refused, but a broken one is reported as broken.
                    continue;
                }
            }

            if (!index.SawWordPressField && WxrXml.IsWordPress(reader))
            {
                index.SawWordPressField = true;
            }

            if (reader.LocalName == "author" && WxrXml.IsWordPress(reader))
            {
                index.ReadAuthor(reader);
            }
            else if (reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
            {
                index.Add(WxrXml.ReadItem(reader, withContent: false), options);
            }
        }
    }

    private void ReadAuthor(XmlReader reader)
    {
        string login = "";
        string display = "";
        int depth = reader.Depth;
        if (reader.IsEmptyElement)
        {
            return;
        }

        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "author_login") login = WxrXml.Text(reader);
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "author_display_name") display = WxrXml.Text(reader);
            else if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }

        if (login.Length > 0 && display.Trim().Length > 0)
        {
            Authors[login] = display.Trim();
        }
    }

    private void Add(WxrRawItem item, SourceOptions options)
    {
        ItemCount++;
        SawWordPressField |= item.PostId.Length > 0 || item.PostType.Length > 0;
        if (item.Type == "attachment" && item.Id is { } id)
        {
            long? parent = long.TryParse(item.PostParent, out var p) && p > 0 ? p : null;
            long? thumbnail = long.TryParse(item.MetaValue("_thumbnail_id"), out var t) ? t : null;
            Attachments[id] = new WxrAttachment(id, item.AttachmentUrl.Trim(), item.MetaValue("_wp_attachment_image_alt")?.Trim() ?? "", parent, thumbnail);
            if (parent is { } parentId)
            {
                if (!AttachmentsByParent.TryGetValue(parentId, out var list))
                {
                    AttachmentsByParent[parentId] = list = [];
                }

                list.Add(id);
            }

            return;
        }

        if (item.Id is { } itemId)
        {
            Hierarchy[itemId] = (item.EffectiveSlug(), long.TryParse(item.PostParent, out var up) ? up : 0);
        }

        if (options.Wants(item.Type) && !WxrReader.IsSkippedStatus(item.StatusName))
        {
            string key = SlugKey(item);
            SlugCounts[key] = SlugCounts.TryGetValue(key, out var n) ? n + 1 : 1;
            if (item.TranslationGroup is { Length: > 0 } group && item.Language == "en")
            {
                EnglishSlugByTranslationGroup.TryAdd(group, item.EffectiveSlug());
            }
        }
    }
}
