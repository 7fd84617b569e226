using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>
/// Issue 9, point 4: the Markdown-era CDS posts (../shared/corpus/cds-markdown: 147 hand-written Markdown posts,
/// 16 of them with some HTML). In every flavour each body with no HTML comes out byte for byte, and every document
/// renders as its source does (words, headings, links, images, lists: the verifier finds no error). Skipped when
/// ../shared is absent.
/// </summary>
public sealed class CdsMarkdownCorpusTests
{
    private static string Folder => Path.Combine(RepoPaths.Corpus, "cds-markdown");

    [SkippableTheory]
    [InlineData(MarkdownFlavor.CommonMark)]
    [InlineData(MarkdownFlavor.Gfm)]
    [InlineData(MarkdownFlavor.Hugo)]
    public void Markdown_bodies_are_kept_and_every_post_renders_as_its_source(MarkdownFlavor flavor)
    {
        Skips.IfNot(Directory.Exists(Folder), "../shared/corpus/cds-markdown is absent");
        var converter = new DocumentConverter(ConversionOptions.Default with { Flavor = flavor });
        var files = Directory.EnumerateFiles(Folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(147, files.Count);

        var problems = new List<string>();
        int kept = 0, mixed = 0;
        foreach (var file in files)
        {
            var read = PostFileReader.Read(File.ReadAllBytes(file), file, Path.GetFileName(file));
            Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
            var source = read.Documents[0];
            var result = converter.Convert(source);
            Assert.NotNull(result.Markdown);
            problems.AddRange(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));

            string body = PostFileReader.ReadText(result.Markdown!, file, "out.md").Documents[0].Html;
            if (BodyReader.Read(source, flavor).Kind == BodyKind.Markdown)
            {
                kept++;
                if (!result.AlreadyMarkdown || body != source.Html)
                {
                    problems.Add($"{file}: a Markdown body with no HTML was not kept byte for byte");
                }
            }
            else
            {
                mixed++;
                Assert.False(result.AlreadyMarkdown);
            }
        }

        Assert.True(problems.Count == 0, $"{flavor}: {problems.Count} problem(s):\n" + string.Join("\n", problems));
        Assert.Equal(147, kept + mixed);
        Assert.Equal(16, mixed);
    }
}
