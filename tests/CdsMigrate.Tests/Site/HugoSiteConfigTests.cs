using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Site;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Site;

/// <summary>Issue 12, point 6: <c>--site</c> reads the Hugo config in any of its formats, and the run warns once when the output needs a setting the site lacks.</summary>
public sealed class HugoSiteConfigTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("hugo.toml", """
        baseURL = "https://digital.canada.ca/"
        [languages.en]
        baseURL = "https://digital.canada.ca/"
        [languages.en.permalinks]
        blog = "/:year/:month/:day/:filename"
        [languages.fr]
        baseURL = "https://numerique.canada.ca/"
        [languages.fr.permalinks]
        blog = "/:year/:month/:day/:filename"
        [markup.goldmark.renderer]
        unsafe = true
        """)]
    [InlineData("config.yaml", """
        baseurl: https://digital.canada.ca/
        Languages:
          en: {baseURL: "https://digital.canada.ca/", permalinks: {blog: "/:year/:month/:day/:filename"}}
          fr: {baseURL: "https://numerique.canada.ca/", permalinks: {blog: "/:year/:month/:day/:filename"}}
        markup: {goldmark: {renderer: {unsafe: true}}}
        """)]
    [InlineData("hugo.json", """
        {"baseURL": "https://digital.canada.ca/",
         "languages": {"en": {"baseURL": "https://digital.canada.ca/", "permalinks": {"blog": "/:year/:month/:day/:filename"}},
                       "fr": {"baseURL": "https://numerique.canada.ca/", "permalinks": {"blog": "/:year/:month/:day/:filename"}}},
         "markup": {"goldmark": {"renderer": {"unsafe": true}}}}
        """)]
    public void Reads_languages_permalinks_and_goldmark_from_toml_yaml_and_json(string name, string text)
    {
        _temp.Write(name, text);
        var (config, problem) = HugoSiteConfigReader.Read(_temp.Path);
        Assert.Null(problem);
        Assert.Equal(["en", "fr"], config!.Languages.Select(l => l.Code));
        Assert.Equal("https://numerique.canada.ca/", config.Language("fr")!.BaseUrl);
        Assert.Equal("/:year/:month/:day/:filename", config.Language("fr")!.Permalinks["blog"]);
        Assert.True(config.GoldmarkUnsafe);
    }

    [Fact]
    public void A_folder_without_a_config_is_a_diagnostic()
    {
        var (config, problem) = HugoSiteConfigReader.Read(_temp.Path);
        Assert.Null(config);
        Assert.Equal(DiagnosticCodes.SiteConfigUnreadable.Code, problem!.Code);
    }

    [Fact]
    public void Raw_html_in_the_output_without_goldmark_unsafe_is_one_warning_for_the_run()
    {
        _temp.Write("site/hugo.toml", "baseURL = \"https://example.gc.ca/\"\n");
        for (int i = 0; i < 3; i++)
        {
            _temp.Write($"posts/p{i}.md", "---\ntitle: P\n---\n\n<details><summary>More</summary><p>Hidden.</p></details>\n");
        }

        var runner = new MigrationRunner(new MigrationOptions
        {
            Conversion = ConversionOptions.Default with { Flavor = MarkdownFlavor.Hugo },
            OutputDirectory = _temp.Combine("out"),
            Site = HugoSiteConfigReader.Read(_temp.Combine("site")).Config,
        });
        var result = runner.Run(InputDiscovery.Expand([_temp.Combine("posts")], out _));

        var warning = Assert.Single(result.Documents.SelectMany(d => d.Diagnostics), d => d.Code == DiagnosticCodes.SiteSettingMissing.Code);
        Assert.Contains("markup.goldmark.renderer.unsafe", warning.Message, StringComparison.Ordinal);
        Assert.Equal(result.Documents[0].Source, warning.File);
    }
}
