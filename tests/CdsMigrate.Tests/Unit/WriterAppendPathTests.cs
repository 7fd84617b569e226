using System.Text;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// The writer's allocation-saving paths (issue 11, point 3) say exactly what the paths they replaced said: escaping
/// and code spans appended to a builder that already holds text, and normalisation that hands back its input when
/// nothing needs changing.
/// </summary>
public sealed class WriterAppendPathTests
{
    public static TheoryData<string> Texts => new()
    {
        "", "plain words", "2021. A year", "- item", "---", "# heading", "~~~ fence", "*stars* _under_ snake_case",
        "[a](b) ![c](d)", "<b> a < b", "&amp; AT&T", "\"quotes\" -- and ... >> {{< x >}} {a}",
        "see https://example.com/a_b_c?x=*y* and www.x.org.", "back\\slash `tick`",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Escaping_appended_to_a_builder_is_the_escaped_string(string text)
    {
        foreach (var flavor in new[] { MarkdownFlavor.CommonMark, MarkdownFlavor.Gfm, MarkdownFlavor.Hugo })
        {
            foreach (bool atLineStart in new[] { true, false })
            {
                foreach (bool keepStraight in new[] { true, false })
                {
                    var sb = new StringBuilder("before|");
                    MarkdownEscaper.EscapeText(sb, text, atLineStart, flavor, keepStraight);
                    Assert.Equal("before|" + MarkdownEscaper.EscapeText(text, atLineStart, flavor, keepStraight), sb.ToString());
                }
            }
        }
    }

    [Theory]
    [InlineData("x", "`x`")]
    [InlineData("a`b", "``a`b``")]
    [InlineData("`x", "`` `x ``")]
    [InlineData(" a ", "`  a  `")]
    [InlineData("   ", "`   `")]
    [InlineData("two\nlines", "`two lines`")]
    public void A_code_span_appended_to_a_builder_is_the_code_span_string(string code, string expected)
    {
        Assert.Equal(expected, MarkdownEscaper.CodeSpan(code));
        Assert.Equal("a " + expected, MarkdownEscaper.CodeSpan(new StringBuilder("a "), code).ToString());
    }

    [Fact]
    public void Content_already_in_shape_comes_back_as_it_went_in()
    {
        IReadOnlyList<MdInline> inlines =
        [
            new MdText("Read "), new MdEmphasis([new MdText("this")]), new MdText(" and "),
            new MdLink("https://x.test/", null, [new MdText("that "), new MdStrong([new MdText("one")])]), new MdHardBreak(), new MdCode("code"),
        ];

        Assert.Same(inlines, InlineNormalizer.Normalize(inlines));
    }

    [Fact]
    public void Content_that_changes_is_copied_and_the_input_left_alone()
    {
        var emphasis = new MdEmphasis([new MdText(" this ")]);
        IReadOnlyList<MdInline> inlines = [new MdText("Read"), emphasis, new MdText("now  "), new MdHardBreak()];

        var normalized = InlineNormalizer.Normalize(inlines);

        Assert.Equal("""Text("Read ") Em(Text("this")) Text(" now")""", Describe(normalized));
        Assert.Equal("""Text("Read") Em(Text(" this ")) Text("now  ") Break""", Describe(inlines));
        Assert.Same(emphasis, inlines[1]);
    }

    private static string Describe(IReadOnlyList<MdInline> inlines) => string.Join(" ", inlines.Select(inline => inline switch
    {
        MdText t => $"Text(\"{t.Text}\")",
        MdEmphasis e => $"Em({Describe(e.Children)})",
        MdHardBreak => "Break",
        _ => inline.GetType().Name,
    }));
}
