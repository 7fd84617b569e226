using CdsMigrate.Core.Media;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Media;

/// <summary>Which URLs are the old site's media, and where below the uploads folder each one goes.</summary>
public sealed class MediaUrlsTests
{
    private static MediaOrigins Origins(params string[] urls)
    {
        var origins = new MediaOrigins();
        Array.ForEach(urls, origins.Add);
        return origins;
    }

    [Theory]
    [InlineData("https://articles.alpha.canada.ca/uploads/sites/25/2024/05/DTO_Blog_Post_.jpg", "2024/05/DTO_Blog_Post_.jpg", null)]
    [InlineData("https://articles.alpha.canada.ca/uploads/sites/25/2025/09/Inline_EN-1-1024x394.jpg", "2025/09/Inline_EN-1.jpg", "2025/09/Inline_EN-1-1024x394.jpg")]
    [InlineData("https://de2an9clyit2x.cloudfront.net/small_blog_amir_7d10074bf1.jpg", "small_blog_amir_7d10074bf1.jpg", null)]
    [InlineData("http://example.com/wp-content/uploads/2022/10/name.png?ver=2", "2022/10/name.png", null)]
    [InlineData("//example.com/wp-content/uploads/sites/3/2022/10/a%20b.pdf", "2022/10/a b.pdf", null)]
    [InlineData("https://example.com/wp-content/blogs.dir/2/files/2010/05/x.mp3", "2010/05/x.mp3", null)]
    [InlineData("/wp-content/uploads/2022/10/root.gif", "2022/10/root.gif", null)]
    public void Media_of_the_old_site_keep_their_path_below_the_uploads_folder(string url, string path, string? variant)
    {
        var origins = Origins("https://example.com/", "https://articles.alpha.canada.ca/", "https://de2an9clyit2x.cloudfront.net/");
        var location = MediaUrls.Locate(url, origins);
        Assert.NotNull(location);
        Assert.Equal(path, location.UploadPath);
        Assert.Equal(variant, location.VariantPath);
    }

    [Theory]
    [InlineData("https://example.com/2020/05/13/a-post/")]
    [InlineData("https://example.com/?p=123")]
    [InlineData("https://example.com/feed.xml")]
    [InlineData("https://other.example/wp-content/uploads/2022/10/name.png")]
    [InlineData("/img/cds/blog.png")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("https://example.com/wp-content/uploads/2022/%2e%2e%2f%2e%2e%2f..%2fetc/passwd.png")]
    public void Other_urls_are_not_media_of_the_old_site(string url) =>
        Assert.Null(MediaUrls.Locate(url, Origins("https://example.com/")));

    [Fact]
    public void A_wxr_names_its_origins()
    {
        using var temp = new TempFolder();
        string wxr = temp.Write("export.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/">
            <channel>
              <wp:base_site_url>https://site.example</wp:base_site_url>
              <wp:base_blog_url>https://blog.example</wp:base_blog_url>
              <item><wp:post_type>attachment</wp:post_type><wp:attachment_url>https://cdn.example/wp-content/uploads/2022/10/a.png</wp:attachment_url></item>
            </channel>
            </rss>
            """);
        var origins = new MediaOrigins();
        origins.AddFromWxr(wxr);
        Assert.Equal(3, origins.Count);
        Assert.NotNull(MediaUrls.Locate("http://cdn.example/wp-content/uploads/2022/10/a-150x150.png", origins));
        Assert.Equal(new Uri("https://site.example/"), origins.Primary);
    }
}
