using System.Text;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Sources;

/// <summary>
/// Issue 11: the site plan's read of a post file keeps what it made of the front matter (<see cref="FrontMatterMemo"/>),
/// and the conversion read of the same file takes it instead of parsing the YAML again. The document must be the one
/// a read without the memo gives, and a reading is used only for the YAML it was made from.
/// </summary>
public sealed class FrontMatterMemoTests
{
    private const string Post = "---\ntitle: 'Tips &amp; tricks'\ntags: [\"\"]\ntranslationKey: k1\ndate: 2025-07-22\n---\n<p>Body</p>\n";

    public static TheoryData<string> Files() => new()
    {
        Post,
        "---\ntitle: A\n---\n<p>x</p>\n",
        "---\ndescription: first line\n  then &#35;hash &amp; more\n---\nx\n",
        "---\ntags:\n  - \"\"\n  - a\ncategories: ['']\n---\n# Markdown\n",
        "---\ntitle: [unclosed\n---\nx\n",
        "<p>no front matter</p>\n",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_read_through_the_memo_is_the_file_read_without_it(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var memo = new FrontMatterMemo();
        var planned = PostFileReader.Read(bytes, "post.md", "out/post.md", planningOnly: true, memo);
        var withMemo = PostFileReader.Read(bytes, "post.md", "out/post.md", planningOnly: false, memo);
        var without = PostFileReader.Read(bytes, "post.md", "out/post.md");

        Assert.Equal(without.Failed, planned.Failed);
        Assert.Equal(without.Failed, withMemo.Failed);
        Assert.Equal(without.Diagnostics.Select(d => d.ToString()), withMemo.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(without.Documents.Count, withMemo.Documents.Count);
        foreach (var (a, b) in without.Documents.Zip(withMemo.Documents))
        {
            Assert.Equal(a.FrontMatter, b.FrontMatter, FrontMatterComparer.Instance);
            Assert.Equal(a.RawFrontMatter?.Fixed(), b.RawFrontMatter?.Fixed());
            Assert.Equal(a.Html, b.Html);
            Assert.Equal(a.ItemLine, b.ItemLine);
            Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
        }

        // Taken by the conversion read: nothing is left behind for this file.
        Assert.Null(memo.Take("post.md", YamlOf(text)));
    }

    [Fact]
    public void The_planning_read_keeps_the_front_matter_and_the_conversion_read_takes_it()
    {
        var memo = new FrontMatterMemo();
        PostFileReader.Read(Encoding.UTF8.GetBytes(Post), "post.md", "post.md", planningOnly: true, memo);

        var kept = memo.Take("post.md", YamlOf(Post));

        Assert.NotNull(kept);
        Assert.Equal("Tips & tricks", ((FrontMatterScalar)kept.Values["title"]!).Value);
        Assert.Equal(2, kept.Fixes.Edits.Count);
        Assert.Null(memo.Take("post.md", YamlOf(Post)));
    }

    [Fact]
    public void A_file_changed_between_the_reads_is_read_as_it_is_now()
    {
        var memo = new FrontMatterMemo();
        PostFileReader.Read(Encoding.UTF8.GetBytes(Post), "post.md", "post.md", planningOnly: true, memo);

        string changed = Post.Replace("Tips &amp; tricks", "Other title", StringComparison.Ordinal);
        var read = PostFileReader.Read(Encoding.UTF8.GetBytes(changed), "post.md", "post.md", planningOnly: false, memo);

        Assert.Equal("Other title", ((FrontMatterScalar)read.Documents[0].FrontMatter!["title"]!).Value);
        Assert.DoesNotContain(read.Documents[0].Diagnostics, d => d.Message.Contains("&amp;", StringComparison.Ordinal));
    }

    [Fact]
    public void Nothing_is_kept_beyond_the_budget()
    {
        var memo = new FrontMatterMemo();
        string huge = "title: " + new string('x', (int)FrontMatterMemo.BudgetChars) + "\n";
        var reading = new FrontMatterReading(huge, new FrontMatterMapping([]), new FrontMatterFixer.FrontMatterFixes([], null));

        Assert.False(memo.HasRoomFor(huge.Length));
        memo.Keep("big.md", reading);

        Assert.Null(memo.Take("big.md", huge));
        Assert.True(memo.HasRoomFor(1000));
    }

    [Fact]
    public void Two_inputs_shown_under_one_path_are_both_read_again()
    {
        var memo = new FrontMatterMemo();
        var first = new FrontMatterReading("title: a\n", new FrontMatterMapping([]), new FrontMatterFixer.FrontMatterFixes([], null));
        var second = new FrontMatterReading("title: b\n", new FrontMatterMapping([]), new FrontMatterFixer.FrontMatterFixes([], null));

        memo.Keep("same.md", first);
        memo.Keep("same.md", second);

        Assert.Null(memo.Take("same.md", "title: a\n"));
        Assert.Null(memo.Take("same.md", "title: b\n"));
    }

    private static string YamlOf(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return "";
        }

        int start = text.IndexOf('\n') + 1;
        int end = text.IndexOf("\n---", start - 1, StringComparison.Ordinal) + 1;
        return text[start..end];
    }
}
