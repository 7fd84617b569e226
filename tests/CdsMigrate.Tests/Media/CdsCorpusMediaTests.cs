using CdsMigrate.Tests.Coverage;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Media;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rewriting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Media;

/// <summary>
/// Issue 12's measure on the real CDS posts: with <c>--media copy</c> from an uploads folder built from the URLs the
/// corpus references (a few left out), no reference to the old hosts is left for the files present, and each missing
/// file is one located warning per document. Also point 5: the copy run's output differs from the keep run's only
/// by the URL text of the references rewritten.
/// </summary>
public sealed partial class CdsCorpusMediaTests
{
    private static readonly string[] CdsOrigins = ["https://articles.alpha.canada.ca/", "https://de2an9clyit2x.cloudfront.net/"];

    private static IEnumerable<string> CorpusFolders()
    {
        foreach (string name in new[] { "cds-markdown" })
        {
            string folder = Path.Combine(RepoPaths.Corpus, name);
            if (Directory.Exists(folder))
            {
                yield return folder;
            }
        }
    }

    [SkippableFact]
    public void Copy_leaves_no_old_host_reference_for_files_present_and_one_warning_per_missing_file()
    {
        string corpus = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.IfNot(Directory.Exists(corpus), "../shared/corpus/cds is absent");
        using var temp = new TempFolder();
        var origins = new MediaOrigins();
        foreach (string origin in CdsOrigins)
        {
            origins.Add(origin);
        }

        // What the corpus references, read from the keep run's output as the media stage reads it.
        var keep = Run(corpus, temp.Combine("keep"), MediaOptions.Keep);
        var byDocument = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var document in keep.Documents.Where(d => d.Output is not null))
        {
            string markdown = File.ReadAllText(temp.Combine("keep", document.Output!));
            byDocument[document.Output!] = MarkdownReferenceRewriter.Find(markdown)
                .Select(r => MediaUrls.Locate(r.Url, origins)).OfType<MediaLocation>().Select(l => l.UploadPath).ToHashSet(StringComparer.Ordinal);
        }

        var all = byDocument.Values.SelectMany(p => p).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(all.Count > 100, $"only {all.Count} media files referenced");
        var missing = all.Where((_, i) => i % 15 == 7).ToHashSet(StringComparer.Ordinal);
        foreach (string path in all.Where(p => !missing.Contains(p)))
        {
            temp.Write(Path.Combine("uploads", path), "file " + path);
        }

        var copy = Run(corpus, temp.Combine("copy"), new MediaOptions { Mode = MediaMode.Copy, From = temp.Combine("uploads"), SiteUrls = CdsOrigins, UrlPrefix = "/media/", Directory = temp.Combine("static", "media") });

        // No reference to the old hosts left, except to the missing files.
        var leftOver = new List<string>();
        foreach (var document in copy.Documents.Where(d => d.Output is not null))
        {
            string markdown = File.ReadAllText(temp.Combine("copy", document.Output!));
            foreach (Match url in OldHostUrl().Matches(markdown))
            {
                var location = MediaUrls.Locate(url.Value, origins);
                if (location is null || !missing.Contains(location.UploadPath))
                {
                    leftOver.Add($"{document.Output}: {url.Value}");
                }
            }
        }

        Assert.True(leftOver.Count == 0, string.Join("\n", leftOver));

        // One located warning per missing file and document.
        var expected = byDocument.SelectMany(d => d.Value.Where(missing.Contains).Select(p => (d.Key, p))).Count();
        var warnings = copy.Diagnostics.Where(d => d.Code == DiagnosticCodes.MediaNotInFolder.Code).ToList();
        Assert.True(expected > 0);
        Assert.Equal(expected, warnings.Count);
        Assert.All(warnings, w => Assert.True(w.Line > 0 && w.Column > 0, w.ToString()));
        Assert.Equal(all.Count - missing.Count, copy.Media!.Copied);
        Assert.Equal(missing.Count, copy.Media.Failed);
    }

    /// <summary>
    /// Point 5 on Markdown and mixed bodies (cds-markdown holds hand-written Markdown, 16 with HTML): the copy
    /// run's output is the keep run's with each rewritten URL replaced, and nothing else changed. The new URLs are
    /// absolute so that a bare URL (linked by GFM and Hugo's linkify) stays bare; a relative one would become a link.
    /// </summary>
    [SkippableFact]
    public void Rewriting_changes_only_the_url_text()
    {
        var folders = CorpusFolders().ToList();
        Skips.If(folders.Count == 0, "../shared/corpus is absent");
        using var temp = new TempFolder();
        foreach (string folder in folders)
        {
            string name = Path.GetFileName(folder);
            var keep = Run(folder, temp.Combine(name, "keep"), MediaOptions.Keep);
            var everything = new Dictionary<string, string>(StringComparer.Ordinal);

            // An uploads folder with every file, so every media reference is rewritten.
            var origins = new MediaOrigins();
            Array.ForEach(CdsOrigins, origins.Add);
            foreach (var document in keep.Documents.Where(d => d.Output is not null))
            {
                foreach (var reference in MarkdownReferenceRewriter.Find(File.ReadAllText(temp.Combine(name, "keep", document.Output!))))
                {
                    if (MediaUrls.Locate(reference.Url, origins) is { } location)
                    {
                        temp.Write(Path.Combine(name, "uploads", location.UploadPath), location.UploadPath);
                        everything[reference.Url] = "https://new.example/media/" + string.Join('/', location.UploadPath.Split('/').Select(Uri.EscapeDataString));
                    }
                }
            }

            var copy = Run(folder, temp.Combine(name, "copy"), new MediaOptions { Mode = MediaMode.Copy, From = temp.Combine(name, "uploads"), SiteUrls = CdsOrigins, UrlPrefix = "https://new.example/media/", Directory = temp.Combine(name, "media") });
            Assert.Equal(0, copy.Media!.Failed);
            int changed = 0;
            foreach (var document in keep.Documents.Where(d => d.Output is not null))
            {
                string before = File.ReadAllText(temp.Combine(name, "keep", document.Output!));
                string after = File.ReadAllText(temp.Combine(name, "copy", document.Output!));
                // One pass, longest URL first, so a new URL is never rewritten again.
                var forms = everything.SelectMany(e => new[] { (e.Key, e.Value), (e.Key.Replace("&", "&amp;", StringComparison.Ordinal), e.Value) })
                    .DistinctBy(f => f.Item1).ToDictionary(f => f.Item1, f => f.Item2, StringComparer.Ordinal);
                var pattern = new Regex(string.Join('|', forms.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)));
                string expected = forms.Count == 0 ? before : pattern.Replace(before, m => forms[m.Value]);
                Assert.Equal(expected, after);
                changed += before == after ? 0 : 1;
            }

            Assert.True(changed > 0, $"{name}: nothing rewritten");
        }
    }

    private static MigrationResult Run(string input, string output, MediaOptions media) =>
        new MigrationRunner(new MigrationOptions { OutputDirectory = output, Media = media, Parallelism = 2 })
            .Run(InputDiscovery.Expand([input], out _));

    [GeneratedRegex(@"https?://(?:articles\.alpha\.canada\.ca/uploads|de2an9clyit2x\.cloudfront\.net)/[^\s""'()<>]*", RegexOptions.CultureInvariant)]
    private static partial Regex OldHostUrl();
}
