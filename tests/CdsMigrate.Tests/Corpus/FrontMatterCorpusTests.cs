using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>
/// Issue 9, point 5, measured on the real site (../shared/corpus/cds and cds-markdown): converting a post changes
/// its front matter only on the lines a fix names (an info diagnostic at that line), so a migration's git diff
/// shows the body changes and those fixes, nothing else. Skipped when ../shared is absent.
/// </summary>
public sealed class FrontMatterCorpusTests
{
    [SkippableTheory]
    [InlineData("cds")]
    [InlineData("cds-markdown")]
    public void Front_matter_changes_only_on_the_lines_of_its_fixes(string corpus)
    {
        string root = Path.Combine(RepoPaths.Corpus, corpus);
        Skips.IfNot(Directory.Exists(root), $"../shared/corpus/{corpus} is absent");
        var converter = new DocumentConverter(ConversionOptions.Default with { Verify = false });
        var unexplained = new List<string>();
        int fixes = 0;
        foreach (var file in Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string source = File.ReadAllText(file).ReplaceLineEndings("\n");
            var read = PostFileReader.ReadText(source, file, "out.md");
            Assert.False(read.Failed, file);
            var result = converter.Convert(read.Documents[0]);
            var fixedLines = result.Diagnostics
                .Where(d => d.Code == DiagnosticCodes.FrontMatterEntityDecoded.Code || d.Code == DiagnosticCodes.FrontMatterEmptyItemRemoved.Code)
                .Select(d => d.Line).ToHashSet();
            fixes += fixedLines.Count;
            Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterNotFixed.Code);

            string[] before = FrontMatterLines(source);
            string[] after = FrontMatterLines(result.Markdown!);
            Assert.True(before.Length == after.Length, $"{file}: {before.Length} front matter lines became {after.Length}");
            for (int i = 0; i < before.Length; i++)
            {
                // Line i of the block is line i + 1 of the file.
                if (before[i] != after[i] && !fixedLines.Contains(i + 1))
                {
                    unexplained.Add($"{file}:{i + 1}: '{before[i]}' became '{after[i]}'");
                }
            }
        }

        Assert.True(unexplained.Count == 0, string.Join("\n", unexplained));
        Assert.True(fixes > 0, "the corpus holds tags: [\"\"] and entities to fix");
    }

    /// <summary>The block from the opening '---' to the closing delimiter, as lines.</summary>
    private static string[] FrontMatterLines(string text)
    {
        var lines = text.Split('\n');
        int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        return lines[..(close + 1)];
    }
}
