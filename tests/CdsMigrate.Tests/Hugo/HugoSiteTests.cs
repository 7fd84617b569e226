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
        string? hugo = FindOnPath("hugo");
        Skip.If(hugo is null, "hugo is not installed (scripts/install-ci-deps.sh installs it)");

        string site = Directory.CreateTempSubdirectory("cdsmigrate-hugo-").FullName;
        try
        {
            var pages = WriteSite(site);
            Assert.True(pages.Count > 10, "too few pages to mean anything");

            var (exit, output) = Run(hugo!, site, "--destination", "public", "--printPathWarnings");
            var problems = output.Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal) || l.Contains("WARN", StringComparison.Ordinal)).ToList();
            Assert.True(exit == 0 && problems.Count == 0, $"hugo exit {exit}:\n{output}");

            var lost = new List<string>();
            foreach (var (slug, markdownBody) in pages)
            {
                string page = Path.Combine(site, "public", slug, "index.html");
                Assert.True(File.Exists(page), $"hugo rendered no page for {slug}");
                var actual = WordsOfHugoPage(File.ReadAllText(page));
                var expected = WordsOfVerifiedMarkdown(markdownBody);
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

    /// <summary>Writes config, one layout and the converted pages; returns each page's slug and Markdown body.</summary>
    private static List<(string Slug, string Body)> WriteSite(string site)
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
        var pages = new List<(string, string)>();
        var inputs = GoldenCase.All().Select(c => (Name: "golden/" + c.Name, Text: c.Load().Text)).ToList();
        foreach (var root in new[] { Path.Combine(RepoPaths.Samples, "posts"), Path.Combine(RepoPaths.Corpus, "cds") }.Where(Directory.Exists))
        {
            inputs.AddRange(Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".md", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
                .Select(p => (Name: Path.GetFileName(root) + "/" + Path.GetRelativePath(root, p), Text: File.ReadAllText(p))));
        }

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
            pages.Add((slug, body));
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

    private static (int Exit, string Output) Run(string exe, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
