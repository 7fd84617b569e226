using CdsMigrate.Tests.Coverage;
using System.Diagnostics;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Site;
using CdsMigrate.Tests.Support;
using Xunit.Abstractions;

namespace CdsMigrate.Tests.Hugo;

/// <summary>
/// Issue 12, done when: the hugo-flavour output of a whole corpus, written by the runner (site plan, aliases,
/// links rewritten), is the content folder of a Hugo site that Hugo 0.111 builds with no error. Every item has
/// its own page at the URL the plan gave it (a layout stamps each page with its file, so a page that Hugo
/// published over another is caught), every alias redirects to its item, and every rewritten link resolves
/// (a broken relref fails the build). Hugo parsing every front matter is also the strict YAML check (go-yaml)
/// for every corpus, post files included.
/// </summary>
public sealed class HugoMigrationSiteTests(ITestOutputHelper output)
{
    public static TheoryData<string> Corpora => new() { "wxr", "wxr-real", "rest-real", "cds+cds-markdown" };

    [SkippableTheory]
    [MemberData(nameof(Corpora))]
    public void Hugo_builds_the_migrated_corpus_with_a_page_per_item_aliases_and_links_that_resolve(string corpus)
    {
        string? hugo = ExternalTool.FindOnPath("hugo");
        Skips.If(hugo is null, "hugo is not installed (scripts/install-ci-deps.sh installs it)");
        var inputs = corpus.Split('+').Select(c => Path.Combine(RepoPaths.Corpus, c)).ToList();
        Skips.If(!inputs.All(Directory.Exists), $"{corpus} is not in ../shared/corpus");

        using var site = new TempFolder();
        // The CDS posts go into a site shaped like the CDS one (Site/CdsSite: a content folder and a base URL per
        // language, posts in blog/ at /:year/:month/:day/:filename); exports into a one-language site.
        bool cds = corpus.StartsWith("cds", StringComparison.Ordinal);
        string cdsSite = Path.Combine(AppContext.BaseDirectory, "Site", "CdsSite");
        var options = new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo, Verify = false },
            OutputDirectory = site.Combine(cds ? "out" : "content"),
            Site = cds ? HugoSiteConfigReader.Read(cdsSite).Config : null,
        };
        var runner = new MigrationRunner(options);
        var files = InputDiscovery.Expand(inputs, out _);
        var result = runner.Run(files);
        var plan = runner.Plan!;
        var written = result.Documents.Where(d => d.Status is DocumentStatus.Converted or DocumentStatus.AlreadyMarkdown && d.Output is not null).ToList();
        Assert.NotEmpty(written);

        if (cds)
        {
            site.Write("config.yaml", File.ReadAllText(Path.Combine(cdsSite, "config.yaml"))
                + "disableKinds: [taxonomy, term, RSS, sitemap, robotsTXT, 404]\n");
            foreach (var lang in new[] { "en", "fr" })
            {
                Directory.CreateDirectory(site.Combine("content", lang, "blog"));
                Directory.Move(site.Combine("out", lang), site.Combine("content", lang, "blog", "posts"));
            }
        }
        else
        {
            site.Write("config.toml", """
                baseURL = "https://example.gc.ca/"
                title = "cdsmigrate migration check"
                disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
                [markup.goldmark.renderer]
                unsafe = true
                """);
        }

        // Each page says which file it was built from.
        site.Write("layouts/_default/single.html", "<main data-file=\"{{ with .File }}{{ .Path }}{{ end }}\">{{ .Content }}</main>\n");
        site.Write("layouts/_default/list.html", "<main data-file=\"{{ with .File }}{{ .Path }}{{ end }}\">{{ .Content }}</main>\n");

        var (exit, log) = ExternalTool.Run(hugo!, site.Path, "--destination", "public", "--buildDrafts", "--buildFuture", "--buildExpired");
        var errors = log.Split('\n').Where(l => l.Contains("ERROR", StringComparison.Ordinal)).ToList();
        Assert.True(exit == 0 && errors.Count == 0, $"hugo exit {exit}:\n{string.Join('\n', log.Split('\n').Take(60))}");

        var missing = new List<string>();
        var planned = plan.Documents.Where(p => written.Any(w => w.Output == p.OutputPath)).ToList();
        // A site with a base URL per language publishes each language in its own folder.
        string Public(PlannedDocument p) => cds ? site.Combine("public", p.Lang!) : site.Combine("public");
        string BaseUrl(PlannedDocument p) => cds ? options.Site!.Language(p.Lang)!.BaseUrl!.TrimEnd('/') : "https://example.gc.ca";
        string FileOf(PlannedDocument p) => cds ? "blog/posts/" + p.OutputPath[(p.Lang!.Length + 1)..] : p.OutputPath;
        foreach (var p in planned)
        {
            string page = Path.Combine(Public(p), Uri.UnescapeDataString(p.Url).TrimStart('/'), "index.html");
            if (!File.Exists(page))
            {
                missing.Add($"{p.OutputPath}: no page at {p.Url}");
                continue;
            }

            string html = File.ReadAllText(page);
            if (!System.Net.WebUtility.HtmlDecode(html).Contains($"data-file=\"{FileOf(p)}\"", StringComparison.Ordinal))
            {
                missing.Add($"{p.OutputPath}: the page at {p.Url} was built from another file ({html[..Math.Min(120, html.Length)]})");
            }
        }

        Assert.True(missing.Count == 0, string.Join('\n', missing.Take(30)));
        Assert.Equal(planned.Count, planned.Select(p => HugoUrls.Key(p.Host + p.Url)).Distinct().Count());

        var badAliases = new List<string>();
        foreach (var p in planned.Where(p => p.Alias is not null))
        {
            // An alias ending in .html is the file itself (/1.html); any other is a folder's index.html.
            string redirect = p.Alias!.EndsWith(".html", StringComparison.OrdinalIgnoreCase)
                ? Path.Combine(Public(p), p.Alias.Trim('/'))
                : Path.Combine(Public(p), p.Alias.Trim('/'), "index.html");
            string? html = File.Exists(redirect) ? File.ReadAllText(redirect) : null;
            // Hugo writes the target percent-encoded (/post/%E5%85%B3%E4%BA%8E/).
            if (html is null || !Uri.UnescapeDataString(html).Contains("href=\"" + BaseUrl(p) + p.Url + "\"", StringComparison.Ordinal))
            {
                badAliases.Add($"{p.OutputPath}: alias {p.Alias} {(html is null ? "not written" : "does not redirect to " + p.Url)}");
            }
        }

        Assert.True(badAliases.Count == 0, string.Join('\n', badAliases.Take(30)));

        var diagnostics = result.Documents.SelectMany(d => d.Diagnostics).ToList();
        int rewritten = diagnostics.Count(d => d.Code == DiagnosticCodes.LinkRewritten.Code);
        int unresolved = diagnostics.Count(d => d.Code == DiagnosticCodes.LinkUnresolved.Code);
        output.WriteLine($"{corpus}: {written.Count} documents, {planned.Count} pages, links rewritten {rewritten}, unresolved {unresolved}, "
            + $"clashes resolved {plan.ClashesResolved}, aliases written {plan.Aliases}, aliases not kept {diagnostics.Count(d => d.Code == DiagnosticCodes.AliasNotKept.Code)}");
    }
}
