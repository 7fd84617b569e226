using System.Text;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Sources;

/// <summary>
/// Issue 11: the site plan reads every post file first, for its front matter's values only (no body, no fixes). The
/// plan must see what the conversion read of the same file sees: the same failure, or the same values.
/// </summary>
public sealed class PlanningReadTests
{
    public static TheoryData<string> Files() => new()
    {
        "---\ntitle: 'Tips &amp; tricks'\ntags: [\"\"]\ntranslationKey: k1\ndate: 2025-07-22\n---\n<p>Body</p>\n",
        "---\ntitle: A\n---\n<p>x</p>\n",
        "---\ndescription: first line\n  then &#35;hash &amp; more\n---\nx\n",
        "---\ntags:\n  - \"\"\n  - a\ncategories: ['']\n---\n# Markdown\n",
        "---\ntitle: [unclosed\n---\nx\n",
        "---\ntitle: never closed\n",
        "<p>no front matter</p>\n",
        "   \n",
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void The_planning_read_fails_or_gives_the_values_as_the_conversion_read_does(string text)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var planned = PostFileReader.Read(bytes, "post.md", "out/post.md", planningOnly: true);
        var converted = PostFileReader.Read(bytes, "post.md", "out/post.md");

        Assert.Equal(converted.Failed, planned.Failed);
        Assert.Equal(converted.Documents.Count, planned.Documents.Count);
        foreach (var (plan, full) in planned.Documents.Zip(converted.Documents))
        {
            Assert.Equal(full.FrontMatter, plan.FrontMatter, FrontMatterComparer.Instance);
            Assert.Equal(full.OutputPath, plan.OutputPath);
            Assert.Equal(full.BodySyntax, plan.BodySyntax);
        }
    }

    [Fact]
    public void The_planning_read_decodes_entities_in_values_as_the_conversion_read_does()
    {
        var planned = PostFileReader.Read(Encoding.UTF8.GetBytes("---\ntitle: 'Tips &amp; tricks'\n---\nx\n"), "post.md", "post.md", planningOnly: true);

        var title = Assert.IsType<CdsMigrate.Core.FrontMatter.FrontMatterScalar>(Assert.Single(planned.Documents).FrontMatter!.Entries.Single(e => e.Key == "title").Value);
        Assert.Equal("Tips & tricks", title.Value);
    }
}
