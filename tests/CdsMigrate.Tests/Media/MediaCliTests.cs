using System.Text.Json.Nodes;
using System.Xml.Linq;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Media;

/// <summary>The media options on the command line, and a missing file's warning in every report format.</summary>
public sealed class MediaCliTests
{
    [Fact]
    public void A_missing_file_is_a_located_warning_in_every_report_format()
    {
        using var temp = new TempFolder();
        temp.WriteBytes("uploads/2022/10/a.png", [0x89, 0x50, 0x4E, 0x47]);
        temp.Write("in/post.md", "---\ntitle: T\n---\n\n<p><img src=\"https://old.example/wp-content/uploads/2022/10/a.png\" alt=\"A\"></p>\n\n<p><img src=\"https://old.example/wp-content/uploads/2022/10/gone.png\" alt=\"G\"></p>\n");
        string url = "https://old.example/wp-content/uploads/2022/10/gone.png";

        var run = CliRun.Of("convert", temp.Combine("in"), "--out", temp.Combine("out"), "--media", "copy", "--media-from", temp.Combine("uploads"),
            "--site-url", "https://old.example/", "--media-url", "/media/", "--media-dir", temp.Combine("static", "media"),
            "--report", "json=" + temp.Combine("r.json"), "--report", "sarif=" + temp.Combine("r.sarif"), "--report", "junit=" + temp.Combine("r.xml"),
            "--report", "github=" + temp.Combine("r.txt"), "--report", "markdown=" + temp.Combine("r.md"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("media: 0 downloaded, 1 copied, 0 already present, 1 failed; 1 reference(s) rewritten, 1 left to the old site", run.Stderr);
        Assert.Contains(":7:14: warning CDS4002: " + url, run.Stderr);
        Assert.Contains("![A](/media/2022/10/a.png)", File.ReadAllText(temp.Combine("out", "post.md")));

        var json = JsonNode.Parse(File.ReadAllText(temp.Combine("r.json")))!.ToJsonString();
        Assert.Contains("CDS4002", json);
        Assert.Contains(url, json);
        var sarif = File.ReadAllText(temp.Combine("r.sarif"));
        Assert.Contains("CDS4002", sarif);
        Assert.Contains("\"startLine\": 7", sarif.Replace("\"startLine\":7", "\"startLine\": 7", StringComparison.Ordinal));
        Assert.Contains(url, XDocument.Load(temp.Combine("r.xml")).ToString());
        Assert.Contains("line=7,col=14", File.ReadAllText(temp.Combine("r.txt")));
        Assert.Contains(url, File.ReadAllText(temp.Combine("r.md")));
    }

    [Theory]
    [InlineData("--media", "copy")]
    [InlineData("--media-from", ".")]
    [InlineData("--media", "download", "--site-url", "ftp://x/")]
    public void Inconsistent_media_options_are_usage_errors(params string[] options)
    {
        using var temp = new TempFolder();
        temp.Write("in/post.md", "---\ntitle: T\n---\n\n<p>x</p>\n");
        var run = CliRun.Of(["convert", temp.Combine("in"), "--out", temp.Combine("out"), .. options]);
        Assert.Equal(2, run.ExitCode);
        Assert.False(Directory.Exists(temp.Combine("out")));
    }
}
