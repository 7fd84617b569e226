using CdsMigrate.Cli;
using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13: --out may lie inside an input folder when it is excluded, and what is under --out is never read back in.</summary>
public sealed class ExcludeTests : IDisposable
{
    private const string Post = "---\ntitle: Hello\n---\n\n<p>Hello.</p>\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_excluded_out_inside_the_input_folder_is_used_and_never_read_back()
    {
        _temp.Write("site/a.md", Post);
        _temp.Write("site/blog/b.md", Post);
        string site = _temp.Combine("site");
        string output = _temp.Combine("site", "out");

        var refused = CliRun.Of("convert", site, "--out", output);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("is inside the input folder", refused.Stderr);
        Assert.Contains("--exclude", refused.Stderr);

        for (int run = 0; run < 2; run++)
        {
            // The second run finds the first run's outputs under site/out: they must not become inputs (out/out/…).
            var ok = CliRun.Of("convert", site, "--out", output, "--exclude", output);
            Assert.True(ok.ExitCode == 0, ok.Stderr);
            Assert.Contains("2 of 2 documents", ok.Stderr + ok.Stdout);
        }

        Assert.Equal(["a.md", "blog/b.md"], _temp.Files(output).Select(f => f.Replace('\\', '/')).Order());
    }

    [Fact]
    public void Globs_leave_out_matching_files_and_folders()
    {
        _temp.Write("in/a.md", Post);
        _temp.Write("in/drafts/b.md", Post);
        _temp.Write("in/2020/drafts/c.md", Post);
        _temp.Write("in/2020/d.html", Post);
        var run = CliRun.Of("convert", _temp.Combine("in"), "--out", _temp.Combine("out"), "--exclude", _temp.Combine("in", "**", "drafts"), "--exclude", _temp.Combine("in", "**", "*.html"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["a.md"], _temp.Files(_temp.Combine("out")));
    }

    [Fact]
    public void A_config_file_excludes_relative_to_its_folder()
    {
        _temp.Write("site/content/a.md", Post);
        _temp.Write("site/content/old/b.md", Post);
        string config = _temp.Write("site/cdsmigrate.yml", "inputs: [content]\nout: content/out\nexclude: [content/out, content/old]\n");
        for (int run = 0; run < 2; run++)
        {
            var ok = CliRun.Of("convert", "--config", config);
            Assert.True(ok.ExitCode == 0, ok.Stderr);
        }

        Assert.Equal(["a.md"], _temp.Files(_temp.Combine("site", "content", "out")));
    }

    [Fact]
    public void Inventory_and_check_take_excludes_too()
    {
        _temp.Write("in/a.md", Post);
        _temp.Write("in/skip/b.md", Post);
        var inventory = CliRun.Of("inventory", _temp.Combine("in"), "--json", "--exclude", _temp.Combine("in", "skip"));
        Assert.Equal(0, inventory.ExitCode);
        Assert.DoesNotContain("b.md", inventory.Stdout);
        Assert.Contains("a.md", inventory.Stdout);

        var check = CliRun.Of("check", _temp.Combine("in"), "--exclude", _temp.Combine("in", "skip"));
        Assert.Contains("checked 1 of 1 document", check.Stderr + check.Stdout);
    }

    [Theory]
    [InlineData("out", "out/a.md", true)]
    [InlineData("out", "outside/a.md", false)]
    [InlineData("**/drafts", "x/y/drafts/a.md", true)]
    [InlineData("**/drafts", "drafts/a.md", true)]
    [InlineData("*.html", "a.html", true)]
    [InlineData("*.html", "x/a.html", false)]
    [InlineData("**/*.html", "x/a.html", true)]
    [InlineData("a?.md", "ab.md", true)]
    [InlineData("a?.md", "a/.md", false)]
    public void Path_globs(string pattern, string path, bool matches)
    {
        var glob = new PathGlob(pattern, _temp.Path);
        Assert.Equal(matches, glob.Matches(_temp.Combine(path.Split('/'))));
    }
}
