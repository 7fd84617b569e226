using System.Text;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Site;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Site;

/// <summary>Issue 12, point 3: every item its own URL as Hugo computes it, every old URL kept, the page hierarchy kept.</summary>
public sealed class SitePlanTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("b: x & y’s  z", "b-x-ys-z")]
    [InlineData("Été Ça", "Été-Ça")]
    [InlineData("progress-&amp;-plans:-2025", "progress-amp-plans-2025")]
    [InlineData("1/3 – co-creating", "1/3-co-creating")]
    [InlineData("【音mad】無料", "音mad無料")]
    [InlineData("a%20b%zz", "a%20bzz")]
    // Plain ASCII paths take a shortcut (issue 11): kept whole, and anything else still goes the long way.
    [InlineData("/en/blog/posts/a_b.c-d#e+f~g@h/", "/en/blog/posts/a_b.c-d#e+f~g@h/")]
    [InlineData("Plain-ASCII_path", "Plain-ASCII_path")]
    [InlineData("plain ascii?path", "plain-asciipath")]
    [InlineData("50%", "50")]
    public void Sanitize_is_hugos_path_sanitiser(string input, string expected) =>
        // Cases checked against Hugo 0.111's output (the b: x & y’s z page was built to /b-x-ys-z/).
        Assert.Equal(expected, HugoUrls.Sanitize(input));

    [Theory]
    [InlineData("en/post/a.md", "Été-Ça", "/en/post/été-ça/")]
    [InlineData("en/post/a.md", null, "/en/post/a/")]
    [InlineData("page/benefits/overview/index.md", null, "/page/benefits/overview/")]
    [InlineData("page/benefits/overview/index.md", "aperçu", "/page/benefits/aperçu/")]
    [InlineData("post/_index.md", "x", "/post/")]
    public void Page_url_is_the_url_hugo_gives_the_file(string path, string? slug, string expected) =>
        Assert.Equal(expected, HugoUrls.PageUrl(path, slug));

    [Fact]
    public void Composition_table_agrees_with_icu_nfc()
    {
        // The tool runs with invariant globalization; the tests run with ICU, which is the reference here.
        int checkedLetters = 0;
        foreach (var (lo, hi) in new[] { (0xC0, 0x24F), (0x370, 0x4FF), (0x1E00, 0x1FFF) })
        {
            for (int c = lo; c <= hi; c++)
            {
                string composed = ((char)c).ToString();
                if (composed.Normalize(NormalizationForm.FormC) != composed)
                {
                    continue;
                }

                string decomposed = composed.Normalize(NormalizationForm.FormD);
                Assert.Equal(composed, UnicodeComposition.Compose(decomposed));
                checkedLetters++;
            }
        }

        Assert.True(checkedLetters > 700);
        Assert.Equal("aperçu été", UnicodeComposition.Compose("aperc\u0327u e\u0301te\u0301"));
    }

    /// <summary>Benefits and Grants, each with a child page whose slug is "overview".</summary>
    private string TwoOverviewPagesUnderDifferentParents() => new WxrBuilder()
        .Item(1, "Benefits", "benefits", type: "page", link: "https://example.org/benefits/")
        .Item(2, "Grants", "grants", type: "page", link: "https://example.org/grants/")
        .Item(3, "Overview", "overview", type: "page", link: "https://example.org/benefits/overview/", parent: 1)
        .Item(4, "Overview", "overview", type: "page", link: "https://example.org/grants/overview/", parent: 2)
        .Write(_temp);

    [Fact]
    public void Pages_sharing_a_slug_under_different_parents_get_their_own_urls_and_keep_their_old_ones()
    {
        string wxr = TwoOverviewPagesUnderDifferentParents();
        var (plan, result) = Run([wxr]);

        var overview = plan.Documents.Where(d => d.Id is 3 or 4).ToList();
        Assert.Equal(["page/overview.md", "page/overview-2.md"], overview.Select(d => d.OutputPath));
        Assert.Equal(["/page/overview/", "/page/overview-2/"], overview.Select(d => d.Url));
        Assert.Equal(["/benefits/overview/", "/grants/overview/"], overview.Select(d => d.Alias));
        string second = File.ReadAllText(_temp.Combine("out", "page", "overview-2.md"));
        Assert.Contains("slug: overview-2\n", second, StringComparison.Ordinal);
        Assert.Contains("aliases: [\"/grants/overview/\"]\n", second, StringComparison.Ordinal);
        // Both would be page/overview.md: the path clash (CDS2019) is resolved with the slug.
        var clash = Assert.Single(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.DuplicateOutputPath.Code);
        Assert.Contains("page/overview-2.md", clash.Message, StringComparison.Ordinal);
        // CDS2050 says where the clash went; CDS2018 no longer leaves it to the user.
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.DuplicateSlug.Code);
    }

    [Fact]
    public void Path_token_keeps_the_page_hierarchy()
    {
        string wxr = TwoOverviewPagesUnderDifferentParents();
        var (plan, result) = Run([wxr], new SourceOptions { Layout = "{path}.md" });

        var overview = plan.Documents.Where(d => d.Id is 3 or 4).ToList();
        Assert.Equal(["benefits/overview.md", "grants/overview.md"], overview.Select(d => d.OutputPath));
        // The new URL is the old one: no alias, no clash.
        Assert.All(plan.Documents, d => Assert.Null(d.Alias));
        Assert.DoesNotContain(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.UrlClashResolved.Code);
        Assert.DoesNotContain("aliases", File.ReadAllText(_temp.Combine("out", "grants", "overview.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Slugs_equal_but_for_case_or_unicode_form_are_one_url_to_hugo()
    {
        string wxr = new WxrBuilder()
            .Item(1, "Hello", "hello")
            .Item(2, "Hello 2", "hello-2")
            .Item(3, "HELLO", "HELLO")
            .Item(4, "Été", "%C3%A9t%C3%A9")
            .Item(5, "Été NFD", "e%CC%81te%CC%81")
            .Write(_temp);
        var (plan, result) = Run([wxr], new SourceOptions { Layout = "{type}/{id}.md" });

        // The files (post/3.md, post/5.md) do not clash; the URLs do: CDS2050.
        Assert.Equal(2, result.Documents.SelectMany(d => d.Diagnostics).Count(d => d.Code == DiagnosticCodes.UrlClashResolved.Code));
        var urls = plan.Documents.Select(d => HugoUrls.Key(d.Url)).ToList();
        Assert.Equal(urls.Count, urls.Distinct().Count());
        Assert.Equal("/post/hello-3/", plan.Documents.Single(d => d.Id == 3).Url);
        var nfd = plan.Documents.Single(d => d.Id == 5);
        Assert.True(nfd.SlugChanged);
        Assert.EndsWith("-2/", nfd.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_url_that_is_another_pages_new_url_is_not_an_alias()
    {
        // Item 2's old permalink /post/a/ is where item 1 now lives: a redirect there would replace the page.
        string wxr = new WxrBuilder()
            .Item(1, "A", "a", link: "https://example.org/2020/01/01/a/")
            .Item(2, "B", "b", link: "https://example.org/post/a/")
            .Write(_temp);
        var (plan, result) = Run([wxr]);

        Assert.Null(plan.Documents.Single(d => d.Id == 2).Alias);
        Assert.Contains(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.AliasNotKept.Code);
    }

    [Fact]
    public void Path_and_alias_findings_point_at_their_items_tag()
    {
        // Issue 11 (s5pos): CDS2019 and CDS2051 said line 0 or column 0 of an export of thousands of lines.
        string wxr = new WxrBuilder()
            .Item(1, "A", "a", link: "https://example.org/2020/01/01/a/")
            .Item(2, "B", "b", link: "https://example.org/post/a/")
            .Item(3, "A again", "a", link: "https://example.org/2020/01/02/a/")
            .Write(_temp);
        // Indented as WordPress writes its items, so that column 1 is wrong.
        File.WriteAllText(wxr, File.ReadAllText(wxr).Replace("<item>", "  <item>", StringComparison.Ordinal));
        var (_, result) = Run([wxr]);

        var diagnostics = result.Documents.SelectMany(d => d.Diagnostics).ToList();
        var alias = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.AliasNotKept.Code);
        Assert.Equal(ItemTag(wxr, 2), (alias.Line, alias.Column));
        var clash = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.DuplicateOutputPath.Code);
        Assert.Equal(ItemTag(wxr, 3), (clash.Line, clash.Column));
    }

    /// <summary>The 1-based line and column of the <paramref name="n"/>th <c>&lt;item&gt;</c> tag of a file.</summary>
    private static (int Line, int Column) ItemTag(string path, int n)
    {
        var lines = File.ReadAllLines(path);
        var tags = lines.Select((text, i) => (Line: i + 1, Column: text.IndexOf("<item>", StringComparison.Ordinal) + 1)).Where(t => t.Column > 0).ToList();
        return tags[n - 1];
    }

    private (SitePlan Plan, MigrationResult Result) Run(IReadOnlyList<string> inputs, SourceOptions? sources = null, HugoSiteConfig? site = null, MarkdownFlavor flavor = MarkdownFlavor.Hugo)
    {
        var runner = new MigrationRunner(new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = flavor },
            Sources = sources ?? SourceOptions.Default,
            OutputDirectory = _temp.Combine("out"),
            Site = site,
            Force = true,
        });
        var result = runner.Run(InputDiscovery.Expand(inputs, out _));
        return (runner.Plan!, result);
    }
}
