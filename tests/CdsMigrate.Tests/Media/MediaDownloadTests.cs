using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Media;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Media;

/// <summary>
/// <c>--media download</c> against a local server (issue 12, point 1): originals fetched once for every size,
/// retries on 5xx, timeouts, redirects only within the old site, size limit, content type against extension,
/// a manifest, and a re-run that fetches nothing. Every failure is a located warning with the HTTP status.
/// </summary>
public sealed class MediaDownloadTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 5, 6, 7, 8];

    private const string Uploads = "/wp-content/uploads/2022/10/";

    private static readonly TimeSpan SlowEnoughToTimeOut = TimeSpan.FromSeconds(24);

    private static MigrationResult Run(TempFolder temp, string origin, MediaMode mode = MediaMode.Download, string? from = null) =>
        new MigrationRunner(new MigrationOptions
        {
            OutputDirectory = temp.Combine("out"),
            Parallelism = 2,
            Media = new MediaOptions
            {
                Mode = mode,
                Directory = temp.Combine("static", "media"),
                UrlPrefix = "/media/",
                SiteUrls = [origin + "/"],
                From = from,
                MaxBytes = 4096,
                // Long enough for a local request on a machine busy with other work (at 700 ms the flaky file's
                // second attempt timed out under load); the slow route waits far longer than this.
                Timeout = SlowEnoughToTimeOut / 8,
                Retries = 1,
                RetryDelay = TimeSpan.FromMilliseconds(20),
            },
        }).Run(InputDiscovery.Expand([temp.Combine("in")], out _));

    private static string Post(string title, string image, string body) =>
        $"---\ntitle: {title}\nimage: {image}\n---\n\n{body}\n";

    [Fact]
    public void Downloads_what_it_can_and_reports_each_failure_with_its_status()
    {
        using var temp = new TempFolder();
        using var server = new LocalMediaServer();
        string o = server.Origin + Uploads;
        server.File(Uploads + "ok.png", Png, "image/png");
        server.Route(Uploads + "flaky.jpg", (c, attempt) => attempt == 1
            ? LocalMediaServer.Respond(c, 500, "text/plain", "busy"u8.ToArray())
            : LocalMediaServer.Respond(c, 200, "image/jpeg", Jpeg));
        using var testOver = new CancellationTokenSource();
        server.Route(Uploads + "slow.png", async (c, _) =>
        {
            // Answers only once the test is over (or never): every attempt times out.
            await Task.Delay(SlowEnoughToTimeOut, testOver.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            await LocalMediaServer.Respond(c, 200, "image/png", Png);
        });
        server.Route(Uploads + "moved.png", (c, _) =>
        {
            c.Response.RedirectLocation = "/files/real.png";
            return LocalMediaServer.Respond(c, 301, null, []);
        });
        server.File("/files/real.png", Png, "image/png");
        server.Route(Uploads + "away.png", (c, _) =>
        {
            c.Response.RedirectLocation = $"http://localhost:{server.Port}/elsewhere.png";
            return LocalMediaServer.Respond(c, 302, null, []);
        });
        server.File(Uploads + "page.png", "<html>soft 404</html>"u8.ToArray(), "text/html");
        server.File(Uploads + "huge.pdf", new byte[5000], "application/pdf");
        server.Route(Uploads + "stream.pdf", (c, _) => LocalMediaServer.Respond(c, 200, "application/pdf", new byte[5000], chunked: true));

        temp.Write("in/post.md", Post("One", o + "ok.png",
            $"<p><img src=\"{o}ok-1024x394.png\" alt=\"Resized\"></p>\n" +
            $"<p><img src=\"{o}flaky.jpg\" alt=\"Flaky\"> <img src=\"{o}moved.png\" alt=\"Moved\"></p>\n" +
            $"<p><img src=\"{o}missing.png\" alt=\"Missing\"></p>\n" +
            $"<p><img src=\"{o}slow.png\" alt=\"Slow\"> <img src=\"{o}away.png\" alt=\"Away\"> <img src=\"{o}page.png\" alt=\"Page\"></p>\n" +
            $"<p><a href=\"{o}huge.pdf\">Huge</a> and <a href=\"{o}stream.pdf\">stream</a>, a <a href=\"{server.Origin}/2022/10/10/a-post/\">post</a> and <img src=\"https://example.org/x.png\" alt=\"Foreign\"></p>"));

        var result = Run(temp, server.Origin);
        testOver.Cancel();

        string md = File.ReadAllText(temp.Combine("out", "post.md"));
        Assert.Contains("image: /media/2022/10/ok.png\n", md);
        Assert.Contains("![Resized](/media/2022/10/ok.png)", md);
        Assert.Contains("![Flaky](/media/2022/10/flaky.jpg)", md);
        Assert.Contains("![Moved](/media/2022/10/moved.png)", md);
        foreach (string kept in new[] { "missing.png", "slow.png", "away.png", "page.png", "huge.pdf", "stream.pdf" })
        {
            Assert.Contains(o + kept, md);
        }

        Assert.Contains($"({server.Origin}/2022/10/10/a-post/)", md);
        Assert.Contains("(https://example.org/x.png)", md);

        Assert.Equal(["2022/10/flaky.jpg", "2022/10/moved.png", "2022/10/ok.png", "media.json"], temp.Files(temp.Combine("static", "media")));
        Assert.Equal(Png, File.ReadAllBytes(temp.Combine("static", "media", "2022", "10", "ok.png")));

        // The original once for every size; 5xx retried, 4xx not; a timeout retried.
        Assert.Equal(0, server.Hits(Uploads + "ok-1024x394.png"));
        Assert.Equal(1, server.Hits(Uploads + "ok.png"));
        Assert.Equal(2, server.Hits(Uploads + "flaky.jpg"));
        Assert.Equal(1, server.Hits(Uploads + "missing.png"));
        Assert.Equal(2, server.Hits(Uploads + "slow.png"));
        Assert.Equal(0, server.Hits("/elsewhere.png"));

        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MediaNotDownloaded.Code).ToList();
        Assert.Equal(6, warnings.Count);
        Assert.All(warnings, w => Assert.True(w.Severity == Severity.Warning && w.Line > 0 && w.Column > 0 && w.File!.EndsWith("post.md", StringComparison.Ordinal), w.ToString()));
        string Warning(string name) => Assert.Single(warnings, w => w.Message.Contains(o + name, StringComparison.Ordinal)).Message;
        Assert.Contains("HTTP 404", Warning("missing.png"));
        Assert.Contains("timed out", Warning("slow.png"));
        Assert.Contains("another site", Warning("away.png"));
        Assert.Contains("content type text/html", Warning("page.png"));
        Assert.Contains("limit", Warning("huge.pdf"));
        Assert.Contains("limit", Warning("stream.pdf"));

        var manifest = JsonNode.Parse(File.ReadAllText(temp.Combine("static", "media", "media.json")))!["files"]!;
        var ok = manifest[o + "ok.png"]!;
        Assert.Equal("2022/10/ok.png", (string?)ok["path"]);
        Assert.Equal(Png.Length, (long)ok["bytes"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), (string?)ok["sha256"]);
        Assert.Equal("downloaded", (string?)ok["status"]);
        Assert.Equal(404, (int?)manifest[o + "missing.png"]!["httpStatus"]);
        Assert.Equal("failed", (string?)manifest[o + "missing.png"]!["status"]);

        Assert.Equal(new MediaSummary(3, 0, 0, 6, 4, 6), result.Media);
    }

    [Fact]
    public void A_rerun_fetches_nothing_and_a_changed_file_is_fetched_again()
    {
        using var temp = new TempFolder();
        using var server = new LocalMediaServer();
        string o = server.Origin + Uploads;
        server.File(Uploads + "a.png", Png, "image/png");
        server.File(Uploads + "b.jpg", Jpeg, "image/jpeg");
        temp.Write("in/en.md", Post("EN", o + "a.png", $"<p><img src=\"{o}a-300x200.png\" alt=\"A\"> <img src=\"{o}b.jpg\" alt=\"B\"></p>"));
        temp.Write("in/fr.md", Post("FR", o + "a.png", $"<p><img src=\"{o}b.jpg\" alt=\"B\"></p>"));

        var first = Run(temp, server.Origin);
        Assert.Equal(new MediaSummary(2, 0, 0, 0, 5, 0), first.Media);
        Assert.Equal(2, server.TotalHits);
        string en = File.ReadAllText(temp.Combine("out", "en.md"));

        var second = Run(temp, server.Origin);
        Assert.Equal(2, server.TotalHits);
        Assert.Equal(new MediaSummary(0, 0, 2, 0, 5, 0), second.Media);
        Assert.Equal(en, File.ReadAllText(temp.Combine("out", "en.md")));
        Assert.All(second.Documents, d => Assert.Equal(WriteAction.Unchanged, d.Action));

        // A file that no longer has the manifest's size and SHA-256 is fetched again.
        File.WriteAllBytes(temp.Combine("static", "media", "2022", "10", "b.jpg"), [1, 2, 3]);
        var third = Run(temp, server.Origin);
        Assert.Equal(3, server.TotalHits);
        Assert.Equal(new MediaSummary(1, 0, 1, 0, 5, 0), third.Media);
        Assert.Equal(Jpeg, File.ReadAllBytes(temp.Combine("static", "media", "2022", "10", "b.jpg")));
    }

    [Fact]
    public void Page_bundles_keep_their_files_beside_the_page()
    {
        using var temp = new TempFolder();
        using var server = new LocalMediaServer();
        string o = server.Origin + Uploads;
        server.File(Uploads + "a.png", Png, "image/png");
        temp.Write("in/post/one/index.md", Post("One", o + "a.png", $"<p><img src=\"{o}a-300x200.png\" alt=\"A\"></p>"));
        var result = new MigrationRunner(new MigrationOptions
        {
            OutputDirectory = temp.Combine("out"),
            Media = new MediaOptions { Mode = MediaMode.Download, SiteUrls = [server.Origin], RetryDelay = TimeSpan.Zero },
        }).Run(InputDiscovery.Expand([temp.Combine("in")], out _));

        Assert.Equal(Png, File.ReadAllBytes(temp.Combine("out", "post", "one", "a.png")));
        string md = File.ReadAllText(temp.Combine("out", "post", "one", "index.md"));
        Assert.Contains("image: a.png\n", md);
        Assert.Contains("![A](a.png)", md);
        Assert.Equal(1, result.Media!.Downloaded);
    }

    [Fact]
    public void Copy_takes_files_from_the_uploads_folder_and_reports_the_missing_ones()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("uploads/2022/10/a.png", Png);
        temp.Write("in/post.md", Post("One", "https://old.example/wp-content/uploads/2022/10/a.png",
            "<p><img src=\"https://old.example/wp-content/uploads/2022/10/a-1024x683.png\" alt=\"A\"></p>\n\n" +
            "<p>Text</p>\n\n<p><img src=\"https://old.example/wp-content/uploads/2022/10/gone.png\" alt=\"Gone\"></p>"));

        var result = Run(temp, "https://old.example", MediaMode.Copy, temp.Combine("uploads"));

        string md = File.ReadAllText(temp.Combine("out", "post.md"));
        Assert.Contains("![A](/media/2022/10/a.png)", md);
        Assert.Contains("![Gone](https://old.example/wp-content/uploads/2022/10/gone.png)", md);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MediaNotInFolder.Code);
        Assert.Equal((10, 14), (warning.Line, warning.Column));
        Assert.Equal(new MediaSummary(0, 1, 0, 1, 2, 1), result.Media);
    }
}
