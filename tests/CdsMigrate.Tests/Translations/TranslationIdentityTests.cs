using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;

namespace CdsMigrate.Tests.Translations;

public sealed class TranslationIdentityTests
{
    private static SourceDocument Doc(string path, params (string Key, string Value)[] frontMatter) => new()
    {
        SourcePath = path,
        OutputPath = "x.md",
        Html = "",
        FrontMatter = new FrontMatterMapping(frontMatter.Select(f => new KeyValuePair<string, FrontMatterValue>(f.Key, FrontMatterScalar.String(f.Value))).ToList()),
    };

    [Theory]
    [InlineData("content/fr/blog/posts/a.md", "fr")] // the CDS site's folders
    [InlineData("corpus/cds/en/a.md", "en")]
    [InlineData("posts/a.fr.md", "fr")] // Hugo's file-name suffix
    [InlineData("posts/en/what-we-heard-on-canada.ca.md", "en")] // a domain in the name is not Catalan when a folder says
    [InlineData("posts/a.md", null)]
    [InlineData("posts/wp/a.md", null)] // not a language code
    public void Language_comes_from_a_folder_or_a_suffix(string path, string? lang) =>
        Assert.Equal(lang, TranslationIdentity.FromPath(path));

    [Fact]
    public void Front_matter_language_and_key_come_first()
    {
        var (lang, key) = TranslationIdentity.Of(Doc("content/en/a.md", ("lang", "FR"), ("translationKey", " k ")));
        Assert.Equal("fr", lang);
        Assert.Equal("k", key);
    }

    [Fact]
    public void A_reader_given_language_and_key_win()
    {
        var (lang, key) = TranslationIdentity.Of(Doc("export.xml", ("translationKey", "other")) with { Lang = "en", TranslationKey = "slug" });
        Assert.Equal(("en", "slug"), (lang, key));
    }
}
