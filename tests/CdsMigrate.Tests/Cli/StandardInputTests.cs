using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>
/// Issue 9, point 6: '-' is told by its content like a file. An export on standard input is read as one (written
/// to --out, which it needs, since it holds many documents); a post file goes to standard output; anything else
/// is refused with a clear message. A WXR is never converted as a post body.
/// </summary>
public sealed class StandardInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Out => _temp.Combine("out");

    private static string Sample(string relative) => File.ReadAllText(Path.Combine(RepoPaths.Samples, relative));

    [Fact]
    public void A_wxr_on_standard_input_is_read_as_an_export_into_out()
    {
        var run = CliRun.WithStdin(Sample("wxr/sample-site.xml"), "convert", "-", "--out", Out);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var expected = Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "expected", "wxr"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(RepoPaths.Samples, "expected", "wxr"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, _temp.Files(Out));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Samples, "expected", "wxr", "post", "ideas-for-next-quarter.md")),
            File.ReadAllText(Path.Combine(Out, "post", "ideas-for-next-quarter.md")));
        Assert.Contains($"converted {expected.Count} of {expected.Count} documents", run.Stderr);
    }

    [Fact]
    public void Rest_json_on_standard_input_is_read_as_an_export_with_its_preset()
    {
        var run = CliRun.WithStdin(Sample("rest/posts.json"), "convert", "-", "--out", Out, "--front-matter", "cds");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(["en/post/notify-templates.md", "fr/post/modeles-notification.md"], _temp.Files(Out));
        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Samples, "expected", "rest", "en", "post", "notify-templates.md")),
            File.ReadAllText(Path.Combine(Out, "en", "post", "notify-templates.md")));
    }

    [Theory]
    [InlineData("wxr/sample-site.xml", "XML")]
    [InlineData("rest/posts.json", "JSON")]
    public void An_export_on_standard_input_without_out_is_refused_asking_for_it(string sample, string kind)
    {
        var run = CliRun.WithStdin(Sample(sample), "convert", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Contains(kind, run.Stderr);
        Assert.Contains("--out", run.Stderr);
    }

    [Fact]
    public void A_post_file_on_standard_input_with_out_is_refused_because_it_has_no_name()
    {
        var run = CliRun.WithStdin("---\ntitle: t\n---\n<p>x</p>\n", "convert", "-", "--out", Out);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("standard output", run.Stderr);
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void Xml_that_is_not_an_export_is_refused_and_never_converted_as_a_body()
    {
        var run = CliRun.WithStdin("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Hi</text></svg>\n", "convert", "-", "--out", Out);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(DiagnosticCodes.NotAnExport.Code, run.Stderr);
        Assert.Contains("<stdin>", run.Stderr);
        Assert.Empty(Directory.Exists(Out) ? _temp.Files(Out) : []);
    }

    [Fact]
    public void Json_that_is_not_a_rest_export_is_refused()
    {
        var run = CliRun.WithStdin("{\"name\": \"not a post\"}\n", "convert", "-", "--out", Out);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Matches("CDS20(12|22|23)", run.Stderr);
        Assert.Empty(Directory.Exists(Out) ? _temp.Files(Out) : []);
    }

    [Fact]
    public void Binary_data_on_standard_input_is_refused_as_a_file_would_be()
    {
        var run = CliRun.WithStdin("\u0089PNG\r\n\u001a\n\0\0\0\rIHDR\0\0\0\u0001\0\0\0\u0001\b\u0006\0\0\0\u001f\u0015\u00c4\u0089\0\0\0\0IEND", "convert", "-");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains(DiagnosticCodes.NotText.Code, run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Check_reads_an_export_on_standard_input_document_by_document()
    {
        var run = CliRun.WithStdin(Sample("wxr/sample-site.xml"), "check", "-");

        Assert.True(run.ExitCode == 0, run.Stderr);
        int documents = Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "expected", "wxr"), "*", SearchOption.AllDirectories).Count();
        Assert.Contains($"checked {documents} of ", run.Stderr);
    }
}
