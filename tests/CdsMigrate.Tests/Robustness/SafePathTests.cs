using System.Text;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Tests.Robustness;

/// <summary>Paths built from input data are made safe part by part (issue 6, confinement).</summary>
public sealed class SafePathTests
{
    [Theory]
    [InlineData("post.md", "post.md")]
    [InlineData("en/blog/post.md", "en/blog/post.md")]
    [InlineData("../../etc/passwd.md", "etc/passwd.md")]
    [InlineData("a/../../b.md", "a/b.md")]
    [InlineData("/etc/cron.d/evil.md", "etc/cron.d/evil.md")]
    [InlineData("\\\\server\\share\\x.md", "server/share/x.md")]
    [InlineData("C:/Windows/system.ini.md", "Windows/system.ini.md")]
    [InlineData("c:evil.md", "c_evil.md")]
    [InlineData("a\0b.md", "a_b.md")]
    [InlineData("line\nbreak\u001b[31m.md", "line_break_[31m.md")]
    [InlineData("CON.md", "_CON.md")]
    [InlineData("posts/nul", "posts/_nul")]
    [InlineData("Com1.txt.md", "_Com1.txt.md")]
    [InlineData("lpt\u00B9.md", "_lpt\u00B9.md")]
    [InlineData(".git/hooks/pre-commit.md", "_git/hooks/pre-commit.md")]
    [InlineData(".hidden.md", "_hidden.md")]
    [InlineData("\uFF0E\uFF0E/\uFF0E\uFF0E/escape.md", "escape.md")]
    [InlineData("\u2024\u2024/x.md", "x.md")]
    [InlineData("\u2025/x.md", "x.md")]
    [InlineData("a\uFF0Fb.md", "a_b.md")]
    [InlineData("a\uFF3C..\uFF3Cb.md", "a_.._b.md")]
    [InlineData("trailing. /x.md", "trailing/x.md")]
    [InlineData("evil\u202Edm.exe", "evil_dm.exe")]
    [InlineData("title: with colon?.md", "title_ with colon_.md")]
    public void Hostile_parts_are_made_safe(string input, string expected)
    {
        var result = SafePath.Sanitize(input, windowsRules: true);
        Assert.Equal(expected, result.Path);
        Assert.Equal(input != expected, result.Changed);
        AssertSafe(result.Path);
    }

    [Fact]
    public void Colons_are_kept_off_Windows_because_the_site_names_its_posts_with_them()
    {
        var result = SafePath.Sanitize("en/a-shared-focus:-working-together.md", windowsRules: false);
        Assert.Equal("en/a-shared-focus:-working-together.md", result.Path);
        Assert.False(result.Changed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("../..")]
    [InlineData("/")]
    [InlineData("./.")]
    [InlineData("\uFF0E\uFF0E")]
    [InlineData("C:")]
    public void Paths_with_nothing_usable_are_refused(string input)
    {
        Assert.Throws<UnsafePathException>(() => SafePath.Sanitize(input, windowsRules: true));
    }

    [Fact]
    public void Over_long_names_are_shortened_with_a_hash_and_stay_distinct()
    {
        string a = new string('é', 300) + "-a.md";
        string b = new string('é', 300) + "-b.md";
        string safeA = SafePath.Sanitize("posts/" + a).Path;
        string safeB = SafePath.Sanitize("posts/" + b).Path;
        Assert.NotEqual(safeA, safeB);
        foreach (string name in new[] { safeA, safeB }.Select(p => p.Split('/')[^1]))
        {
            Assert.True(Encoding.UTF8.GetByteCount(name) <= SafePath.MaxNameBytes, name);
            Assert.EndsWith(".md", name);
            Assert.Matches("-[0-9a-f]{8}\\.md$", name);
        }

        // The same long name always gives the same short one (re-runs find their file again).
        Assert.Equal(safeA, SafePath.Sanitize("posts/" + a).Path);
    }

    [Fact]
    public void Shortening_never_splits_a_surrogate_pair()
    {
        string name = string.Concat(Enumerable.Repeat("😀", 120)) + ".md";
        string safe = SafePath.Sanitize(name).Path;
        // A lone surrogate would not survive a UTF-8 round trip (it becomes U+FFFD).
        Assert.Equal(safe, Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(safe)));
        Assert.True(Encoding.UTF8.GetByteCount(safe) <= SafePath.MaxNameBytes);
    }

    private static void AssertSafe(string path)
    {
        Assert.False(Path.IsPathRooted(path));
        foreach (string part in path.Split('/'))
        {
            Assert.NotEqual("..", part);
            Assert.NotEqual(".", part);
            Assert.NotEmpty(part);
            Assert.DoesNotContain(part, char.IsControl);
            Assert.False(part.StartsWith('.'));
        }
    }
}
