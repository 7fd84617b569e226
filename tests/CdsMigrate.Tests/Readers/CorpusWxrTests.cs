using CdsMigrate.Tests.Coverage;
using System.Xml;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Readers;

/// <summary>
/// Every well-formed WXR of ../shared/corpus/wxr converts: one Markdown file per publishable item, front
/// matter with title, date and slug, drafts and private items marked draft, and no word lost (the
/// verifier's CDS9001 word comparison is the judge). The one broken file fails with its position.
/// </summary>
public sealed class CorpusWxrTests
{
    private static string WxrFolder => Path.Combine(RepoPaths.Corpus, "wxr");

    private const string BrokenFile = "wordpress-importer__phpunit_data_crazy-cdata.xml";

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        if (Directory.Exists(WxrFolder))
        {
            foreach (var f in Directory.EnumerateFiles(WxrFolder, "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            {
                if (f != BrokenFile) data.Add(f!);
            }
        }
        else
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Well_formed_export_converts_every_publishable_item(string name)
    {
        Skips.IfNot(Directory.Exists(WxrFolder), "../shared/corpus is absent");
        string path = Path.Combine(WxrFolder, name);
        int publishable = CountPublishableItems(path);

        using var output = new TempFolder();
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, Parallelism = 2 }).Run([new InputFile(path, name, name)]);
        Assert.False(result.AnyInputFailed, string.Join("\n", result.Diagnostics));
        var converted = result.Documents.Where(d => d.Status == DocumentStatus.Converted).ToList();
        Assert.Equal(publishable, converted.Count);
        Assert.Equal(publishable, Directory.EnumerateFiles(output.Path, "*.md", SearchOption.AllDirectories).Count());

        var lostWords = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.VerificationMismatch.Code
            && (d.Message.StartsWith("word ", StringComparison.Ordinal) || d.Message.StartsWith("extra word ", StringComparison.Ordinal))).ToList();
        Assert.True(lostWords.Count == 0, string.Join("\n", lostWords));

        foreach (var report in converted)
        {
            string text = File.ReadAllText(Path.Combine(output.Path, report.Output!));
            int end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
            var parsed = FrontMatterParser.Parse(text[4..(end + 1)]);
            Assert.NotNull(parsed.Value);
            var fm = parsed.Value!;
            Assert.NotNull(fm["title"]);
            Assert.False(string.IsNullOrEmpty((fm["slug"] as FrontMatterScalar)?.Value), report.Output);
            var status = ((FrontMatterScalar)((FrontMatterMapping)fm["wp"]!)["status"]!).Value;
            bool isProtected = report.Diagnostics.Any(d => d.Code == DiagnosticCodes.ProtectedItem.Code);
            Assert.Equal(status == "publish" && !isProtected ? "false" : "true", ((FrontMatterScalar)fm["draft"]!).Value);
            if (fm["date"] is null)
            {
                Assert.Contains(report.Diagnostics, d => d.Code == DiagnosticCodes.MissingDate.Code || d.Code == DiagnosticCodes.NoStatusNoDate.Code);
            }
        }
    }

    [SkippableFact]
    public void Broken_export_fails_with_line_and_column_and_exit_code_3()
    {
        string path = Path.Combine(WxrFolder, BrokenFile);
        Skips.IfNot(File.Exists(path), "../shared/corpus is absent");
        using var output = new TempFolder();
        var stderr = new StringWriter();
        int exit = CdsMigrate.Cli.CliApp.Run(["convert", path, "--out", output.Path], TextReader.Null, TextWriter.Null, stderr);
        Assert.Equal(3, exit);
        Assert.Matches(@"crazy-cdata\.xml:\d+:\d+: error CDS2010", stderr.ToString());
        Assert.Empty(Directory.EnumerateFileSystemEntries(output.Path));
    }

    /// <summary>Counts items independently of the reader: wanted type, status not trash/auto-draft.</summary>
    private static int CountPublishableItems(string path)
    {
        var doc = new XmlDocument { XmlResolver = null };
        doc.Load(path);
        int n = 0;
        foreach (XmlElement item in doc.GetElementsByTagName("item"))
        {
            string? Field(string local) => item.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == local && e.NamespaceURI.Contains("wordpress.org/export"))?.InnerText.Trim();
            string type = Field("post_type") is { Length: > 0 } t ? t : "post";
            string status = Field("status") is { Length: > 0 } s ? s : "publish";
            if (!InternalPostTypes.IsInternal(type) && status is not ("trash" or "auto-draft" or "inherit"))
            {
                n++;
            }
        }

        return n;
    }
}
