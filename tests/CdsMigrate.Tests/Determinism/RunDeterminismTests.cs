using CdsMigrate.Tests.Coverage;
using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Golden;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Determinism;

/// <summary>
/// The same input gives byte-identical output (and the same diagnostics, in the same order) whatever the
/// number of threads, and whatever the line endings the input was saved with (issue 6).
/// </summary>
public sealed class RunDeterminismTests
{
    [Fact]
    public void Golden_inputs_give_identical_runs_across_thread_counts_and_line_endings()
    {
        using var temp = new TempFolder();
        string lf = temp.Combine("lf");
        string crlf = temp.Combine("crlf");
        foreach (var golden in GoldenCase.All())
        {
            // An export's first line (the case's options) would come before its XML declaration: written without it.
            string text = (golden.IsExport ? golden.Load().Text : File.ReadAllText(golden.InputPath)).Replace("\r\n", "\n");
            string relative = golden.Name + Path.GetExtension(golden.InputPath);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(lf, relative))!);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(crlf, relative))!);
            File.WriteAllText(Path.Combine(lf, relative), text);
            File.WriteAllText(Path.Combine(crlf, relative), text.Replace("\n", "\r\n"));
        }

        var one = Run(lf, temp.Combine("out-1"), 1);
        Assert.Equal(one, Run(lf, temp.Combine("out-8"), 8));
        Assert.Equal(one, Run(lf, temp.Combine("out-1b"), 1));
        Assert.Equal(one.Replace("crlf", "lf"), Run(crlf, temp.Combine("out-crlf"), 8).Replace("crlf", "lf"));
    }

    [SkippableFact]
    public void The_corpus_converts_identically_with_one_thread_and_many()
    {
        string corpus = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.IfNot(Directory.Exists(corpus), "the shared corpus is not present");
        using var temp = new TempFolder();
        Assert.Equal(Run(corpus, temp.Combine("out-1"), 1), Run(corpus, temp.Combine("out-8"), 8));
    }

    /// <summary>Converts <paramref name="input"/>; returns every output file's bytes and every report line, as text.</summary>
    private static string Run(string input, string output, int threads)
    {
        var files = InputDiscovery.Expand([input], out _);
        var result = new MigrationRunner(new MigrationOptions { OutputDirectory = output, Parallelism = threads }).Run(files);
        var sb = new System.Text.StringBuilder();
        foreach (var d in result.Documents)
        {
            sb.Append(Path.GetRelativePath(input, d.Source)).Append(' ').Append(d.Output).Append(' ').Append(d.Status).Append(' ').Append(d.Action).Append('\n');
            foreach (var diagnostic in d.Diagnostics)
            {
                sb.Append("  ").Append(diagnostic with { File = Path.GetRelativePath(input, diagnostic.File ?? input) }).Append('\n');
            }
        }

        foreach (string file in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sb.Append("== ").Append(Path.GetRelativePath(output, file)).Append('\n').Append(Convert.ToBase64String(File.ReadAllBytes(file))).Append('\n');
        }

        return sb.ToString();
    }
}
