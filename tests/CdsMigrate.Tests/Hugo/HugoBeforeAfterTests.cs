using CdsMigrate.Tests.Coverage;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Hugo;

/// <summary>
/// Issue 9, "done when": a minimal Hugo site (goldmark unsafe: true, Debian's Hugo as CI installs it) built from
/// both CDS corpora (cds: WordPress HTML bodies; cds-markdown: hand-written Markdown) as they are, and again from
/// their hugo-flavour conversion, gives the same words, headings, links and images on every page, except the
/// pages the README lists as known differences (<see cref="KnownDifferences"/>); no page is renamed or lost.
/// Skipped without hugo or ../shared.
/// </summary>
public sealed partial class HugoBeforeAfterTests
{
    /// <summary>Pages that differ, and why (README, "Known differences on a Hugo site"). Any other difference fails.</summary>
    private static readonly Dictionary<string, string> KnownDifferences = new(StringComparer.Ordinal)
    {
        ["posts/en/ripple-effect-part-2-3--co-creating-success-at-dfo-and-cds-gc-notify"] = "an empty link dropped (CDS1102)",
        ["posts/fr/effet-dentraînement-partie-2-de-3--le-succès-grâce-à-la-collaboration-au-ministère-des-pêches-et-des-océans-mpo-et-au-service-numérique-canadien-snc-notification-gc"] = "an empty link dropped (CDS1102)",
        ["posts/fr/un-objectif-commun-améliorer-ensemble-les-services-en-ligne"] = "an empty link dropped (CDS1102)",
        ["posts/en/storytelling-resource-for-cooking-up-a-blog-storm"] = "the file block's duplicate download button left out (core/file)",
        ["posts/fr/ressources-de-narration--rédigez-pour-régaler"] = "the file block's duplicate download button left out (core/file)",
    };

