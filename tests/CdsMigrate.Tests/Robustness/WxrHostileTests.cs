using System.Text;
using CdsMigrate.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Robustness;

/// <summary>
/// Hostile WordPress exports through the whole convert command (issue 6): entity bombs and external entities are
/// refused without expansion (exit 3, nothing written, bounded memory), and slugs and titles that try to climb
/// out of --out only ever write inside it.
/// </summary>
[Collection(ProcessWideMeasurements.Name)]
public sealed class WxrHostileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Stderr) Convert(string wxrPath)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(["convert", wxrPath, "--out", Out, "--verbose"], new StringReader(""), stdout, stderr);
        return (exit, stderr.ToString());
    }

    [Fact]
    public void A_billion_laughs_export_is_refused_unexpanded_with_bounded_memory()
    {
        // Ten levels of ten: a billion "lol"s (3 GB) if anything expanded it.
        var dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        string path = _temp.Write("in/bomb.xml", $"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [{dtd}]>\n" + Rss(Item(1, "bomb", "&lol9;", "<p>&lol9;</p>")));

        long before = GC.GetTotalAllocatedBytes(precise: true);
        var (exit, stderr) = Convert(path);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(3, exit);
        Assert.Contains("error CDS2011", stderr);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any());
        Assert.True(allocated < 100L * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void An_external_entity_is_never_read()
    {
        string secret = _temp.Write("secret.txt", "TOP-SECRET-" + Guid.NewGuid().ToString("N"));
        string fileUri = new Uri(secret).AbsoluteUri;
        string path = _temp.Write("in/xxe.xml",
            $"<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"{fileUri}\">]>\n" + Rss(Item(1, "xxe", "&xxe;", "<p>&xxe;</p>")));

        var (exit, stderr) = Convert(path);

        Assert.Equal(3, exit);
        Assert.Contains("error CDS2011", stderr);
        Assert.DoesNotContain("TOP-SECRET", stderr);
        Assert.False(Directory.Exists(Out) && Directory.EnumerateFileSystemEntries(Out).Any());
    }

    [Fact]
    public void An_external_dtd_is_never_fetched()
    {
        string path = _temp.Write("in/dtd.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE rss SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n" + Rss(Item(1, "dtd", "Title", "<p>Body</p>")));

        var (exit, stderr) = Convert(path);

        Assert.Equal(3, exit);
        Assert.Contains("error CDS2011", stderr);
    }

    [Fact]
    public void Hostile_slugs_and_titles_only_write_inside_the_output_folder()
    {
        string[] slugs =
        [
            "../../escaped", "/etc/cron.d/evil", "..%2F..%2Fescaped", "C:\\Windows\\evil", "CON", "nul.txt",
            "\uFF0E\uFF0E%2F\uFF0E\uFF0E%2Fescaped", "a\tb\u0085c", ".git", new string('x', 400), "", "..",
        ];
        var items = slugs.Select((slug, i) => Item(100 + i, slug, i % 2 == 0 ? "../../" + slug : "Title " + i, $"<p>Post {i}.</p>"));
        string path = _temp.Write("in/hostile.xml", Rss(string.Concat(items)));

        var (_, stderr) = Convert(path);

        // Everything written is under out/; nothing anywhere else in the temp folder but the inputs.
        var files = _temp.Files();
        Assert.All(files, f => Assert.True(f.StartsWith("out/", StringComparison.Ordinal) || f.StartsWith("in/", StringComparison.Ordinal) || f == "secret.txt", f));
        var outputs = files.Where(f => f.StartsWith("out/", StringComparison.Ordinal)).ToList();
        var converted = System.Text.RegularExpressions.Regex.Match(stderr, @"converted (\d+) of");
        Assert.True(converted.Success && int.Parse(converted.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) == outputs.Count, stderr);
        Assert.NotEmpty(outputs);
        Assert.All(outputs, f => Assert.DoesNotContain("..", f.Split('/')));
        Assert.All(outputs, f => Assert.All(f.Split('/'), part => Assert.True(Encoding.UTF8.GetByteCount(part) <= 255, part)));
        Assert.All(outputs, f => Assert.DoesNotContain(f, char.IsControl));
        Assert.All(outputs, f => Assert.False(f.Split('/').Any(part => part.StartsWith('.')), f));
        Assert.DoesNotContain("   at ", stderr);
    }

    private static string Rss(string items) => $"""
        <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
        <channel>
        <title>Hostile</title><link>https://example.gc.ca</link><language>en-CA</language>
        <wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://example.gc.ca</wp:base_site_url><wp:base_blog_url>https://example.gc.ca</wp:base_blog_url>
        {items}
        </channel>
        </rss>
        """;

    private static string Item(int id, string slug, string title, string html) => $"""
        <item>
        <title>{Xml(title)}</title>
        <link>https://example.gc.ca/?p={id}</link>
        <pubDate>Wed, 15 May 2024 13:54:41 +0000</pubDate>
        <dc:creator><![CDATA[admin]]></dc:creator>
        <guid isPermaLink="false">https://example.gc.ca/?p={id}</guid>
        <content:encoded>{Xml(html)}</content:encoded>
        <wp:post_id>{id}</wp:post_id>
        <wp:post_date><![CDATA[2024-05-15 09:54:41]]></wp:post_date>
        <wp:post_date_gmt><![CDATA[2024-05-15 13:54:41]]></wp:post_date_gmt>
        <wp:post_name>{Xml(slug)}</wp:post_name>
        <wp:status><![CDATA[publish]]></wp:status>
        <wp:post_type><![CDATA[post]]></wp:post_type>
        </item>
        """;

    /// <summary>Text as XML content; entity references (the tests' bombs) pass through. (XML 1.0 cannot carry NUL at all.)</summary>
    private static string Xml(string text) => text.StartsWith('&') ? text : System.Security.SecurityElement.Escape(text);
}
