using CdsMigrate.Core.Translations;

namespace CdsMigrate.Tests.Translations;

public sealed class StructureCounterTests
{
    [Fact]
    public void Counts_markdown_structure_and_skips_the_front_matter()
    {
        string markdown = """
            ---
            title: "# not a heading"
            links: "[a](b)"
            ---

            # Title

            Text with [a link](https://example.org/) and <https://auto.example/>.

            ![alt](/img.png)

            - one
            - two
              1. nested

            ## Second
            """;
        Assert.Equal(new StructureCounts(2, 1, 2, 3), StructureCounter.Count(markdown));
    }

    [Fact]
    public void Counts_the_same_elements_inside_raw_html_and_hugo_figures()
    {
        string markdown = """
            <details>
            <summary>More</summary>
            <h3>Inside</h3>
            <ul><li><a href="/x">x</a></li><li>y</li></ul>
            <img src="/a.png" alt="">
            </details>

            {{< figure src="/b.png" alt="b" >}}

            Inline <a href="/c">c</a> text.
            """;
        Assert.Equal(new StructureCounts(1, 2, 2, 2), StructureCounter.Count(markdown));
    }

    [Fact]
    public void Code_is_not_structure()
    {
        string markdown = "```\n# not a heading\n- not an item\n[not](a link)\n```\n";
        Assert.Equal(StructureCounts.Empty, StructureCounter.Count(markdown));
    }
}
