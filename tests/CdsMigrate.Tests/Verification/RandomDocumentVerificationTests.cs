using System.Text;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;
using CsCheck;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Generated documents (paragraphs with emphasis, links and non-breaking spaces, headings, numbered and
/// bulleted lists, quotes): the real converter verifies clean (no false alarms), and the same output with
/// one word removed never does (no rubber stamp).
/// </summary>
public sealed class RandomDocumentVerificationTests
{
    private static readonly string[] Words = ["alpha", "Bêta", "été", "10", "%", "l’équipe", "M.", "Québec", "data-driven", "GC", "Forms", "(draft)", "«", "»", "x2", "naïve"];

    /// <summary>The word removed by the mutation: it appears once, as a plain word, somewhere in each document.</summary>
    private const string Marker = "Zanzibar";

    private static string Document(int seed)
    {
        var random = new Random(seed);
        var html = new StringBuilder();
        int blocks = random.Next(1, 7);
        int markerBlock = random.Next(blocks);
        int link = 0;
        for (int b = 0; b < blocks; b++)
        {
            string Text(int min, int max)
            {
                var parts = new List<string>();
                int n = random.Next(min, max);
                for (int i = 0; i < n; i++)
                {
                    string word = Words[random.Next(Words.Length)];
                    parts.Add(random.Next(8) switch
                    {
                        0 => $"<strong>{word}</strong>",
                        1 => $"<em>{word}</em>",
                        2 => $"<a href=\"https://example.org/p{++link}\">{word}</a>",
                        _ => word,
                    });
                }

                if (b == markerBlock && min > 0)
                {
                    parts.Insert(random.Next(parts.Count + 1), Marker);
                }

                var sb = new StringBuilder(parts[0]);
                for (int i = 1; i < parts.Count; i++)
                {
                    // A non-breaking space joins plain words only, as French punctuation does.
                    sb.Append(random.Next(5) == 0 && !parts[i].StartsWith('<') && !parts[i - 1].EndsWith('>') ? "&nbsp;" : " ").Append(parts[i]);
                }

                return sb.ToString();
            }

            switch (random.Next(5))
            {
                case 0:
                    int level = random.Next(2, 5);
                    html.Append($"<h{level}>{Text(1, 5)}</h{level}>");
                    break;
                case 1:
                    int start = random.Next(1, 12);
                    html.Append(start == 1 ? "<ol>" : $"<ol start=\"{start}\">");
                    for (int i = random.Next(1, 5); i > 0; i--) html.Append($"<li>{Text(1, 6)}</li>");
                    html.Append("</ol>");
                    break;
                case 2:
                    html.Append("<ul>");
                    for (int i = random.Next(1, 5); i > 0; i--) html.Append($"<li>{Text(1, 6)}</li>");
                    html.Append("</ul>");
                    break;
                case 3:
                    html.Append($"<blockquote><p>{Text(1, 10)}</p></blockquote>");
                    break;
                default:
                    html.Append($"<p>{Text(1, 15)}</p>");
                    break;
            }

            html.Append('\n');
        }

        return html.ToString();
    }

    private static (string Html, ConversionResult Result) Convert(int seed)
    {
        string html = Document(seed);
        var read = PostFileReader.ReadText("---\ntitle: Generated\n---\n" + html, "gen.md", "gen.md");
        return (html, new DocumentConverter(ConversionOptions.Default).Convert(read.Documents[0]));
    }

    [Fact]
    public void Generated_documents_verify_clean()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (html, result) = Convert(seed);
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.True(errors.Count == 0, $"seed {seed}\n{html}\n{result.Markdown}\n{string.Join("\n", errors)}");
        }, iter: 150, threads: 1);
    }

    [Fact]
    public void A_word_removed_from_generated_output_is_always_caught()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var (html, result) = Convert(seed);
            string markdown = result.Markdown!;
            string body = markdown[(markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal) + 5)..];
            int at = body.IndexOf(Marker, StringComparison.Ordinal);
            Assert.True(at >= 0, $"seed {seed}: the marker word is not in the output\n{body}");
            string broken = body.Remove(at, Marker.Length);
            var diagnostics = OutputVerifier.Verify(HtmlBodyParser.Parse(html).Body, broken, ConversionOptions.Default, "gen.md", 4);
            Assert.True(diagnostics.Any(d => d.Code == DiagnosticCodes.VerifyWord.Code && d.Message.Contains(Marker, StringComparison.Ordinal)),
                $"seed {seed}: removing '{Marker}' went unnoticed\n{html}\n{broken}");
        }, iter: 150, threads: 1);
    }
}
