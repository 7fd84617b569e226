using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// The golden header and its comparison (issue 11, point 6): a case whose header names a wrong line, column or code,
/// misses a diagnostic or lists one too many fails, and says what differs.
/// </summary>
public sealed class GoldenHeaderTests
{
    private static readonly Diagnostic Styling = DiagnosticCodes.StylingLost.At(new SourceSpan("x.html", 3, 9), "<span> styling not kept: text colour", "span");
    private static readonly Diagnostic NoFrontMatter = DiagnosticCodes.NoFrontMatter.At(new SourceSpan("x.html", 1, 1), "no front matter");

    [Fact]
    public void The_same_diagnostics_in_any_order_compare_equal()
    {
        var header = GoldenHeader.Parse("<!-- cdsmigrate: --expect CDS1200@4:9 CDS2001@2:1 -->\nbody\n");

        Assert.Null(DiagnosticComparison.Difference("case", header, [Styling, NoFrontMatter]));
    }

    [Theory]
    [InlineData("CDS2001@2:1 CDS1200@5:9", "missing:    CDS1200@5:9", "unexpected: CDS1200@4:9 info: <span> styling not kept")]
    [InlineData("CDS2001@2:1 CDS1200@4:1", "missing:    CDS1200@4:1", "unexpected: CDS1200@4:9")]
    [InlineData("CDS2001@2:1 CDS1201@4:9", "missing:    CDS1201@4:9", "unexpected: CDS1200@4:9")]
    [InlineData("CDS2001@2:1", null, "unexpected: CDS1200@4:9")]
    [InlineData("CDS2001@2:1 CDS1200@4:9 CDS1200@4:9", "missing:    CDS1200@4:9", null)]
    [InlineData("CDS2001@2:1 CDS1200@4:9 CDS1203@7:2", "missing:    CDS1203@7:2", null)]
    [InlineData("none", "", "unexpected: CDS2001@2:1")]
    public void A_wrong_line_column_or_code_or_count_fails_and_says_which(string expect, string? missing, string? unexpected)
    {
        var header = GoldenHeader.Parse($"<!-- cdsmigrate: --expect {expect} -->\nbody\n");

        string? difference = DiagnosticComparison.Difference("case", header, [Styling, NoFrontMatter]);

        Assert.NotNull(difference);
        Assert.Contains("expected: " + expect, difference);
        Assert.Contains("actual:   CDS2001@2:1 CDS1200@4:9", difference);
        Assert.Contains("CDSMIGRATE_ACCEPT=1", difference);
        if (!string.IsNullOrEmpty(missing))
        {
            Assert.Contains(missing, difference);
        }

        if (unexpected is not null)
        {
            Assert.Contains(unexpected, difference);
        }
    }

    [Fact]
    public void A_header_without_an_expect_list_fails()
    {
        string? difference = DiagnosticComparison.Difference("case", GoldenHeader.Parse("<!-- cdsmigrate: --flavor hugo -->\nbody\n"), [NoFrontMatter]);

        Assert.NotNull(difference);
        Assert.Contains("no --expect list", difference);
        Assert.Contains("--expect CDS2001@2:1", difference);
    }

    [Fact]
    public void A_real_case_whose_header_names_a_wrong_line_fails()
    {
        // Line 2: the header; line 3: the paragraph whose span loses its colour (CDS1200 at 3:6, not 4:9).
        using var temp = new TempFolder();
        string path = temp.Write("styling.html",
            "<!-- cdsmigrate: --expect CDS2001@2:1 CDS1200@4:9 -->\n<p>Before.</p>\n<p>A <span style=\"color:#c00\">red</span> word.</p>\n");
        var golden = new GoldenCase("styling", path);

        var (result, emitted) = golden.Convert();
        string? difference = DiagnosticComparison.Difference(golden.Name, golden.Header(), emitted, golden.Text());

        Assert.NotNull(result.Markdown);
        Assert.NotNull(difference);
        Assert.Contains("missing:    CDS1200@4:9\n", difference);
        Assert.Contains("unexpected: CDS1200@3:6 info: <span> styling not kept: text colour (1 element; the first here) [span]\n"
            + "      | <span style=\"color:#c00\">red</span> word.</p>\n", difference);
    }

    [Fact]
    public void Accepting_rewrites_the_list_and_keeps_the_options_and_the_body()
    {
        using var temp = new TempFolder();
        string body = "<p>Before.</p>\n<p>A <span style=\"color:#c00\">red</span> word.</p>\n";
        string path = temp.Write("styling.html", "<!-- cdsmigrate: --flavor hugo --expect CDS1303 -->\n" + body);
        var golden = new GoldenCase("styling", path);

        golden.AcceptDiagnostics(golden.Convert().Emitted);

        Assert.Equal("<!-- cdsmigrate: --flavor hugo --expect CDS2001@2:1 CDS1200@3:6 -->\n" + body, File.ReadAllText(path));
        Assert.Null(DiagnosticComparison.Difference(golden.Name, golden.Header(), golden.Convert().Emitted));
        Assert.Equal(MarkdownFlavor.Hugo, golden.Load().Options.Flavor);
    }

    [Fact]
    public void A_long_list_wraps_onto_further_header_lines_whose_count_depends_on_the_count_only()
    {
        var expected = Enumerable.Range(1, 13).Select(i => new ExpectedDiagnostic("CDS1103", i + 3, i * 10)).ToList();

        string header = GoldenHeader.Format([new("--unknown", "drop")], expected);
        var parsed = GoldenHeader.Parse(header + "<p>x</p>\n");

        Assert.Equal(GoldenHeader.LinesFor(13), header.Count(c => c == '\n'));
        Assert.Equal(3, parsed.LineCount);
        Assert.Equal(expected, parsed.Expected);
        Assert.Equal([new KeyValuePair<string, string>("--unknown", "drop")], parsed.Options);
        Assert.StartsWith("<!-- cdsmigrate: --unknown drop --expect CDS1103@4:10 ", header, StringComparison.Ordinal);
        Assert.Equal("<p>x</p>\n", GoldenHeader.Body(header + "<p>x</p>\n"));
    }

    [Theory]
    [InlineData("CDS1200", "CDS1200", 0, 0)]
    [InlineData("CDS1200@12", "CDS1200", 12, 0)]
    [InlineData("CDS1200@12:3", "CDS1200", 12, 3)]
    public void An_expected_diagnostic_reads_as_it_writes(string token, string code, int line, int column)
    {
        var parsed = ExpectedDiagnostic.Parse(token);

        Assert.Equal(new ExpectedDiagnostic(code, line, column), parsed);
        Assert.Equal(token, parsed.ToString());
    }

    [Theory]
    [InlineData("CDS12")]
    [InlineData("CDS1200,CDS1201")]
    [InlineData("CDS1200@0:1")]
    [InlineData("CDS1200@3:x")]
    [InlineData("CDS1200@3:1:2")]
    public void A_malformed_expected_diagnostic_is_refused(string token) =>
        Assert.Throws<FormatException>(() => ExpectedDiagnostic.Parse(token));
}
