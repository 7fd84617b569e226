using CdsMigrate.Cli;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Robustness;

/// <summary>The convert command's safe-write behaviour, run in process: --dry-run, --force, re-runs, exit codes.</summary>
public sealed class ConvertSafetyCliTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ConvertSafetyCliTests()
    {
        Directory.CreateDirectory(In);
        File.WriteAllText(Path.Combine(In, "one.md"), "---\ntitle: One\n---\n<p>First post.</p>\n");
        Directory.CreateDirectory(Path.Combine(In, "en"));
        File.WriteAllText(Path.Combine(In, "en", "two.html"), "---\ntitle: Two\n---\n<p>Second post.</p>\n");
    }

    private string In => _temp.Combine("in");

    private string Out => _temp.Combine("out");

    public void Dispose() => _temp.Dispose();

    private (int Exit, string Stdout, string Stderr) Run(params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(["convert", In, "--out", Out, .. extra], new StringReader(""), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Dry_run_lists_the_plan_and_writes_nothing()
    {
        var (exit, stdout, _) = Run("--dry-run");

        Assert.Equal(0, exit);
        Assert.Equal("create    en/two.md\ncreate    one.md\n", stdout.Replace("\r\n", "\n"));
        Assert.False(Directory.Exists(Out));
    }

    [Fact]
    public void A_rerun_leaves_unchanged_files_untouched()
    {
        Assert.Equal(0, Run().Exit);
        string one = Path.Combine(Out, "one.md");
        var old = new DateTime(2021, 5, 6, 7, 8, 9, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(one, old);

        var (exit, _, stderr) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("0 created, 0 replaced, 2 unchanged", stderr);
        Assert.Equal(old, File.GetLastWriteTimeUtc(one));
    }

    [Fact]
    public void An_edited_output_is_kept_reported_and_replaced_only_with_force()
    {
        Assert.Equal(0, Run().Exit);
        string one = Path.Combine(Out, "one.md");
        File.WriteAllText(one, "edited by hand\n");

        var dry = Run("--dry-run");
        Assert.Contains("keep      one.md", dry.Stdout);
        Assert.Contains("unchanged en/two.md", dry.Stdout);

        var kept = Run();
        Assert.Equal(1, kept.Exit);
        Assert.Contains("error CDS3004: one.md exists with different content", kept.Stderr);
        Assert.Equal("edited by hand\n", File.ReadAllText(one));

        // --fail-on governs it like any diagnostic.
        Assert.Equal(0, Run("--fail-on", "never").Exit);
        Assert.Equal("edited by hand\n", File.ReadAllText(one));

        var forced = Run("--force");
        Assert.Equal(0, forced.Exit);
        Assert.Contains("1 replaced", forced.Stderr);
        Assert.Contains("First post.", File.ReadAllText(one));
    }

    [Fact]
    public void Leftover_temporary_files_are_cleaned_and_the_rerun_completes()
    {
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, ".one.md.cdsmigrate-deadbeef.tmp"), "---\ntitle: O");

        var (exit, _, stderr) = Run();

        Assert.Equal(0, exit);
        Assert.Contains("1 temporary file(s) of an interrupted run removed", stderr);
        Assert.Equal(["en/two.md", "one.md"], _temp.Files(Out));
    }

    [Fact]
    public void Two_inputs_with_the_same_output_do_not_overwrite_each_other()
    {
        File.WriteAllText(Path.Combine(In, "one.html"), "---\ntitle: Other\n---\n<p>Other post.</p>\n");

        var (exit, _, stderr) = Run("--fail-on", "never");

        // A post file's name is its URL (issue 9): the second one (in input order, so every run agrees) is not
        // written and not renamed either; the run fails so that someone decides.
        Assert.Contains(DiagnosticCodes.OutputPathCollision.Code, stderr);
        Assert.DoesNotContain(DiagnosticCodes.DuplicateOutputPath.Code, stderr);
        Assert.NotEqual(0, exit);
        Assert.Equal(["en/two.md", "one.md"], _temp.Files(Out));
        Assert.Contains("Other post.", File.ReadAllText(Path.Combine(Out, "one.md"))); // one.html sorts before one.md
    }

    [Fact]
    public void Inputs_over_the_size_limit_are_refused_unread_and_the_others_convert()
    {
        File.WriteAllText(Path.Combine(In, "big.md"), "---\ntitle: Big\n---\n<p>" + new string('x', 2 * 1024 * 1024) + "</p>\n");

        var (exit, _, stderr) = Run("--max-input-mb", "1");

        Assert.Equal(3, exit);
        Assert.Contains("big.md: error CDS6004: the file is 2,097,", stderr);
        Assert.Equal(["en/two.md", "one.md"], _temp.Files(Out));
    }
}
