using CdsMigrate.Core.Translations;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Translations;

/// <summary>
/// Issue 11: <see cref="StructureCounter"/> parses a file with its front matter as a Markdig block instead of copying
/// the body out first, when Markdig ends that block on the same line. Counts must not change: checked against the
/// copying way on edge cases of the delimiters, every golden output and the real site's Markdown posts.
/// </summary>
public sealed class StructureCounterFrontMatterTests
{
    public static TheoryData<string> Edges() =>
    [
        "---\ntitle: a\n---\n# H\n\n[x](y) <b>z</b>\n",
        "---\ntitle: a\n...\n# H\n",
        "---\ntitle: a\n--- \n- item\n",
        "---\ntitle: a\n---\t\n# H\n---\n- item\n",
        "---\r\ntitle: a\r\n---\r\n# H\r\n",
        "---\ntitle: a\n---",
        "---\ntitle: a\n---\n",
        "---\ntitle: a\n# never closed\n",
        "--- \ntitle: a\n---\n# H\n",
        "---\n---\n---\n# H\n",
        "---\ntitle: a\n---\n---\n# setext?\n",
        "---\ntitle: a\n----\n# H\n---\n[a]: /b\n[a]\n",
        "---\n  ---\ntitle: a\n---\n# H\n",
        "---\ntitle: a\n---\n{{< figure src=\"a.png\" >}}\n",
        "---\ntitle: a\n---\nText\n{{< figure src=\"a.png\" >}}",
        "# no front matter\n---\n",
    ];

    [Theory]
    [MemberData(nameof(Edges))]
    public void Counts_as_the_body_alone(string markdown) =>
        Assert.Equal(StructureCounter.CountCopiedBody(markdown), StructureCounter.Count(markdown));

    [Fact]
    public void Counts_golden_outputs_as_the_body_alone_and_without_copying_it()
    {
        int blocks = 0, frontMatters = 0, files = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.GoldenCases, "*.md", SearchOption.AllDirectories))
        {
            string markdown = File.ReadAllText(file).ReplaceLineEndings("\n");
            Assert.Equal(StructureCounter.CountCopiedBody(markdown), StructureCounter.Count(markdown));
            files++;
            int closing = StructureCounter.ClosingLine(markdown, out int bodyStart);
            frontMatters += closing >= 0 ? 1 : 0;
            blocks += closing >= 0 && StructureCounter.ParseAfterFrontMatter(markdown, closing, bodyStart) is not null ? 1 : 0;
        }

        // Front matter written by cdsmigrate always takes the way without a copy.
        Assert.True(files > 50 && frontMatters > 0, $"{files} golden outputs, {frontMatters} with front matter");
        Assert.Equal(frontMatters, blocks);
    }

    [SkippableFact]
    public void Counts_the_real_sites_markdown_posts_as_the_body_alone()
    {
        string root = Path.Combine(RepoPaths.Corpus, "cds-markdown");
        CdsMigrate.Tests.Coverage.Skips.IfNot(Directory.Exists(root), "../shared/corpus/cds-markdown is absent");
        int blocks = 0, files = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories))
        {
            string markdown = File.ReadAllText(file);
            Assert.Equal(StructureCounter.CountCopiedBody(markdown), StructureCounter.Count(markdown));
            files++;
            int closing = StructureCounter.ClosingLine(markdown, out int bodyStart);
            blocks += closing >= 0 && StructureCounter.ParseAfterFrontMatter(markdown, closing, bodyStart) is not null ? 1 : 0;
        }

        Assert.True(blocks > files / 2, $"only {blocks} of {files} parsed with the front matter as a block");
    }
}
