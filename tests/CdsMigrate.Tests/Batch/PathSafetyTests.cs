using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Tests.Batch;

public sealed class PathSafetyTests
{
    [Theory]
    [InlineData("hello-world", "hello-world")]
    [InlineData("a: b? c*", "a- b- c")]
    [InlineData("quote\"<x>|y", "quote-x-y")]
    [InlineData("ends with dots...", "ends with dots")]
    [InlineData("trailing space ", "trailing space")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("com1", "_com1")]
    [InlineData("..", "untitled")]
    [InlineData(".", "untitled")]
    [InlineData("", "untitled")]
    [InlineData("a/b\\c", "a-b-c")]
    [InlineData("l’été", "l’été")]
    public void Sanitize_makes_names_safe_everywhere(string input, string expected) =>
        Assert.Equal(expected, PathSegmentSanitizer.Sanitize(input));

    [Fact]
    public void Long_names_are_bounded_and_stay_distinct()
    {
        string a = PathSegmentSanitizer.Sanitize(new string('é', 300) + "a");
        string b = PathSegmentSanitizer.Sanitize(new string('é', 300) + "b");
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(a) <= PathSegmentSanitizer.MaxBytes);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Allocator_numbers_duplicates_case_insensitively_and_numbers_bundles_on_their_folder()
    {
        var allocator = new OutputPathAllocator();
        Assert.Equal("post/a.md", allocator.Allocate("post/a.md"));
        Assert.Equal("post/A-2.md", allocator.Allocate("post/A.md"));
        Assert.Equal("post/a-3.md", allocator.Allocate("post/a.md"));
        Assert.Equal("post/x/index.md", allocator.Allocate("post/x/index.md"));
        Assert.Equal("post/x-2/index.md", allocator.Allocate("post/x/index.md"));
    }

    [Fact]
    public void Layout_expands_tokens_and_never_lets_a_slug_make_folders()
    {
        var item = new ContentItem
        {
            SourcePath = "x.xml", Type = "post", Status = "publish", Slug = "../../etc/passwd", Id = 7, Lang = "fr",
            Date = new WordPressDate(new DateTime(2024, 3, 1, 22, 30, 0), TimeSpan.FromHours(-5)), Html = "",
        };
        Assert.Equal("fr/post/etc-passwd.md", OutputLayout.PathFor(item, null));
        Assert.Equal("2024/03/01/etc-passwd-7/index.md", OutputLayout.PathFor(item, "{yyyy}/{MM}/{dd}/{slug}-{id}/index.md"));
        Assert.Equal("post/_CON.md", OutputLayout.PathFor(item with { Slug = "CON", Lang = null }, null));
    }

    [Theory]
    [InlineData("{type}/{slug}.md", true)]
    [InlineData("{type}/{title}.md", false)]
    [InlineData("{type}/index.md", false)]
    public void Layout_validation(string layout, bool valid) =>
        Assert.Equal(valid, OutputLayout.Validate(layout) is null);

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><rss>", nameof(InputKind.Xml))]
    [InlineData("\uFEFF  <rss version=\"2.0\">", nameof(InputKind.Xml))]
    [InlineData("<!DOCTYPE lolz [", nameof(InputKind.Xml))]
    [InlineData("<!DOCTYPE html><p>x</p>", nameof(InputKind.PostFile))]
    [InlineData("[\n  {\"id\": 1}]", nameof(InputKind.Json))]
    [InlineData("{\"id\": 1}", nameof(InputKind.Json))]
    [InlineData("[caption id=\"x\"]<img>[/caption]", nameof(InputKind.PostFile))]
    [InlineData("---\ntitle: x\n---\n<p>x</p>", nameof(InputKind.PostFile))]
    [InlineData("<p>Hello</p>", nameof(InputKind.PostFile))]
    public void Sniffer_tells_inputs_apart_by_content(string head, string kind) =>
        // The kind by name: InputKind is internal, and a public test method cannot take it.
        Assert.Equal(Enum.Parse<InputKind>(kind), InputSniffer.Detect(System.Text.Encoding.UTF8.GetBytes(head)));
}
