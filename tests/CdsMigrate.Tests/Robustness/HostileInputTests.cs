using System.Text;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Robustness;

/// <summary>
/// Hostile and broken post files (issue 6): each gives a clear diagnostic, none a stack overflow, an unhandled
/// exception or unbounded memory. Inputs are generated here, never committed; sizes stay modest so the suite
/// stays fast (scripts/ holds the 100 MB runs).
/// </summary>
public sealed class HostileInputTests
{
    private const string FrontMatter = "---\ntitle: Hostile\n---\n";

    /// <summary>
    /// Runs on a thread with a 1 MB stack, below the 1.5 MB the thread pool gives the real run, so any recursion
    /// that grows with the input's depth would overflow here first. (A stack overflow cannot be caught: it kills
    /// the test host, which fails the run loudly, which is the point.)
    /// </summary>
    private static ConversionResult ConvertOnSmallStack(string html, ConversionOptions? options = null)
    {
        ConversionResult? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                var document = new SourceDocument { SourcePath = "deep.html", OutputPath = "deep.md", Html = html };
                result = new DocumentConverter(options ?? ConversionOptions.Default).Convert(document);
            }
            catch (Exception ex)
            {
                error = ex;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        return result!;
    }

    /// <summary>
    /// 100,000 levels of each shape. Quotes and the mixed shape skip verification here only for time (its
    /// fingerprint reads each of the up to 32 kept quote levels' whole text: seconds on CI); the next test verifies
    /// them at 2,000 levels, which reach the same 512-level parser cap and so the same code paths.
    /// </summary>
    [Theory]
    [InlineData("<div>", true)]
    [InlineData("<ul><li>", true)]
    [InlineData("<b>", true)]
    [InlineData("<span>", true)]
    [InlineData("<blockquote>", false)]
    [InlineData("<div><blockquote><ol><li><em>", false)]
    public void Html_nested_100000_levels_deep_converts_its_words_with_a_warning(string open, bool verify)
    {
        AssertDeepNestingConverts(open, 100_000, verify);
    }

    [Theory]
    [InlineData("<blockquote>")]
    [InlineData("<div><blockquote><ol><li><em>")]
    public void Html_nested_past_the_parser_cap_verifies_clean(string open)
    {
        AssertDeepNestingConverts(open, 2_000, verify: true);
    }

    private static void AssertDeepNestingConverts(string open, int levels, bool verify)
    {
        var html = new StringBuilder();
        for (int i = 0; i < levels; i++)
        {
            html.Append(open).Append('w').Append(i).Append(' ');
        }

        var result = ConvertOnSmallStack(html.ToString(), ConversionOptions.Default with { Verify = verify });

        Assert.NotNull(result.Markdown);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.HtmlTooDeep.Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "CDS3002" or "CDS9001");

        // Every word is still there, in order: depth costs structure, never text.
        string last = "w" + (levels - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("w0", result.Markdown);
        Assert.Contains(last, result.Markdown);
        Assert.True(result.Markdown!.IndexOf("w500", StringComparison.Ordinal) < result.Markdown.IndexOf(last, StringComparison.Ordinal));
    }

