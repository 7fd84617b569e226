using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Media;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Batch;

/// <summary>
/// Codes of the catalogue that no test made the tool emit (issue 11, point 6, found by CatalogueCoverageTests): each
/// here with the situation that calls for it, through the same runner and readers the CLI uses.
/// </summary>
public sealed class RunDiagnosticsTests : IDisposable
{
    private const string Post = "---\ntitle: A\n---\n<p>Body.</p>\n";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private MigrationResult Run(MigrationOptions? options = null, CancellationToken cancel = default) =>
        new MigrationRunner((options ?? new MigrationOptions()) with { OutputDirectory = _temp.Combine("out"), Parallelism = 1 })
            .Run(InputDiscovery.Expand([_temp.Combine("in")], out _), cancel: cancel);

    private static IEnumerable<Diagnostic> All(MigrationResult result) =>
        result.Documents.SelectMany(d => d.Diagnostics).Concat(result.RunDiagnostics);

    [Fact]
    public void A_run_stopped_before_it_ends_says_so_CDS7003()
    {
        _temp.Write("in/a.md", Post);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        var result = Run(cancel: stop.Token);

        var interrupted = Assert.Single(result.RunDiagnostics, d => d.Code == DiagnosticCodes.RunInterrupted.Code);
        Assert.Contains("run the same command again", interrupted.Message);
        Assert.True(result.Interrupted);
    }

    [Fact]
    public void An_output_that_cannot_be_written_is_a_located_error_CDS3001()
    {
        _temp.Write("in/a.md", Post);
        // A folder where the output file goes: the write fails, the run goes on.
        Directory.CreateDirectory(_temp.Combine("out", "a.md"));

        var result = Run();

        var report = Assert.Single(result.Documents);
        Assert.Equal(DocumentStatus.NotWritten, report.Status);
        var error = Assert.Single(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputNotWritten.Code);
        Assert.Equal(Severity.Error, error.Severity);
    }

    [SkippableFact]
    public void An_output_path_through_a_link_out_of_the_output_folder_is_refused_CDS3005()
    {
        Skips.If(OperatingSystem.IsWindows(), "creating symbolic links needs privileges on Windows");
        _temp.Write("in/en/a.md", Post);
        string outside = _temp.Combine("outside");
        Directory.CreateDirectory(outside);
        Directory.CreateDirectory(_temp.Combine("out"));
        Directory.CreateSymbolicLink(_temp.Combine("out", "en"), outside);

        var result = Run();

        var report = Assert.Single(result.Documents);
        Assert.Equal(DocumentStatus.NotWritten, report.Status);
        Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.OutputPathRefused.Code);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    [Fact]
    public void Media_without_an_old_site_or_a_readable_manifest_say_so_CDS4003_CDS4004()
    {
        _temp.Write("in/a.md", Post);
        _temp.Write("static/media/media.json", "{ not json");

        var result = Run(new MigrationOptions
        {
            Media = new MediaOptions { Mode = MediaMode.Download, Directory = _temp.Combine("static", "media"), UrlPrefix = "/media/" },
        });

        var codes = All(result).Select(d => d.Code).ToList();
        Assert.Contains(DiagnosticCodes.MediaManifestUnreadable.Code, codes);
        Assert.Contains(DiagnosticCodes.MediaNoOrigin.Code, codes);
    }

    [Fact]
    public void An_item_with_a_status_WordPress_does_not_have_is_a_draft_CDS2025()
    {
        using var folder = new TempFolder();
        string path = new WxrBuilder().Item(1, "Odd", "odd", status: "archived").Write(folder);

        var document = WxrReader.Read(path, "export.xml", SourceOptions.Default).Select(e => e.Document).OfType<SourceDocument>().Single();

        var unknown = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.UnknownStatus.Code);
        Assert.Contains("'archived'", unknown.Message);
    }

    [Fact]
    public void Front_matter_that_cannot_be_fixed_in_place_is_kept_as_written_CDS2032()
    {
        // A folded value whose entities would move its other lines: fixing it would change more than the entities.
        const string text = "---\ntitle: A\ndescription: first line\n  then &#35;hash &amp; more\n---\n<p>Body.</p>\n";

        var document = Assert.Single(PostFileReader.ReadText(text, "a.md", "a.md").Documents);

        var kept = Assert.Single(document.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterNotFixed.Code);
        Assert.Equal(2, kept.Line);
        Assert.Contains("kept exactly as written", kept.Message);
    }
}
