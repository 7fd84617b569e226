using CdsMigrate.Core;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;
using CdsMigrate.Core.Verification;
using CdsMigrate.Tests.Coverage;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Translations;

/// <summary>
/// Issue 11: the structure of a verified output is counted from the verifier's own Markdig parse of its body
/// (<see cref="StructureCounter.CountParsed"/>) when that parse reads as <see cref="StructureCounter.Count(string)"/>
/// does, instead of parsing the output a second time. Whenever the shared way answers, it must give the counter's
/// counts; it must refuse where the flavour's pipeline could read the text differently; and it must answer for
/// the outputs a real run writes, or it saves nothing.
/// </summary>
public sealed class StructureCounterSharedParseTests
{
    private const string FrontMatter = "---\ntitle: a\ntranslationKey: k\n---\n";

    public static TheoryData<string, MarkdownFlavor, bool> Bodies() => new()
    {
        // Tables and footnotes: both pipelines have them (the GFM one is shared, CommonMark's never).
        { "| a | [b](/c) |\n|---|---|\n| <a href=\"/d\">d</a> | ![e](/f) |\n", MarkdownFlavor.Gfm, true },
        { "| a | [b](/c) |\n|---|---|\n| <a href=\"/d\">d</a> | ![e](/f) |\n", MarkdownFlavor.CommonMark, false },
        { "Text[^1] and [x][^1].\n\n[^1]: A [note](/n).\n", MarkdownFlavor.Gfm, true },
        { "Text[^1].\n\n[^1]: A [note](/n).\n", MarkdownFlavor.CommonMark, false },
        { "# H\n\n- [a](/a)\n- <https://b.example/>\n\n<ul><li><img src=x></li></ul>\n", MarkdownFlavor.Gfm, true },
        { "# H\n\n- [a](/a)\n- <https://b.example/>\n\n<ul><li><img src=x></li></ul>\n", MarkdownFlavor.Hugo, true },
        { "---\n\n## After a break\n", MarkdownFlavor.Gfm, true },
        { "    indented code\n\nText\n===\n", MarkdownFlavor.Gfm, true },
        // What the flavour's extensions could read differently: never shared.
        { "Text ~~[gone](/g)~~ and ~x~.\n", MarkdownFlavor.Gfm, false },
        { "> [!NOTE]\n> [Read](/r) this.\n\n[!note]: /elsewhere\n", MarkdownFlavor.Gfm, false },
        { "## Title {#id}\n\n[a](/a){.c}\n", MarkdownFlavor.Hugo, false },
        { "## Title {#id}\n\n[a](/a){.c}\n", MarkdownFlavor.Gfm, true },
        { "{{< figure src=\"/a.png\" >}}\n\nText\n", MarkdownFlavor.Hugo, false },
        { "{{< figure src=\"/a.png\" >}}\n\nText\n", MarkdownFlavor.Gfm, true },
        { "", MarkdownFlavor.Gfm, true },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Counts_as_the_counter_when_it_answers_and_refuses_what_the_flavour_may_read_otherwise(string body, MarkdownFlavor flavor, bool shared)
    {
        OutputFingerprint.Of(body, ConversionOptions.Default with { Flavor = flavor }, out var parsed);
        // The file as the converter writes it (a blank line after the front matter), without that line, and alone.
        foreach (string markdown in new[] { FrontMatter + "\n" + body, FrontMatter + body, body })
        {
            var counted = StructureCounter.CountParsed(markdown, parsed);
            Assert.Equal(shared, counted is not null);
            if (counted is not null)
            {
                Assert.Equal(StructureCounter.Count(markdown), counted);
            }
        }
    }

    [Fact]
    public void Refuses_a_file_whose_body_is_not_the_text_parsed()
    {
        OutputFingerprint.Of("# H\n", ConversionOptions.Default, out var parsed);
        Assert.Null(StructureCounter.CountParsed(FrontMatter + "\n# H\n\n[a](/b)\n", parsed));
        Assert.Null(StructureCounter.CountParsed(FrontMatter + "\n\n# H\n", parsed));
        // The body the counter sees starts at the first closing line: "..." closes front matter too.
        Assert.Null(StructureCounter.CountParsed("---\ntitle: a\n...\nb: c\n---\n# H\n", parsed));
    }

    [Theory]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.Hugo)]
    [InlineData(MarkdownFlavor.CommonMark)]
    public void Counts_golden_outputs_as_the_counter(MarkdownFlavor flavor)
    {
        var options = ConversionOptions.Default with { Flavor = flavor };
        int files = 0, shared = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.GoldenCases, "*.md", SearchOption.AllDirectories))
        {
            string markdown = File.ReadAllText(file).ReplaceLineEndings("\n");
            string body = StructureCounter.WithoutFrontMatter(markdown);
            foreach (string text in new[] { body, body.StartsWith('\n') ? body[1..] : "\n" + body })
            {
                OutputFingerprint.Of(text, options, out var parsed);
                if (StructureCounter.CountParsed(markdown, parsed) is { } counted)
                {
                    Assert.Equal(StructureCounter.Count(markdown), counted);
                    shared++;
                }
            }

            files++;
        }

        Assert.True(files > 50, $"{files} golden outputs");
        Assert.Equal(flavor == MarkdownFlavor.CommonMark, shared == 0);
    }

    [SkippableTheory]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.Hugo)]
    [InlineData(MarkdownFlavor.CommonMark)]
    public void A_verified_conversion_of_the_real_posts_counts_their_structure_once(MarkdownFlavor flavor)
    {
        string root = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.IfNot(Directory.Exists(root), "../shared/corpus/cds is absent");
        var converter = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor });
        var unverified = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor, Verify = false });
        int files = 0, shared = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var document = PostFileReader.Read(File.ReadAllBytes(file), file, Path.GetFileName(file)).Documents[0];
            var result = converter.Convert(document);
            Assert.NotNull(result.Markdown);
            Assert.True(TranslationIdentity.Of(document) is ({ }, { }), file);
            if (result.OutputStructure is { } counted)
            {
                Assert.Equal(StructureCounter.Count(result.Markdown), counted);
                shared++;
            }

            // Without verification nothing is parsed for the counter: it parses the output itself.
            Assert.Null(unverified.Convert(document).OutputStructure);
            files++;
        }

        Assert.True(files > 0);
        // The real posts hold no '~', "[!" or '{': in GFM (the default) every one is counted from the verifier's parse;
        // in hugo those without a figure shortcode; in CommonMark none.
        switch (flavor)
        {
            case MarkdownFlavor.Gfm:
                Assert.Equal(files, shared);
                break;
            case MarkdownFlavor.Hugo:
                Assert.InRange(shared, 1, files - 1);
                break;
            default:
                Assert.Equal(0, shared);
                break;
        }
    }
}
