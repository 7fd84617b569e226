using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Sources;

/// <summary>Builds small WXR files for reader tests: one call per item, written to a temporary file.</summary>
internal sealed class WxrBuilder
{
    private readonly List<string> _items = [];

    public WxrBuilder Item(
        long id, string title, string slug = "", string type = "post", string status = "publish", string content = "<p>Body.</p>",
        string date = "2024-05-15 09:54:41", string dateGmt = "2024-05-15 13:54:41", string password = "", string extra = "", string? link = null, long parent = 0)
    {
        _items.Add($"""
            <item>
              <title><![CDATA[{title}]]></title>
              <link>{link ?? $"https://example.org/{slug}/"}</link>
              <dc:creator><![CDATA[admin]]></dc:creator>
              <content:encoded><![CDATA[{content}]]></content:encoded>
              <excerpt:encoded><![CDATA[]]></excerpt:encoded>
              <wp:post_id>{id}</wp:post_id>
              <wp:post_date><![CDATA[{date}]]></wp:post_date>
              <wp:post_date_gmt><![CDATA[{dateGmt}]]></wp:post_date_gmt>
              <wp:post_name><![CDATA[{slug}]]></wp:post_name>
              <wp:status><![CDATA[{status}]]></wp:status>
              <wp:post_type><![CDATA[{type}]]></wp:post_type>
              <wp:post_password><![CDATA[{password}]]></wp:post_password>
              <wp:post_parent>{parent}</wp:post_parent>
              {extra}
            </item>
            """);
        return this;
    }

    public WxrBuilder Attachment(long id, string url, string alt = "", long? thumbnail = null) =>
        Item(id, "attachment " + id, "att-" + id, type: "attachment", status: "inherit", content: "",
            extra: $"<wp:attachment_url><![CDATA[{url}]]></wp:attachment_url>" + Meta("_wp_attachment_image_alt", alt)
                + (thumbnail is null ? "" : Meta("_thumbnail_id", thumbnail.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    public static string Meta(string key, string value) =>
        $"<wp:postmeta><wp:meta_key><![CDATA[{key}]]></wp:meta_key><wp:meta_value><![CDATA[{value}]]></wp:meta_value></wp:postmeta>";

    public string Text() => $"""
        <?xml version="1.0" encoding="UTF-8" ?>
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
          <wp:wxr_version>1.2</wp:wxr_version>
          <wp:author><wp:author_login><![CDATA[admin]]></wp:author_login><wp:author_display_name><![CDATA[Ada Admin]]></wp:author_display_name></wp:author>
        {string.Join("\n", _items)}
        </channel>
        </rss>
        """;

    public string Write(TempFolder folder, string name = "export.xml")
    {
        string path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, Text());
        return path;
    }
}
