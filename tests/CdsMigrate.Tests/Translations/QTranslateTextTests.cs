using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Translations;

public sealed class QTranslateTextTests
{
    [Fact]
    public void Comment_markers_split_by_language_and_shared_text_goes_to_both()
    {
        string text = "<!--:en--><p>Hello</p><!--:--><!--:fr--><p>Bonjour</p><!--:--><!--more--><!--:en--><p>Rest</p><!--:--><!--:fr--><p>Suite</p><!--:-->";
        Assert.Equal(["en", "fr"], QTranslateText.Languages(text));
        Assert.Equal("<p>Hello</p><!--more--><p>Rest</p>", QTranslateText.For(text, "en"));
        Assert.Equal("<p>Bonjour</p><!--more--><p>Suite</p>", QTranslateText.For(text, "fr"));
    }

    [Theory]
    [InlineData("[:en]Hello[:fr]Bonjour[:]", "Hello", "Bonjour")]
    [InlineData("{:en}Hello{:}{:fr}Bonjour{:}", "Hello", "Bonjour")]
    [InlineData("Common [:en]Hello[:fr]Bonjour[:] end", "Common Hello end", "Common Bonjour end")]
    public void Bracket_and_brace_markers_split_too(string text, string en, string fr)
    {
        Assert.Equal(en, QTranslateText.For(text, "en"));
        Assert.Equal(fr, QTranslateText.For(text, "fr"));
    }

    [Fact]
    public void Text_without_markers_is_unchanged_and_names_no_language()
    {
        Assert.False(QTranslateText.HasMarkers("<!-- a comment --> [shortcode] {json: 1}"));
        Assert.Empty(QTranslateText.Languages("<p>Plain</p>"));
        Assert.Equal("<p>Plain</p>", QTranslateText.For("<p>Plain</p>", "en"));
    }

    [Theory]
    [InlineData("<pre>tail = data[:nb]\nhead = data[:de]</pre>")] // no closing [:]: code, not languages
    [InlineData("[:xx]not a language[:]")]
    public void Look_alikes_are_not_markers(string text)
    {
        Assert.Empty(QTranslateText.Languages(text));
        Assert.Equal(text, QTranslateText.For(text, "en"));
    }

    [Fact]
    public void Regional_codes_are_lower_case_with_a_hyphen()
    {
        Assert.Equal(["pt-br", "en"], QTranslateText.Languages("[:pt_BR]Olá[:en]Hi[:]"));
        Assert.Equal("Olá", QTranslateText.For("[:pt_BR]Olá[:en]Hi[:]", "pt-br"));
    }
}
