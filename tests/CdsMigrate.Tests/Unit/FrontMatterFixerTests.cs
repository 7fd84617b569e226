using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// Issue 9, point 5: a post file's front matter is written back as it was, line for line; only the values that
/// need a fix change (HTML entities, empty list items), each as an edit of its own span with a diagnostic.
/// </summary>
public sealed class FrontMatterFixerTests
{
    [Theory]
    [InlineData("title: 'Tips &amp; tricks'\n", "title: 'Tips & tricks'\n")]
    [InlineData("title: Tips &amp; tricks   # a comment\n", "title: Tips & tricks   # a comment\n")]
    [InlineData("title: \"Say &quot;hi&quot; \\\\o/\"\n", "title: \"Say \\\"hi\\\" \\\\o/\"\n")]
    [InlineData("title: 'It&#39;s &rsquo;'\n", "title: 'It''s ’'\n")]
    [InlineData("description: >-\n  Caf&eacute; &amp; more\n  on a second line\n", "description: >-\n  Café & more\n  on a second line\n")]
    [InlineData("title: |\n  a&nbsp;b\n", "title: |\n  a\u00a0b\n")]
    [InlineData("title: A &#58; b\n", "title: 'A : b'\n")]
    [InlineData("title: Issue &#35;1\n", "title: 'Issue #1'\n")]
    [InlineData("tags: [\"\"]\n", "tags: []\n")]
    [InlineData("tags: [ '' , \"\" ]\n", "tags: []\n")]
    [InlineData("tags: [  # none yet\n  \"\",\n  ''\n]\nnext: 1\n", "tags: []\nnext: 1\n")]
    [InlineData("tags: !!seq [\"\"]\ncategories: [\"\"]\n", "tags: []\ncategories: []\n")]
    [InlineData("wp: {tags: [\"\"], n: 1}\n", "wp: {tags: [], n: 1}\n")]
    [InlineData("tags: [\"\", \"a\", \"\"]\n", "tags: [\"a\"]\n")]
    [InlineData("tags: [\"a\",\"\",\"b\"]\n", "tags: [\"a\",\"b\"]\n")]
    [InlineData("tags: [Q&amp;A, b]\n", "tags: [Q&A, b]\n")]
    [InlineData("tags: [a&#44;b]\n", "tags: [\"a,b\"]\n")]
    [InlineData("tags:\n  - \"\"\n  - a\n  - ''   # blank\nnext: 1\n", "tags:\n  - a\nnext: 1\n")]
    [InlineData("tags:\n  - \"\"\n  - ''\nnext: 1\n", "tags: []\nnext: 1\n")]
    [InlineData("wp:\n  title: 'x &amp; y'\n  tags: [\"\"]\n", "wp:\n  title: 'x & y'\n  tags: []\n")]
    [InlineData("# kept\ntitle: x &amp; y\n\n\nauthor:   'z'  \n", "# kept\ntitle: x & y\n\n\nauthor:   'z'  \n")]
    public void Only_the_span_of_a_value_that_needs_a_fix_changes(string yaml, string expected)
    {
        var result = FrontMatterFixer.Find(yaml);

        Assert.Null(result.KeptBecause);
        Assert.Equal(expected, FrontMatterFixer.Apply(yaml, result.Edits));
        // Read literally, the fixed text holds the values the parser gives consumers.
        Assert.Equal(FrontMatterParser.Parse(yaml).Value!, FrontMatterParser.Parse(expected, decodeEntities: false).Value!, FrontMatterComparer.Instance);
    }

    [Theory]
    [InlineData("title: 'Q&A'\nlayout: blog\n")]
    [InlineData("a&amp;b: keys are not values\n")]
    [InlineData("title: '&unknown; stays'\ndate: 2025-07-22\ndraft: false\n")]
    [InlineData("description: >-\n  folded\n  text\ntags: [\"a\", \"b\"]\nempty: ''\nnothing:\n")]
    public void Front_matter_without_anything_to_fix_is_not_touched(string yaml)
    {
        var result = FrontMatterFixer.Find(yaml);
        Assert.Empty(result.Edits);
        Assert.Null(result.KeptBecause);
    }

    [Fact]
    public void A_list_emptied_whole_does_not_spare_the_rest_of_the_front_matter_its_check()
    {
        // Issue 11: "tags: [\"\"]" made "tags: []" is not checked by parsing again; with an '&' anywhere it still is.
        // Here the parser decodes an entity no edit covers (seven hex digits): fixing would change that value.
        var result = FrontMatterFixer.Find("tags: [\"\"]\ntitle: '&#x0000041;'\n");

        Assert.Empty(result.Edits);
        Assert.Equal("fixing it in place would change other values", result.KeptBecause);
    }

    [Fact]
    public void A_fix_that_cannot_be_made_in_place_keeps_everything_as_written_and_says_why()
    {
        // '#' after a space would start a comment in a plain value, and this one spans two lines.
        var result = FrontMatterFixer.Find("description: first line\n  then &#35;hash &amp; more\n");
        Assert.Empty(result.Edits);
        Assert.NotNull(result.KeptBecause);
    }

    [Fact]
    public void Each_fix_is_an_info_diagnostic_at_its_line_and_column_in_the_file()
    {
        const string post = "---\ntitle: x\ndescription: 'a &amp; b'\ntags: [\"\"]\n---\n<p>Body.</p>\n";
        var document = PostFileReader.ReadText(post, "post.md", "post.md").Documents[0];

        var entity = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterEntityDecoded.Code);
        Assert.Equal((3, 17), (entity.Line, entity.Column));
        Assert.Equal(Severity.Info, entity.Severity);
        var empty = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterEmptyItemRemoved.Code);
        Assert.Equal((4, 8), (empty.Line, empty.Column));
    }

    [Fact]
    public void A_converted_post_keeps_its_front_matter_line_for_line()
    {
        const string frontMatter = "---\n# Written by hand\nlayout: blog\ntitle: 'Tips &amp; tricks'\ndescription: >-\n  A long description,\n  folded.\n\nauthor: \"Jane\"   # editor\ndate: '2025-07-22T10:16:05'\ntags: [\"\"]\ncategories:\n  - Design\n  - ''\n...\n";
        var document = PostFileReader.ReadText(frontMatter + "\n<p>Body.</p>\n", "post.md", "post.md").Documents[0];

        string markdown = new DocumentConverter(ConversionOptions.Default).Convert(document).Markdown!;

        Assert.Equal(frontMatter.Replace("'Tips &amp; tricks'", "'Tips & tricks'", StringComparison.Ordinal)
            .Replace("tags: [\"\"]", "tags: []", StringComparison.Ordinal)
            .Replace("  - ''\n", "", StringComparison.Ordinal) + "\nBody.\n", markdown);
        Assert.Equal(FrontMatterScalar.String("Tips & tricks"), document.FrontMatter!["title"]);
    }
}
