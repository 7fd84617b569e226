using System.Xml;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// The one way WXR files are opened: DTDs prohibited (a DOCTYPE is an error at once, so no entity is
/// ever expanded: billion laughs, external entities), no resolver, streaming with a small buffer.
/// And the reading of one <c>&lt;item&gt;</c>, shared by both passes of <see cref="WxrReader"/>.
/// </summary>
internal static class WxrXml
{
    // WordPress writes http://; some hand-made exports (the theme preview data) write https://.
    private const string WordPressNamespacePrefix = "://wordpress.org/export/";

    public static XmlReader Open(string path)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            MaxCharactersFromEntities = 0,
        };
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        return XmlReader.Create(stream, settings, Context());
    }

    /// <summary>
    /// Prefixes an export may use without declaring them: WordPress.com exports write <c>&lt;atom:link&gt;</c> in the
    /// channel with no xmlns:atom (a public export, issue 10), and WordPress's importer reads such files (it falls
    /// back to a regex parser). Known here, they are no error; a document's own declarations still win.
    /// </summary>
    private static XmlParserContext Context()
    {
        var names = new NameTable();
        var namespaces = new XmlNamespaceManager(names);
        namespaces.AddNamespace("atom", "http://www.w3.org/2005/Atom");
        namespaces.AddNamespace("wfw", "http://wellformedweb.org/CommentAPI/");
        namespaces.AddNamespace("slash", "http://purl.org/rss/1.0/modules/slash/");
        namespaces.AddNamespace("sy", "http://purl.org/rss/1.0/modules/syndication/");
        namespaces.AddNamespace("georss", "http://www.georss.org/georss");
        namespaces.AddNamespace("geo", "http://www.w3.org/2003/01/geo/wgs84_pos#");
        namespaces.AddNamespace("media", "http://search.yahoo.com/mrss/");
        namespaces.AddNamespace("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd");
        return new XmlParserContext(names, namespaces, null, XmlSpace.None);
    }

    public static bool IsWordPress(XmlReader reader) =>
        reader.NamespaceURI.StartsWith("http", StringComparison.Ordinal) && reader.NamespaceURI.Contains(WordPressNamespacePrefix, StringComparison.Ordinal);

    public static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    public static int Column(XmlReader reader) => reader is IXmlLineInfo info ? info.LinePosition : 0;

    /// <summary>
    /// Reads the <c>&lt;item&gt;</c> the reader is on, up to its end tag. With <paramref name="withContent"/> false the
    /// body is skipped (still checked for well-formedness by the reader), which keeps the first pass light.
    /// </summary>
    public static WxrRawItem ReadItem(XmlReader reader, bool withContent)
    {
        // XmlReader's position of an element is its name's, one past the '<' diagnostics point at.
        var item = new WxrRawItem { Line = Line(reader), Column = Math.Max(1, Column(reader) - 1) };
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return item;
        }

        int depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            string name = reader.LocalName;
            string ns = reader.NamespaceURI;
            if (ns.Length == 0 && name == "title") item.Title = Text(reader);
            else if (ns.Length == 0 && name == "pubDate") item.PubDate = Text(reader);
            else if (ns.Length == 0 && name == "link") item.Link = Text(reader);
            else if (ns.Length == 0 && name == "category") ReadCategory(reader, item);
            else if (name == "creator") item.Creator = Text(reader);
            else if (name == "encoded" && ns.StartsWith("http://purl.org/rss/1.0/modules/content", StringComparison.Ordinal))
            {
                if (withContent)
                {
                    item.ContentLine = Line(reader);
                    // Column of the element name, past "content:encoded>" and a CDATA opener: close enough for diagnostics.
                    item.ContentColumn = Column(reader) + "content:encoded><![CDATA[".Length;
                    item.Content = Text(reader);
                }
                else
                {
                    reader.Skip();
                }
            }
            else if (name == "encoded" && ns.Contains("excerpt", StringComparison.Ordinal)) item.Excerpt = Text(reader);
            else if (IsWordPress(reader)) ReadWordPressField(reader, item, withContent);
            else reader.Skip();
        }

        reader.Read();
        return item;
    }

    private static void ReadWordPressField(XmlReader reader, WxrRawItem item, bool withContent)
    {
        switch (reader.LocalName)
        {
            case "post_id": item.PostId = Text(reader); break;
            case "post_date": item.PostDate = Text(reader); break;
            case "post_date_gmt": item.PostDateGmt = Text(reader); break;
            case "post_modified": item.PostModified = Text(reader); break;
            case "post_modified_gmt": item.PostModifiedGmt = Text(reader); break;
            case "post_name": item.PostName = Text(reader); break;
            case "status": item.Status = Text(reader); break;
            case "post_parent": item.PostParent = Text(reader); break;
            case "post_type": item.PostType = Text(reader); break;
            case "post_password": item.Password = Text(reader); break;
            case "attachment_url": item.AttachmentUrl = Text(reader); break;
            case "postmeta": ReadMeta(reader, item, withContent); break;
            default: reader.Skip(); break;
        }
    }

    private static void ReadMeta(XmlReader reader, WxrRawItem item, bool withContent)
    {
        string key = "";
        string value = "";
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        int depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "meta_key") key = Text(reader);
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "meta_value") value = Text(reader);
            else if (reader.NodeType == XmlNodeType.Element) reader.Skip();
            else reader.Read();
        }

        reader.Read();
        // The first pass only needs the keys that resolve images; the second keeps what the front matter may show.
        // WPML's language and translation group are needed by both passes: the index maps groups to their English slug.
        bool wanted = withContent
            ? key is "_thumbnail_id" or "_wp_attachment_image_alt" or WxrRawItem.WpmlLanguageKey or WxrRawItem.WpmlGroupKey || !key.StartsWith('_')
            : key is "_thumbnail_id" or "_wp_attachment_image_alt" or WxrRawItem.WpmlLanguageKey or WxrRawItem.WpmlGroupKey;
        if (wanted)
        {
            item.Meta.Add(new(key, value));
        }
    }

    private static void ReadCategory(XmlReader reader, WxrRawItem item)
    {
        string domain = reader.GetAttribute("domain") ?? "category";
        string nicename = reader.GetAttribute("nicename") ?? "";
        string name = Text(reader);
        item.Terms.Add((domain, nicename, name));
    }

    /// <summary>The element's text (text and CDATA sections joined); child elements, if any, contribute their text.</summary>
    public static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        int depth = reader.Depth;
        // Nearly every field is one text or CDATA node: its value is returned as it is. Copying every body
        // through a StringBuilder made two more copies of it (large-object heap garbage: issue 11's RSS peak).
        string? single = null;
        System.Text.StringBuilder? sb = null;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) && !reader.EOF)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (single is null)
                {
                    single = reader.Value;
                }
                else
                {
                    (sb ??= new System.Text.StringBuilder(single)).Append(reader.Value);
                }
            }

            reader.Read();
        }

        reader.Read();
        return sb?.ToString() ?? single ?? "";
    }
}
