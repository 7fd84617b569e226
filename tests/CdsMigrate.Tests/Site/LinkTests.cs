using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Site;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Site;

/// <summary>Issue 12, point 2: links between posts of a run point at the new files; links into the old site that match no post are warnings.</summary>
public sealed class LinkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Export() => new WxrBuilder()
        .Item(10, "Target", "target-post", link: "https://example.org/2020/05/13/target-post/", content: "<h2 id=\"details\">Details</h2><p>Here.</p>")
        .Item(11, "About", "about", type: "page", link: "https://example.org/about/")
        .Item(12, "Linking", "linking", link: "https://example.org/2021/01/02/linking/", content: """
            <p><a href="https://example.org/2020/05/13/target-post/#details">permalink with anchor</a>,
            <a href="/?p=10">by id</a>, <a href="https://example.org/?page_id=11">page by id</a>,
            <a href="//example.org/2020/05/13/target-post/">no scheme</a>, <a href="https://www.example.org/target-post/">by slug</a>,
            <a href="https://example.org/2019/01/01/gone/">gone</a>, <a href="https://example.org/wp-content/uploads/a.pdf">a file</a>,
            <a href="https://other.example/2020/05/13/target-post/">another site</a>.</p>
            """)
        .Write(_temp);

    [Fact]
    public void Links_to_posts_of_the_run_become_relrefs_in_hugo_and_old_site_links_that_match_nothing_are_warnings()
    {
        var result = Run(MarkdownFlavor.Hugo);
        string linking = File.ReadAllText(_temp.Combine("out", "post", "linking.md"));

        Assert.Contains("[permalink with anchor]({{< relref \"target-post.md#details\" >}})", linking, StringComparison.Ordinal);
        Assert.Contains("[by id]({{< relref \"target-post.md\" >}})", linking, StringComparison.Ordinal);
        Assert.Contains("[page by id]({{< relref \"../page/about.md\" >}})", linking, StringComparison.Ordinal);
        Assert.Contains("[no scheme]({{< relref \"target-post.md\" >}})", linking, StringComparison.Ordinal);
        Assert.Contains("[by slug]({{< relref \"target-post.md\" >}})", linking, StringComparison.Ordinal);
        Assert.Contains("[gone](https://example.org/2019/01/01/gone/)", linking, StringComparison.Ordinal);
        Assert.Contains("[a file](https://example.org/wp-content/uploads/a.pdf)", linking, StringComparison.Ordinal);
        Assert.Contains("[another site](https://other.example/2020/05/13/target-post/)", linking, StringComparison.Ordinal);

        var diagnostics = result.Documents.SelectMany(d => d.Diagnostics).ToList();
        Assert.Equal(5, diagnostics.Count(d => d.Code == DiagnosticCodes.LinkRewritten.Code));
        var unresolved = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.LinkUnresolved.Code);
        Assert.Contains("https://example.org/2019/01/01/gone/", unresolved.Message, StringComparison.Ordinal);
        // Located where the author wrote it: the item's content, in the export.
        Assert.True(unresolved.Line > 1, $"line {unresolved.Line}");
    }

    [Fact]
    public void Other_flavours_link_to_the_md_file_relative_to_the_linking_one()
    {
        Run(MarkdownFlavor.Gfm);
        string linking = File.ReadAllText(_temp.Combine("out", "post", "linking.md"));
        Assert.Contains("[permalink with anchor](target-post.md#details)", linking, StringComparison.Ordinal);
        Assert.Contains("[page by id](../page/about.md)", linking, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_keep_leaves_every_link_as_written()
    {
        var result = Run(MarkdownFlavor.Hugo, LinkPolicy.Keep);
        string linking = File.ReadAllText(_temp.Combine("out", "post", "linking.md"));
        Assert.DoesNotContain("relref", linking, StringComparison.Ordinal);
        Assert.Contains("[by id](/?p=10)", linking, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code is "CDS4050" or "CDS4051");
    }

    [Fact]
    public void Post_files_get_their_old_permalinks_from_the_site_config_in_both_languages()
    {
        // Modelled on the CDS site: /:year/:month/:day/:filename per language, one host per language.
        var config = WriteCdsSitePosts("later:-a-look-back.md", "?utm_source=x");
        var runner = new MigrationRunner(new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo },
            OutputDirectory = _temp.Combine("out"),
            Site = config,
        });
        var result = runner.Run(InputDiscovery.Expand([_temp.Combine("posts")], out _));

        var later = runner.Plan!.Documents.Single(d => d.OutputPath == "en/later:-a-look-back.md");
        Assert.Equal("/2022/04/05/later-a-look-back/", later.OldPath);
        Assert.Equal("https://digital.canada.ca/2022/04/05/later-a-look-back/", later.OldUrl);
        Assert.Null(later.Alias);
        string text = File.ReadAllText(_temp.Combine("out", "en", "later:-a-look-back.md"));
        Assert.Contains("[ours]({{< relref \"launching-a-service.md\" >}})", text, StringComparison.Ordinal);
        Assert.Contains("[theirs]({{< relref path=\"lancer-un-service.md\" lang=\"fr\" >}})", text, StringComparison.Ordinal);
        Assert.Contains("[jobs](https://digital.canada.ca/jobs/)", text, StringComparison.Ordinal);
        Assert.Single(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.LinkUnresolved.Code);
        // Post files keep their front matter: nothing was added, since their URL did not change.
        Assert.StartsWith("---\ntitle: Later\ndate: '2022-04-05T10:00:00'\n---\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_without_its_planning_details_resolves_the_same_links_and_counts_the_same()
    {
        // Issue 11: the command line lets go of each document's URLs once planned; links by old URL, by host (the
        // other language's) and by ?p=ID must resolve as with the whole plan, and the closing counts stay.
        var config = WriteCdsSitePosts("later.md", "");
        (MigrationResult Result, SitePlan Plan) Run(bool keep, string output)
        {
            var runner = new MigrationRunner(new MigrationOptions
            {
                Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo },
                OutputDirectory = _temp.Combine(output),
                Site = config,
                KeepPlanDetails = keep,
            });
            return (runner.Run(InputDiscovery.Expand([_temp.Combine("posts")], out _)), runner.Plan!);
        }

        var (whole, wholePlan) = Run(keep: true, "whole");
        var (forgot, forgotPlan) = Run(keep: false, "forgot");

        Assert.Equal(whole.Site, forgot.Site);
        Assert.Equal(2, forgot.Site!.LinksRewritten);
        Assert.Equal(1, forgot.Site.LinksUnresolved);
        foreach (string file in new[] { "en/later.md", "en/launching-a-service.md", "fr/lancer-un-service.md" })
        {
            Assert.Equal(File.ReadAllText(_temp.Combine("whole", file)), File.ReadAllText(_temp.Combine("forgot", file)));
        }

        Assert.Contains(wholePlan.Documents, d => d.Url.Length > 0);
        Assert.All(forgotPlan.Documents, d => Assert.Equal("", d.Url));
        Assert.Equal(wholePlan.Documents.Select(d => d.OldHost), forgotPlan.Documents.Select(d => d.OldHost));
    }

    [Fact]
    public void Relref_to_a_file_whose_name_has_a_colon_is_not_read_as_a_scheme()
    {
        string from = "en/a.md";
        Assert.Equal("../page/b.md", LinkResolver.RelativePath("en/post/a.md", "en/page/b.md"));
        Assert.Equal("b:c.md", LinkResolver.RelativePath(from, "en/b:c.md"));
        var plan = new SitePlan([
            new PlannedDocument { Index = 0, SourcePath = "a", OutputPath = from, Url = "/a/", OldUrl = "https://x.org/a/", OldPath = "/a/" },
            new PlannedDocument { Index = 1, SourcePath = "b", OutputPath = "en/b:c.md", Url = "/bc/", OldUrl = "https://x.org/b/", OldPath = "/b/" },
        ], null);
        var resolution = new LinkResolver(plan, MarkdownFlavor.Hugo).Resolve("https://x.org/b/", plan.Documents[0]);
        Assert.Equal("{{< relref \"./b:c.md\" >}}", resolution.NewUrl);
    }

    /// <summary>
    /// Issue 11: a document is scanned for links only when one of its URLs can be one the resolver acts on. Each
    /// document here holds such a link (the resolver resolves or flags it), written in a way the quick test must see.
    /// </summary>
    [Theory]
    [InlineData("[a](/b/)")]
    [InlineData("[a](  /b/)")]
    [InlineData("[a](\n/b/)")]
    [InlineData("[a](</b/>)")]
    [InlineData("[a][r]\n\n[r]: /b/")]
    [InlineData("[a][r]\n\n[r]:/b/")]
    [InlineData("<a href=\"/b/\">a</a>")]
    [InlineData("<a href='/b/'>a</a>")]
    [InlineData("<a href=/b/>a</a>")]
    [InlineData("<a href = \"/b/\">a</a>")]
    [InlineData("[a](\\/b/)")]
    [InlineData("[a](&#47;b/)")]
    [InlineData("<a href=\"&#x2F;b/\">a</a>")]
    [InlineData("[a](https://X.ORG/b/)")]
    [InlineData("<https://x.org/gone/>")]
    [InlineData("See https://www.x.org/b/ now.")]
    [InlineData("[a](//x.org/b/)")]
    [InlineData("[a](&sol;b/)")]
    [InlineData("[a][r]\n\n[r]: </b/>")]
    public void A_document_with_a_link_the_resolver_acts_on_is_scanned(string body)
    {
        var (stage, resolver, from) = StageForXOrg();
        string markdown = "---\ntitle: A\n---\n" + body + "\n";
        var acted = Core.Rewriting.MarkdownReferenceRewriter.Find(markdown)
            .Where(r => r.Kind is not (Core.Rewriting.ReferenceKind.Image or Core.Rewriting.ReferenceKind.FrontMatterField))
            .Count(r => resolver.Resolve(r.Url, from).Outcome != LinkOutcome.NotOldSite);
        Assert.True(acted > 0, "the resolver acts on no link of this document: the case tests nothing");
        Assert.True(stage.MayHoldSiteLink(markdown));
    }

    [Theory]
    [InlineData("Plain text, 50 km/h, and/or a fraction 1/2.")]
    [InlineData("[a](https://other.org/x/y/) and <https://other.org/z/>")]
    [InlineData("![an image](images/a.png) and [relative](b/c/)")]
    [InlineData("<p>Raw <span>HTML</span> and <a href=\"https://other.org/?a=1&utm_medium=x\">a link</a></p>")]
    [InlineData("`[a](/b/)` is code?")]
    public void A_document_without_a_url_the_resolver_could_act_on_is_not_scanned(string body)
    {
        var (stage, _, _) = StageForXOrg();
        string markdown = "---\ntitle: A\nurl: /a/\n---\n" + body + "\n";
        // Code spans are not told apart (the quick test does not parse): that one is scanned, to no effect.
        Assert.Equal(body.StartsWith('`'), stage.MayHoldSiteLink(markdown));
    }

    private static (LinkStage Stage, LinkResolver Resolver, PlannedDocument From) StageForXOrg()
    {
        var plan = new SitePlan([
            new PlannedDocument { Index = 0, SourcePath = "a", OutputPath = "en/a.md", Url = "/a/", OldUrl = "https://x.org/a/", OldPath = "/a/", IsExport = true },
            new PlannedDocument { Index = 1, SourcePath = "a", OutputPath = "en/b.md", Url = "/b/", OldUrl = "https://x.org/b/", OldPath = "/b/", IsExport = true },
        ], null);
        var resolver = new LinkResolver(plan, MarkdownFlavor.Gfm);
        return (new LinkStage(resolver, MarkdownFlavor.Gfm), resolver, plan.Documents[0]);
    }

    /// <summary>
    /// Writes three posts modelled on the CDS site (/:year/:month/:day/:filename per language, one host per language):
    /// one in each language from 2020, and a later English one, <paramref name="laterName"/>, linking to both by their
    /// old URLs (the English one with <paramref name="query"/> appended) and to a page of the old site that is not in
    /// the run. Returns the site's config.
    /// </summary>
    private HugoSiteConfig WriteCdsSitePosts(string laterName, string query)
    {
        _temp.Write("posts/en/launching-a-service.md", "---\ntitle: Launching\ndate: '2020-06-17T10:00:00'\n---\n\n<p>Launched.</p>\n");
        _temp.Write("posts/fr/lancer-un-service.md", "---\ntitle: Lancer\ndate: '2020-06-17T10:00:00'\n---\n\n<p>Lancé.</p>\n");
        _temp.Write("posts/en/" + laterName, $"""
            ---
            title: Later
            date: '2022-04-05T10:00:00'
            ---

            <p><a href="https://digital.canada.ca/2020/06/17/launching-a-service/{query}">ours</a>,
            <a href="https://numerique.canada.ca/2020/06/17/lancer-un-service/">theirs</a>,
            <a href="https://digital.canada.ca/jobs/">jobs</a>.</p>
            """);
        return HugoSiteConfigReader.Read(Path.Combine(AppContext.BaseDirectory, "Site", "CdsSite")).Config!;
    }

    private MigrationResult Run(MarkdownFlavor flavor, LinkPolicy links = LinkPolicy.Rewrite)
    {
        string wxr = Export();
        var runner = new MigrationRunner(new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = flavor },
            OutputDirectory = _temp.Combine("out"),
            Links = links,
            Force = true,
        });
        return runner.Run(InputDiscovery.Expand([wxr], out _));
    }
}

