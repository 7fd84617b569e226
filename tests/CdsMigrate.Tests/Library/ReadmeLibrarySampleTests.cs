using CdsMigrate.Core.Conversion;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Library;

/// <summary>
/// The README's library sample (issue 11): the code between the readme-sample markers below is the code the
/// README shows, character for character (the first test checks that), and the second test runs it.
/// </summary>
[Collection(ConsoleCapture.Name)]
public sealed class ReadmeLibrarySampleTests
{
    private const string Begin = "// readme-sample:begin";
    private const string End = "// readme-sample:end";

    [Fact]
    public void The_readme_shows_exactly_the_sample_this_test_runs()
    {
        string test = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "CdsMigrate.Tests", "Library", "ReadmeLibrarySampleTests.cs"));
        string sample = Unindent(Between(test, Begin + "\n", "        " + End));
        string readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        string shown = Between(readme, "<!-- library-sample:begin -->\n```csharp\nusing CdsMigrate.Core.Conversion;\n\n", "```\n<!-- library-sample:end -->");

        Assert.Equal(sample, shown);
    }

    [Fact]
    public void The_readme_sample_converts_and_prints_markdown_and_diagnostics()
    {
        var (stdout, stderr) = ConsoleCapture.Run(() =>
        {
            // readme-sample:begin
            var conversion = MarkdownConverter.Convert(
                "<!-- wp:heading --><h2>Bonjour</h2><!-- /wp:heading -->\n" +
                "<p>Le <strong>SNC</strong> a 20&nbsp;ans : <a href=\"https://numerique.canada.ca/\">lisez</a>.</p>\n" +
                "<form><input name=\"q\"></form>",
                new ConversionOptions { Flavor = MarkdownFlavor.Hugo });

            foreach (var diagnostic in conversion.Diagnostics)
            {
                Console.Error.WriteLine(diagnostic); // <html>:3:1: warning CDS1001: … [form]
            }

            Console.Write(conversion.Markdown);
            // readme-sample:end
        });

        Assert.Equal("## Bonjour\n\nLe **SNC** a 20\u00a0ans : [lisez](https://numerique.canada.ca/).\n\n<form><input name=\"q\"></form>\n", stdout);
        Assert.Contains("<html>:3:1: warning CDS1001:", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(" error ", stderr, StringComparison.Ordinal);
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"marker not found: {start}");
        from += start.Length;
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, $"marker not found: {end}");
        return text[from..to];
    }

    /// <summary>The sample sits 12 spaces deep in the lambda; the README shows it at the margin.</summary>
    private static string Unindent(string code) =>
        string.Join('\n', code.Split('\n').Select(line => line.StartsWith("            ", StringComparison.Ordinal) ? line[12..] : line.TrimStart()));
}