    [Fact]
    public void Nesting_below_the_parser_limit_is_flattened_by_the_converter_without_losing_words()
    {
        // 200 nested quotes: under the parser's 512 but over the converter's 32.
        string html = string.Concat(Enumerable.Range(0, 200).Select(i => $"<blockquote><p>q{i}</p>")) + string.Concat(Enumerable.Repeat("</blockquote>", 200));

        var result = ConvertOnSmallStack(html);

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep.Code);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "CDS3002" or "CDS9001" or "CDS6001");
        Assert.Contains("q198 q199", result.Markdown);
    }

    [Fact]
    public void Ordinary_long_lists_and_tables_are_not_mistaken_for_deep_nesting()
    {
        // Unclosed li, p, td and tr are closed by HTML itself: 2,000 of them are flat, not 2,000 deep.
        string html = "<ul>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<li>item {i}")) + "</ul>"
            + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<p>para {i}"))
            + "<table><thead><tr><th>h</th></tr></thead><tbody>" + string.Concat(Enumerable.Range(0, 2000).Select(i => $"<tr><td>cell {i}")) + "</table>";

        var result = ConvertOnSmallStack(html);

        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "CDS6001" or "CDS1104" or "CDS9001");
        Assert.Contains("- item 1999", result.Markdown);
    }

    [Fact]
    public void A_large_post_converts_completely()
    {
        // About 2.5 MB; scripts/big-post.sh runs 100 MB.
        var html = new StringBuilder();
        for (int i = 0; i < 13_000; i++)
        {
            html.Append("<!-- wp:paragraph -->\n<p>Paragraph ").Append(i).Append(" with <strong>bold</strong>, a <a href=\"https://example.com/").Append(i).Append("\">link</a> and *stars* and_underscores_ for the escaper to see.</p>\n<!-- /wp:paragraph -->\n\n");
        }

        Assert.True(html.Length > 2_500_000);
        var result = ConvertOnSmallStack(html.ToString());

        Assert.NotNull(result.Markdown);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("Paragraph 12999 with **bold**", result.Markdown);
    }

    [Fact]
    public void A_block_comment_attribute_of_several_megabytes_is_harmless()
    {
        string huge = new('A', 4 * 1024 * 1024);
        string html = $"<!-- wp:image {{\"id\":1,\"data\":\"{huge}\",\"nested\":{{\"a\":[[[[[[[[1]]]]]]]]}}}} -->\n<p>After the attribute.</p>\n<!-- /wp:image -->\n";

        var result = ConvertOnSmallStack(html);

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("After the attribute.", result.Markdown);
        Assert.True(result.Markdown!.Length < 1000, "the attribute must not end up in the output");
    }

    [Fact]
    public void A_few_invalid_utf8_bytes_are_replaced_with_a_warning()
    {
        // A UTF-8 post (its accents are valid UTF-8) with one Windows-1252 byte pasted in.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(FrontMatter + "<p>Élève: caf"), 0xE9, .. Encoding.UTF8.GetBytes(" au lait</p>\n")];

        var read = PostFileReader.Read(bytes, "latin.md", "latin.md");

        Assert.False(read.Failed);
        var warning = Assert.Single(read.Documents[0].Diagnostics, d => d.Code == DiagnosticCodes.InvalidUtf8Replaced.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Contains("Élève: caf\uFFFD au lait", read.Documents[0].Html);
    }

    [Fact]
    public void A_single_latin1_byte_in_an_otherwise_ascii_file_is_refused()
    {
        // Nothing in the file is UTF-8 beyond ASCII: the é is Latin-1, not damage.
        byte[] bytes = [.. Encoding.UTF8.GetBytes(FrontMatter + "<p>caf"), 0xE9, .. Encoding.UTF8.GetBytes("</p>\n")];

        var read = PostFileReader.Read(bytes, "latin.md", "latin.md");

        Assert.True(read.Failed);
        Assert.Equal(DiagnosticCodes.NotText.Code, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void A_file_in_another_encoding_is_refused_rather_than_garbled()
    {
        // Windows-1252 French: every accented letter is invalid UTF-8.
        byte[] bytes = Encoding.Latin1.GetBytes(FrontMatter + "<p>" + string.Concat(Enumerable.Repeat("Élève à l'école, déjà été. ", 5)) + "</p>");

        var read = PostFileReader.Read(bytes, "cp1252.md", "cp1252.md");

        Assert.True(read.Failed);
        var error = Assert.Single(read.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotText.Code, error.Code);
        Assert.Contains("another encoding", error.Message);
    }

    [Fact]
    public void A_few_nul_bytes_are_removed_with_a_warning()
    {
        byte[] bytes = Encoding.UTF8.GetBytes(FrontMatter + "<p>before\0after</p>\n");

        var read = PostFileReader.Read(bytes, "nul.md", "nul.md");

        Assert.False(read.Failed);
        Assert.Contains(read.Documents[0].Diagnostics, d => d.Code == DiagnosticCodes.NulRemoved.Code && d.Line == 4);
        Assert.DoesNotContain('\0', read.Documents[0].Html);
        Assert.Contains("beforeafter", read.Documents[0].Html);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89 })]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'<', 0, (byte)'p', 0, (byte)'>', 0 })]
    public void Binary_and_utf16_files_are_refused(byte[] bytes)
    {
        var read = PostFileReader.Read(bytes, "binary.md", "binary.md");
        Assert.True(read.Failed);
        Assert.Equal(DiagnosticCodes.NotText.Code, Assert.Single(read.Diagnostics).Code);
    }

    [Fact]
    public void Crlf_cr_and_bom_inputs_give_the_same_output_as_lf()
    {
        string lf = FrontMatter + "<h2>Title</h2>\n<p>First line<br>\nsecond line</p>\n<pre>code\n  indented\n</pre>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n";
        string expected = ConvertBytes(Encoding.UTF8.GetBytes(lf));

        Assert.Equal(expected, ConvertBytes(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))));
        Assert.Equal(expected, ConvertBytes(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r"))));
        Assert.Equal(expected, ConvertBytes([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))]));
        Assert.DoesNotContain('\r', expected);
        Assert.DoesNotContain('\uFEFF', expected);
    }

    private static string ConvertBytes(byte[] bytes)
    {
        var read = PostFileReader.Read(bytes, "eol.md", "eol.md");
        Assert.False(read.Failed);
        var result = new DocumentConverter(ConversionOptions.Default).Convert(read.Documents[0]);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return result.Markdown!;
    }

    [Fact]
    public void One_bad_document_never_stops_the_others()
    {
        using var temp = new TempFolder();
        string input = temp.Combine("in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a-good.md"), FrontMatter + "<p>good one</p>\n");
        File.WriteAllBytes(Path.Combine(input, "b-binary.md"), [0, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        File.WriteAllText(Path.Combine(input, "c-bad-yaml.md"), "---\ntitle: [unclosed\n---\n<p>x</p>\n");
        File.WriteAllText(Path.Combine(input, "d-deep.html"), string.Concat(Enumerable.Repeat("<div>", 600)) + "deep words");
        File.WriteAllText(Path.Combine(input, "e-empty.md"), "");
        File.WriteAllText(Path.Combine(input, "f-big.md"), FrontMatter + "<p>" + new string('x', 5000) + "</p>");
        File.WriteAllText(Path.Combine(input, "g-good.md"), FrontMatter + "<p>good two</p>\n");
        string output = temp.Combine("out");

        var files = InputDiscovery.Expand([input], out _);
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output, MaxInputBytes = 4096 }).Run(files);

        Assert.Equal(7, result.Documents.Count);
        Assert.Equal(["a-good.md", "d-deep.md", "g-good.md"], temp.Files(output));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.NotText.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidFrontMatter.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.HtmlTooDeep.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.EmptyInput.Code);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.InputTooLarge.Code && d.File!.EndsWith("f-big.md", StringComparison.Ordinal));
        Assert.True(result.AnyInputFailed);
    }
}
