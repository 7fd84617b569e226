using CdsMigrate.Tests.Coverage;
using System.Diagnostics;
using AngleSharp.Html.Parser;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;
using CdsMigrate.Tests.Golden;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Hugo;

/// <summary>
/// The hugo flavour, built by a real Hugo (Debian's 0.111, as CI installs it with scripts/install-ci-deps.sh):
/// a minimal site with goldmark <c>unsafe: true</c> and the typographer on (Hugo's default, as on the CDS site)
/// made of every golden case, the samples and <c>../shared/corpus/cds</c>, converted with <c>--flavor hugo</c>.
/// It must build with no error and no warning, and each page Hugo renders must say the same words as the
/// Markdown the converter verified (which the verifier compared with the source).
/// </summary>
public sealed class HugoSiteTests
{
    [SkippableFact]
    public void Hugo_builds_the_hugo_flavour_without_errors_or_warnings_and_keeps_the_words()
    {
        string? hugo = ExternalTool.FindOnPath("hugo");
        Skips.If(hugo is null, "hugo is not installed (scripts/install-ci-deps.sh installs it)");

        string site = Directory.CreateTempSubdirectory("cdsmigrate-hugo-").FullName;
        try
        {
            var pages = WriteSite(site, AllInputs());
            Assert.True(pages.Count > 10, "too few pages to mean anything");

            var (exit, output) = ExternalTool.Run(hugo!, site, "--destination", "public", "--printPathWarnings");
            var problems = output.Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("WARN", StringComparison.Ordinal)).ToList();
            Assert.True(exit == 0 && problems.Count == 0, $"hugo exit {exit}:\n{output}");

            var lost = new List<string>();
            foreach (var (slug, markdownBody, origin) in pages)
            {
                string page = Path.Combine(site, "public", slug, "index.html");
                Assert.True(File.Exists(page), $"hugo rendered no page for {slug}");
                var actual = WordsOfHugoPage(File.ReadAllText(page));
                var expected = WordsOfVerifiedMarkdown(markdownBody);
                if (origin == ContentOrigin.Raw)
                {
                    // Saved content is written without typographer escapes: Hugo curls its quotes as WordPress
                    // does when it shows it (issue 10), and Markdig does not, so compare the words typography aside.
                    actual = actual.Select(Untexturize).ToList();
                    expected = expected.Select(Untexturize).ToList();
                }

                int i = 0;
                while (i < expected.Count && i < actual.Count && expected[i] == actual[i]) i++;
                if (i < expected.Count || i < actual.Count)
                {
                    lost.Add($"{slug}: word {i}: expected '{(i < expected.Count ? expected[i] : "(end)")}', hugo has '{(i < actual.Count ? actual[i] : "(end)")}'");
                }
            }

            Assert.True(lost.Count == 0, string.Join("\n", lost));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>
    /// Issue 10: Hugo 0.111 writes an image's alt from the Markdown source, backslashes and typographer entities
    /// included (<c>wasn\'t</c>, <c>DALL-E \[AI\]</c>, <c>d&amp;amp;rsquo;une</c>), and screen readers read them out.
    /// Every image of <c>../shared/corpus/cds</c> must reach the built site with its alt text exactly as the source has it.
    /// </summary>
    [SkippableFact]
    public void Hugo_keeps_every_alt_text_of_the_cds_corpus_exactly()
    {
        string? hugo = ExternalTool.FindOnPath("hugo");
        Skips.If(hugo is null, "hugo is not installed (scripts/install-ci-deps.sh installs it)");
        string corpus = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.If(!Directory.Exists(corpus), "../shared/corpus/cds is not present");

        string site = Directory.CreateTempSubdirectory("cdsmigrate-hugo-alt-").FullName;
        try
        {
            var inputs = InputsUnder(corpus);
            var pages = WriteSite(site, inputs);
            Assert.Equal(inputs.Count, pages.Count);
            var (exit, output) = ExternalTool.Run(hugo!, site, "--destination", "public");
            Assert.True(exit == 0, $"hugo exit {exit}:\n{output}");

            var parser = new HtmlParser();
            int images = 0;
            var wrong = new List<string>();
            for (int i = 0; i < inputs.Count; i++)
            {
                var read = PostFileReader.ReadText(TextDecoder.NormalizeLineEndings(inputs[i].Text), inputs[i].Name, inputs[i].Name);
                var expected = parser.ParseDocument(read.Documents[0].Html).QuerySelectorAll("img").Select(AltOf).ToList();
                string built = File.ReadAllText(Path.Combine(site, "public", pages[i].Slug, "index.html"));
                var actual = parser.ParseDocument(built).QuerySelectorAll("main img").Select(AltOf).ToList();
                images += expected.Count;
                if (!expected.SequenceEqual(actual))
                {
                    var first = expected.Zip(actual).FirstOrDefault(p => p.First != p.Second);
                    wrong.Add($"{inputs[i].Name}: {expected.Count} alt texts in the source, {actual.Count} in the site; first difference: '{first.First}' became '{first.Second}'");
                }
            }

            Assert.True(images > 20, "too few images to mean anything");
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }
        finally
        {
            Directory.Delete(site, recursive: true);
        }
    }

    /// <summary>An image's alt text, its white space collapsed as a screen reader reads it (the converter does the same).</summary>
    private static string AltOf(AngleSharp.Dom.IElement img) =>
        string.Join(' ', (img.GetAttribute("alt") ?? "").Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Every golden case, the sample posts and <c>../shared/corpus/cds</c> when present.</summary>
    private static List<(string Name, string Text)> AllInputs()
    {
        var inputs = GoldenCase.All().Where(c => !c.IsExport).Select(c => (Name: "golden/" + c.Name, Text: c.Load().Text)).ToList();
        foreach (var root in new[] { Path.Combine(RepoPaths.Samples, "posts"), Path.Combine(RepoPaths.Corpus, "cds") }.Where(Directory.Exists))
        {
            inputs.AddRange(InputsUnder(root));
        }

        return inputs;
    }

    private static List<(string Name, string Text)> InputsUnder(string root) =>
        Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => (Name: Path.GetFileName(root) + "/" + Path.GetRelativePath(root, p), Text: File.ReadAllText(p)))
            .ToList();

    /// <summary>A word with typographer output put back to what was typed: curly quotes, dashes and ellipses.</summary>
    private static string Untexturize(string word) => word
        .Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace("\u2014", "---", StringComparison.Ordinal).Replace("\u2013", "--", StringComparison.Ordinal)
        .Replace("\u2026", "...", StringComparison.Ordinal);

    /// <summary>Writes config, one layout and the converted pages; returns each page's slug, Markdown body and origin.</summary>
    private static List<(string Slug, string Body, ContentOrigin Origin)> WriteSite(string site, List<(string Name, string Text)> inputs)
    {
        File.WriteAllText(Path.Combine(site, "config.toml"), """
            baseURL = "https://example.gc.ca/"
            title = "cdsmigrate hugo check"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            uglyURLs = false
            [markup.goldmark.renderer]
            unsafe = true
            """);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), "<main>{{ .Content }}</main>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), "<main>{{ .Content }}</main>\n");

        var options = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo };
        var converter = new DocumentConverter(options);
        var pages = new List<(string, string, ContentOrigin)>();

