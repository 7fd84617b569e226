using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Tests.Unit;

/// <summary>The block delimiter grammar: openers, closers, void blocks, namespaces, attributes good and bad.</summary>
public sealed class BlockCommentParserTests
{
    [Theory]
    [InlineData(" wp:paragraph ", nameof(BlockCommentKind.Opener), "core/paragraph")]
    [InlineData(" /wp:paragraph ", nameof(BlockCommentKind.Closer), "core/paragraph")]
    [InlineData(" wp:core/image {\"id\":5} ", nameof(BlockCommentKind.Opener), "core/image")]
    [InlineData(" wp:cds-snc/alert {\"type\":\"info\"} ", nameof(BlockCommentKind.Opener), "cds-snc/alert")]
    [InlineData(" wp:latest-posts {\"postsToShow\":3} /", nameof(BlockCommentKind.Void), "core/latest-posts")]
    [InlineData(" wp:cds/contact /", nameof(BlockCommentKind.Void), "cds/contact")]
    [InlineData(" wp:spacer/", nameof(BlockCommentKind.Void), "core/spacer")]
    [InlineData("\nwp:group {\"layout\":{\"type\":\"constrained\"}}\n", nameof(BlockCommentKind.Opener), "core/group")]
    public void Delimiters_are_read_with_their_kind_and_full_name(string data, string kind, string name)
    {
        var comment = BlockCommentParser.Parse(data);
        Assert.NotNull(comment);
        Assert.Equal(Enum.Parse<BlockCommentKind>(kind), comment.Kind);
        Assert.Equal(name, comment.Name);
        Assert.Null(comment.Problem);
    }

    [Theory]
    [InlineData("more")]
    [InlineData(" an editor note ")]
    [InlineData(" wp: ")]
    [InlineData(" wp:Bad Name ")]
    [InlineData(" wordpress:paragraph ")]
    public void Other_comments_are_not_delimiters(string data) => Assert.Null(BlockCommentParser.Parse(data));

    [Fact]
    public void Attributes_are_kept_as_json_and_read_by_name()
    {
        var comment = BlockCommentParser.Parse(" wp:code {\"language\":\"python\",\"ref\":12} ")!;
        Assert.Equal("python", BlockCommentParser.StringAttribute(comment.AttributesJson, "language"));
        Assert.Equal("12", BlockCommentParser.NumberAttribute(comment.AttributesJson, "ref"));
        Assert.Null(BlockCommentParser.StringAttribute(comment.AttributesJson, "missing"));
    }

    [Theory]
    [InlineData(" wp:heading {\"level\":2,\"content\":\"unterminated ", "not valid JSON")]
    [InlineData(" wp:heading [1,2] ", "not a JSON object")]
    [InlineData(" wp:heading {level:2} ", "not valid JSON")]
    public void Bad_attributes_are_a_problem_not_an_exception(string data, string problem)
    {
        var comment = BlockCommentParser.Parse(data);
        Assert.NotNull(comment);
        Assert.Equal("core/heading", comment.Name);
        Assert.Null(comment.AttributesJson);
        Assert.Contains(problem, comment.Problem);
    }

    [Fact]
    public void A_100000_character_attribute_is_reported_and_not_kept()
    {
        string data = " wp:image {\"url\":\"data:image/png;base64," + new string('A', 100_000) + "\"} ";
        var comment = BlockCommentParser.Parse(data);
        Assert.NotNull(comment);
        Assert.Equal("core/image", comment.Name);
        Assert.Null(comment.AttributesJson);
        Assert.Contains("not kept", comment.Problem);
    }
}
