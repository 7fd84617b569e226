using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace CdsMigrate.Tests.Unit;

/// <summary>Front matter keeps keys, order and values through parse → write → parse, and is valid YAML for any parser.</summary>
public sealed class FrontMatterTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("with: colon")]
    [InlineData("ends with colon:")]
    [InlineData("# starts with hash")]
    [InlineData("has # hash")]
    [InlineData("'leading quote")]
    [InlineData("\"double")]
    [InlineData("back\\slash")]
    [InlineData(" leading space")]
    [InlineData("trailing space ")]
    [InlineData("")]
    [InlineData("line one\nline two")]
    [InlineData("true")]
    [InlineData("no")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("2025-07-22")]
    [InlineData("12")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData("- dash")]
    [InlineData("[bracket")]
    [InlineData("{brace")]
    [InlineData("@at")]
    [InlineData("%percent")]
    [InlineData("*star")]
    [InlineData("&anchor")]
    [InlineData("!tag")]
    [InlineData("|pipe")]
    [InlineData(">fold")]
    [InlineData("tab\there")]
    [InlineData("Qu’est-ce que l’ISAC\u00a0?")]
    [InlineData("mojibake \u00e2\u20ac\u009d here")]
    [InlineData("c1 \u0080 \u0085 \u009f and \u007f")]
    [InlineData("non-characters \ufffe \uffff")]
    [InlineData("emoji \ud83d\ude00 kept")]
    public void String_scalars_read_back_as_the_same_string(string value)
    {
        var mapping = new FrontMatterMapping([new("key", FrontMatterScalar.String(value))]);
        string yaml = FrontMatterWriter.Write(mapping);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml.Replace("---\n", "", StringComparison.Ordinal)));
        var node = (YamlScalarNode)((YamlMappingNode)stream.Documents[0].RootNode).Children[new YamlScalarNode("key")];
        Assert.Equal(value, node.Value);
        // A string that could be read as another type is quoted.
        Assert.True(YamlScalarWriter.IsPlainString(value) || node.Style != YamlDotNet.Core.ScalarStyle.Plain, yaml);
    }

    /// <summary>
    /// What go-yaml (Hugo), js-yaml and YamlDotNet refuse raw: YAML 1.2's non-printable characters. A real export's
    /// title held U+009D and Hugo refused the whole site ("yaml: control characters are not allowed").
    /// </summary>
    [Theory]
    [InlineData("\u009d")]
    [InlineData("\u0080")]
    [InlineData("\u0001")]
    [InlineData("\u007f")]
    [InlineData("\ufffe")]
    [InlineData("\ud800")]
    public void Written_scalars_hold_no_character_a_strict_parser_refuses(string bad)
    {
        string yaml = FrontMatterWriter.Write(new FrontMatterMapping([new("title", FrontMatterScalar.String("a" + bad + "b"))]));
        Assert.DoesNotContain(yaml, c => !IsYamlPrintable(c) && c != '\n');
        Assert.DoesNotContain(yaml, char.IsSurrogate);
    }

    /// <summary>YAML 1.2 §5.1 c-printable, as go-yaml's reader checks it (surrogate pairs stand for the astral planes).</summary>
    internal static bool IsYamlPrintable(char c) =>
        c is '\t' or '\n' or '\r' or '\u0085' || (c >= ' ' && c <= '~') || (c >= '\u00a0' && c <= '\ufffd' && c != '\ufeff' && !char.IsSurrogate(c)) || char.IsSurrogate(c);

    [Fact]
    public void Parse_keeps_order_decodes_entities_and_empties_blank_tags()
    {
        var parsed = FrontMatterParser.Parse("title: 'Tips &amp; tricks &#8217;'\ndate: 2025-07-22\ntags: [\"\"]\ndraft: true\nz: last\n");
        var fm = parsed.Value!;
        Assert.Equal(["title", "date", "tags", "draft", "z"], fm.Entries.Select(e => e.Key));
        Assert.Equal(FrontMatterScalar.String("Tips & tricks ’"), fm["title"]);
        Assert.Equal(new FrontMatterScalar("2025-07-22", IsString: false), fm["date"]);
        Assert.Empty(((FrontMatterSequence)fm["tags"]!).Items);
        Assert.Equal("title: Tips & tricks ’\ndate: 2025-07-22\ntags: []\ndraft: true\nz: last\n", FrontMatterWriter.Write(fm)[4..^4]);
    }

    [Fact]
    public void Written_front_matter_parses_back_to_the_same_values()
    {
        const string yaml = "layout: blog\ntitle: 'A: b'\nauthor: ' x'\ndate: '2025-07-22T10:16:05'\ntags: [\"a, b\", \"c\"]\nwp:\n  id: 12\n  link: 'https://x/?a=1#b'\n";
        var first = FrontMatterParser.Parse(yaml).Value!;
        var second = FrontMatterParser.Parse(FrontMatterWriter.Write(first).Replace("---\n", "", StringComparison.Ordinal)).Value!;
        Assert.Equal(first, second, FrontMatterComparer.Instance);
    }

    [Fact]
    public void Invalid_yaml_reports_its_line()
    {
        var parsed = FrontMatterParser.Parse("title: ok\nbad: [unclosed\nother: x\n");
        Assert.Null(parsed.Value);
        Assert.NotNull(parsed.Error);
        Assert.True(parsed.ErrorLine >= 2, $"line {parsed.ErrorLine}");
    }
}