/// <summary>The command line of issue 12's link and site options.</summary>
public sealed class SiteOptionCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_site_folder_without_a_config_is_a_usage_error()
    {
        _temp.Write("posts/a.md", "---\ntitle: A\n---\n\n<p>A.</p>\n");
        Directory.CreateDirectory(_temp.Combine("site"));
        var run = Cli.CliRun.Of("convert", _temp.Combine("posts"), "--out", _temp.Combine("out"), "--site", _temp.Combine("site"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--site", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_temp.Combine("out")) && Directory.EnumerateFileSystemEntries(_temp.Combine("out")).Any());
    }

    [Fact]
    public void Links_keep_and_a_readable_site_are_accepted_and_check_reports_unresolved_links()
    {
        _temp.Write("site/hugo.toml", "baseURL = \"https://digital.canada.ca/\"\n[permalinks]\nblog = \"/:year/:month/:day/:filename\"\n[markup.goldmark.renderer]\nunsafe = true\n");
        _temp.Write("posts/en/a.md", "---\ntitle: A\ndate: '2020-01-02'\n---\n\n<p><a href=\"https://digital.canada.ca/2019/01/01/gone/\">gone</a></p>\n");
        var keep = Cli.CliRun.Of("check", _temp.Combine("posts"), "--site", _temp.Combine("site"), "--links", "keep", "--fail-on", "warning");
        Assert.Equal(0, keep.ExitCode);
        var rewrite = Cli.CliRun.Of("check", _temp.Combine("posts"), "--site", _temp.Combine("site"), "--fail-on", "warning");
        Assert.Equal(1, rewrite.ExitCode);
        Assert.Contains("CDS4050", rewrite.Stderr, StringComparison.Ordinal);
        Assert.Contains("cdsmigrate: URLs: 0 clash(es) resolved, 0 old URL(s) kept as aliases; links between posts: 0 rewritten, 1 into the old site unresolved.", rewrite.Stderr, StringComparison.Ordinal);
        Assert.Contains("links between posts kept as written (--links keep)", keep.Stderr, StringComparison.Ordinal);
    }
}

/// <summary>Root-relative links of a post file belong to its own site: resolved when they name a post, never a warning otherwise.</summary>
public sealed class PostFileRootRelativeLinkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_root_relative_link_that_names_no_post_is_left_without_a_warning()
    {
        _temp.Write("posts/en/a.md", "---\ntitle: A\n---\n\n<p><a href=\"/about/\">about</a> <a href=\"/en/b/\">b</a> <a href=\"/tags/b/\">tag b</a></p>\n");
        _temp.Write("posts/en/b.md", "---\ntitle: B\n---\n\n<p>B.</p>\n");
        var result = new MigrationRunner(new MigrationOptions { Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo }, OutputDirectory = _temp.Combine("out") })
            .Run(InputDiscovery.Expand([_temp.Combine("posts")], out _));
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.LinkUnresolved.Code);
        string a = File.ReadAllText(_temp.Combine("out", "en", "a.md"));
        Assert.Contains("[about](/about/)", a, StringComparison.Ordinal);
        Assert.Contains("[b]({{< relref \"b.md\" >}})", a, StringComparison.Ordinal);
        // A tag page is not the post whose slug it shares.
        Assert.Contains("[tag b](/tags/b/)", a, StringComparison.Ordinal);
    }
}