        int n = 0;
        foreach (var (name, text) in inputs)
        {
            var read = PostFileReader.ReadText(TextDecoder.NormalizeLineEndings(text), name, name);
            if (read.Failed)
            {
                continue;
            }

            var result = converter.Convert(read.Documents[0]);
            Assert.True(result.Markdown is not null, $"{name} did not convert");
            // Our own slug and title, so file names and front matter do not decide the URL.
            string slug = $"p{n++:D4}";
            string body = BodyOf(result.Markdown!);
            string frontMatter = $"---\ntitle: \"{slug}\"\nslug: \"{slug}\"\nurl: \"/{slug}/\"\n---\n\n";
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(site, "content")).FullName, slug + ".md"), frontMatter + body);
            pages.Add((slug, body, read.Documents[0].Origin));
        }

        return pages;
    }

    private static string BodyOf(string markdown)
    {
        if (!markdown.StartsWith("---\n", StringComparison.Ordinal))
        {
            return markdown;
        }

        int end = markdown.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }

    private static List<string> WordsOfVerifiedMarkdown(string body)
    {
        string html = MarkdownRendering.ToHtml(HugoShortcodeRendering.Expand(body), MarkdownFlavor.Hugo);
        return Fingerprint.Of(new HtmlParser().ParseDocument(html).Body!)[FingerprintAspect.Word].Select(w => w.Text).ToList();
    }

    private static List<string> WordsOfHugoPage(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        // A video player stands for its URL, as the verifier's stand-in for the shortcode says.
        foreach (var iframe in document.QuerySelectorAll("iframe").ToList())
        {
            string src = iframe.GetAttribute("src") ?? "";
            var m = System.Text.RegularExpressions.Regex.Match(src, @"(youtube\.com/embed/|player\.vimeo\.com/video/)([^?/]+)");
            if (m.Success)
            {
                string url = Core.Writing.VideoEmbeds.CanonicalUrl(m.Groups[1].Value.StartsWith("you", StringComparison.Ordinal) ? "youtube" : "vimeo", m.Groups[2].Value);
                var p = document.CreateElement("p");
                p.InnerHtml = $"<a href=\"{url}\">{url}</a>";
                (iframe.ParentElement!.LocalName == "div" ? iframe.ParentElement : iframe).Replace(p);
            }
        }

        var main = document.QuerySelector("main") ?? document.Body!;
        return Fingerprint.Of(main)[FingerprintAspect.Word].Select(w => w.Text).ToList();
    }
}