    [SkippableFact]
    public void Both_cds_corpora_render_the_same_pages_before_and_after_conversion()
    {
        string? hugo = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "hugo")).FirstOrDefault(File.Exists);
        Skips.If(hugo is null, "hugo is not installed (scripts/install-ci-deps.sh installs it)");
        string[] corpora = [Path.Combine(RepoPaths.Corpus, "cds"), Path.Combine(RepoPaths.Corpus, "cds-markdown")];
        Skips.IfNot(corpora.All(Directory.Exists), "../shared/corpus/cds or cds-markdown is absent");

        using var temp = new TempFolder();
        string before = temp.Combine("before");
        string after = temp.Combine("after");
        foreach (var corpus in corpora)
        {
            foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories))
            {
                string target = Path.Combine(before, "content", "posts", Path.GetRelativePath(corpus, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        var inputs = InputDiscovery.Expand(corpora, out _);
        // Links between posts kept as written: rewriting them to relrefs (issue 12) changes their URLs on purpose,
        // while this test is about reading bodies as the site does (HugoMigrationSiteTests checks the relrefs).
        var options = new MigrationOptions { Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo }, OutputDirectory = Path.Combine(after, "content", "posts"), Parallelism = 2, Links = Core.Site.LinkPolicy.Keep };
        var result = new MigrationRunner(options).Run(inputs);
        Assert.All(result.Documents, d => Assert.True(ReportingDone(d), d.Source));
        Assert.Equal(result.Documents.Select(d => Path.GetRelativePath(corpora[0], d.Source).StartsWith("..", StringComparison.Ordinal) ? Path.GetRelativePath(corpora[1], d.Source) : Path.GetRelativePath(corpora[0], d.Source)).Order(StringComparer.Ordinal),
            result.Documents.Select(d => d.Output!.Replace('/', Path.DirectorySeparatorChar)).Order(StringComparer.Ordinal));

        var pagesBefore = Build(hugo!, before);
        var pagesAfter = Build(hugo!, after);
        Assert.Equal(215, pagesBefore.Keys.Count(k => k.StartsWith("posts/", StringComparison.Ordinal) && k.Count(c => c == '/') == 2));
        Assert.Equal(pagesBefore.Keys.Order(StringComparer.Ordinal), pagesAfter.Keys.Order(StringComparer.Ordinal));

        // The pages hold what the posts say: about a thousand headings and hundreds of thousands of words.
        Assert.True(pagesBefore.Values.Sum(p => p.Headings.Count) > 900);
        Assert.True(pagesBefore.Values.Sum(p => p.Words.Count) > 100_000);

        var unexpected = new List<string>();
        var differing = new List<string>();
        foreach (var (page, b) in pagesBefore)
        {
            string? aspect = b.FirstDifference(pagesAfter[page]);
            if (aspect is null)
            {
                continue;
            }

            differing.Add(page);
            if (!KnownDifferences.ContainsKey(page))
            {
                unexpected.Add($"{page}: {aspect}");
            }
        }

        Assert.True(unexpected.Count == 0, $"{unexpected.Count} page(s) read differently after conversion:\n" + string.Join("\n", unexpected));
        // Every known difference must still be one, so the list (and the README) stays true: a fix elsewhere that
        // makes a page read the same removes its entry (issue 10 fixed the summary headings and the alt texts).
        Assert.Equal(KnownDifferences.Keys.Order(StringComparer.Ordinal), differing.Order(StringComparer.Ordinal));
    }

    private static bool ReportingDone(DocumentReport d) => d.Status is DocumentStatus.Converted or DocumentStatus.AlreadyMarkdown;

    private static Dictionary<string, PageReading> Build(string hugo, string site)
    {
        File.WriteAllText(Path.Combine(site, "config.toml"), """
            baseURL = "https://example.org/"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
            [markup.goldmark.renderer]
            unsafe = true
            """);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "_default"));
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "single.html"), "<main>{{ .Content }}</main>\n");
        File.WriteAllText(Path.Combine(site, "layouts", "_default", "list.html"), "<main>{{ .Content }}</main>\n");
        var start = new ProcessStartInfo(hugo) { WorkingDirectory = site, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "--quiet", "--destination", "public" }) start.ArgumentList.Add(a);
        using (var process = Process.Start(start)!)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"hugo failed in {site}:\n{stderr.Result}");
        }

        string root = Path.Combine(site, "public");
        var parser = new HtmlParser();
        return Directory.EnumerateFiles(root, "index.html", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, Path.GetDirectoryName(f)!).Replace('\\', '/'),
            f => PageReading.Of(parser.ParseDocument(File.ReadAllText(f)).QuerySelector("main")));
    }

    /// <summary>What a reader gets from a page: words (non-breaking spaces inside words kept), headings, links, images.</summary>
    private sealed record PageReading(List<string> Words, List<string> Headings, List<string> Links, List<string> Images)
    {
        public string? FirstDifference(PageReading other) =>
            !Words.SequenceEqual(other.Words) ? "words" : !Headings.SequenceEqual(other.Headings) ? "headings"
            : !Links.SequenceEqual(other.Links) ? "links" : !Images.SequenceEqual(other.Images) ? "images" : null;

        public static PageReading Of(IElement? main)
        {
            var reading = new PageReading([], [], [], []);
            if (main is null)
            {
                return reading;
            }

            var text = new StringBuilder();
            Walk(main, text, reading);
            reading.Words.AddRange(Whitespace().Split(text.ToString()).Select(w => w.Trim('\u00a0')).Where(w => w.Length > 0));
            return reading;
        }

        private static void Walk(INode node, StringBuilder text, PageReading reading)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
                return;
            }

            if (node is not IElement e || e.LocalName is "script" or "style")
            {
                return;
            }

            bool block = HtmlElements.IsBlock(e.LocalName) || e.LocalName is "br" or "img";
            if (block) text.Append('\n');
            if (e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6") reading.Headings.Add(e.LocalName + " " + Norm(e.TextContent));
            if (e.LocalName == "a" && e.GetAttribute("href") is { } href) reading.Links.Add(Url(href) + " " + Norm(e.TextContent));
            if (e.LocalName == "img") reading.Images.Add(Url(e.GetAttribute("src") ?? "") + " " + Norm(e.GetAttribute("alt") ?? ""));
            foreach (var child in e.ChildNodes)
            {
                Walk(child, text, reading);
            }

            if (block) text.Append('\n');
        }

        // Markdown writers percent-encode what a browser encodes anyway: the same address.
        private static string Url(string url) => Uri.UnescapeDataString(url).Normalize(NormalizationForm.FormC);

        private static string Norm(string text) => Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("[ \t\r\n]+")]
    private static partial Regex Whitespace();
}
