using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Corpus;

/// <summary>
/// Issue 10 on the real exports of ../shared/corpus (wxr, wxr-real, rest-real): every export converts with no
/// verification error, no layout wrapper is kept as raw HTML, and every remaining raw HTML fallback (CDS1001) is
/// located and is something Markdown has no form for (a player, a script, a form, a definition list, a plugin's block).
/// </summary>
public sealed class RealCorpusTests
{
    private static readonly string[] Folders = ["wxr", "wxr-real", "rest-real"];

    private const string BrokenFile = "wordpress-importer__phpunit_data_crazy-cdata.xml";

    /// <summary>What may stay raw HTML: Markdown has no form for it. A layout wrapper (div, section, span…) is never on this list.</summary>
    private static readonly HashSet<string> NoMarkdownForm =
        ["iframe", "object", "embed", "video", "audio", "script", "style", "noscript", "textarea", "form", "fieldset", "select", "canvas", "dl"];

    private static readonly HashSet<string> LayoutWrappers =
        ["div", "section", "article", "header", "footer", "main", "aside", "nav", "center", "span", "font", "address", "figure"];

    public static TheoryData<string> Exports()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Folders)
        {
            string path = Path.Combine(RepoPaths.Corpus, folder);
            if (!Directory.Exists(path)) continue;
            foreach (var file in Directory.EnumerateFiles(path).Where(f => f.EndsWith(".xml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .Select(f => folder + "/" + Path.GetFileName(f)).Order(StringComparer.Ordinal))
            {
                if (!file.EndsWith(BrokenFile, StringComparison.Ordinal)) data.Add(file);
            }
        }

        if (data.Count == 0)
        {
            data.Add("(corpus absent)");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Exports))]
    public void Export_verifies_clean_and_keeps_raw_html_only_where_markdown_has_no_form(string name)
    {
        string path = Path.Combine(RepoPaths.Corpus, name);
        Skips.IfNot(File.Exists(path), "../shared/corpus is absent");

        using var output = new TempFolder();
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output.Path, Parallelism = 2 })
            .Run([new InputFile(path, Path.GetFileName(path), Path.GetFileName(path))]);
        Assert.False(result.AnyInputFailed, string.Join("\n", result.Diagnostics.Take(5)));

        var verification = result.Diagnostics.Where(d => DiagnosticCodes.IsVerification(d.Code)).ToList();
        Assert.True(verification.Count == 0, $"{verification.Count} verification error(s):\n" + string.Join("\n", verification.Take(10)));

        foreach (var raw in result.Diagnostics.Where(d => d.Code == DiagnosticCodes.RawHtmlKept.Code))
        {
            // Located: a file and a line a person can open.
            Assert.True(raw.Line > 0 && !string.IsNullOrEmpty(raw.File), "raw HTML fallback without a position: " + raw);
            string tag = raw.Message[1..raw.Message.IndexOf('>', StringComparison.Ordinal)];
            bool pluginBlock = raw.Block is { } block && block.Contains('/', StringComparison.Ordinal) && !block.StartsWith("core/", StringComparison.Ordinal);
            Assert.False(LayoutWrappers.Contains(tag) && !pluginBlock, "layout wrapper kept as raw HTML: " + raw);
            Assert.True(NoMarkdownForm.Contains(tag) || pluginBlock, $"raw HTML fallback <{tag}> is not a known kind: " + raw);
        }
    }
}
