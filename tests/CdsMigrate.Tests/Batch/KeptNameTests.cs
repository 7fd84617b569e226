using CdsMigrate.Cli;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Batch;

/// <summary>
/// Issue 9, point 4: a post file's name is part of its URL, so its output keeps its relative path byte for byte;
/// only names built from export data are made safe (SafePathTests). Hostile names are refused, never rewritten.
/// </summary>
public sealed class KeptNameTests : IDisposable
{
    // The shapes of the CDS site's own post file names: '…' (three were renamed to '...' before), '’', ':', '?',
    // a non-breaking space before ':' as French typography writes it, and mixed case.
    private static readonly string[] Names =
    [
        "2021-03-04-Et maintenant….md",
        "fr/2020-05-01-l’équipe.md",
        "en/2019-11-20-Policy: what we learned.md",
        "Why do we do this?.md",
        "fr/2022-01-10-Bilan\u00a0: l’année.md",
        "MixedCase/Post-About-APIs.md",
    ];

    public static TheoryData<string> SiteNames => new(Names);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(SiteNames))]
    public void Site_names_are_accepted_as_they_are(string name) =>
        Assert.Null(KeptPath.Refusal(name, windowsRules: false));

    [Theory]
    [InlineData("../evil.md")]
    [InlineData("a/../../evil.md")]
    [InlineData("a/./b.md")]
    [InlineData("a//b.md")]
    [InlineData("/etc/evil.md")]
    [InlineData("\\\\server\\share\\x.md")]
    [InlineData("C:/Windows/x.md")]
    [InlineData("a\0b.md")]
    [InlineData("line\nbreak.md")]
    [InlineData("esc\u001b[31m.md")]
    [InlineData("evil\u202Edm.md")]
    [InlineData(".hidden.md")]
    [InlineData(".git/hooks/pre-commit.md")]
    [InlineData("\uFF0E\uFF0E/escape.md")]
    [InlineData("\u2024\u2024/x.md")]
    [InlineData("\u2025/x.md")]
    [InlineData("a\uFF0Fb.md")]
    [InlineData("a\uFF3Cb.md")]
    public void Hostile_names_are_refused_with_a_reason(string name) =>
        Assert.NotNull(KeptPath.Refusal(name, windowsRules: false));

    [Fact]
    public void An_unpaired_surrogate_is_refused() =>
        Assert.NotNull(KeptPath.Refusal("\ud800x.md", windowsRules: false));

    [Theory]
    [InlineData("Policy: what.md")]
    [InlineData("why?.md")]
    [InlineData("CON.md")]
    [InlineData("posts/nul.txt.md")]
    [InlineData("trailing./x.md")]
    public void Windows_refuses_what_its_file_systems_refuse(string name)
    {
        Assert.NotNull(KeptPath.Refusal(name, windowsRules: true));
        Assert.Null(KeptPath.Refusal(name, windowsRules: false));
    }

    [Fact]
    public void Names_up_to_255_bytes_are_kept_and_longer_ones_refused()
    {
        Assert.Null(KeptPath.Refusal(new string('é', 125) + ".md", windowsRules: false));
        Assert.Contains("255 bytes", KeptPath.Refusal(new string('é', 127) + ".md", windowsRules: false));
    }

    [Fact]
    public void Convert_writes_every_post_file_under_its_own_name()
    {
        foreach (string name in Names)
        {
            _temp.Write(Path.Combine("in", name), "---\ntitle: T\n---\n<p>Body.</p>\n");
        }

        // 252 bytes: the writer's temporary file must not push it over the limit.
        string longName = new string('é', 124) + "x.md";
        _temp.Write(Path.Combine("in", longName), "---\ntitle: T\n---\n<p>Long.</p>\n");

        var run = Convert();

        Assert.True(run.Exit == 0, run.Stderr);
        Assert.DoesNotContain(DiagnosticCodes.OutputPathChanged.Code, run.Stderr);
        Assert.Equal([.. Names.Append(longName).Order(StringComparer.Ordinal)], _temp.Files(_temp.Combine("out")));
    }

    [Fact]
    public void A_post_file_name_the_output_cannot_hold_fails_that_document_naming_it_and_the_others_convert()
    {
        _temp.Write("in/good.md", "---\ntitle: T\n---\n<p>Body.</p>\n");
        _temp.Write("in/evil\u202Etxt.md", "---\ntitle: T\n---\n<p>Body.</p>\n");
        if (OperatingSystem.IsLinux())
        {
            // A backslash is a plain character in a Linux name; it would read as a separator elsewhere.
            _temp.Write("in/..\\..\\escape.md", "---\ntitle: T\n---\n<p>Body.</p>\n");
        }

        var run = Convert();

        Assert.NotEqual(0, run.Exit);
        Assert.Contains(DiagnosticCodes.SourceNameNotWritable.Code, run.Stderr);
        Assert.Contains("evil", run.Stderr);
        Assert.Equal(["good.md"], _temp.Files(_temp.Combine("out")));
        Assert.All(_temp.Files(_temp.Path), f => Assert.True(f.StartsWith("in/", StringComparison.Ordinal) || f == "out/good.md", f));
    }

    [Fact]
    public void Export_names_are_still_made_safe()
    {
        _temp.Write("in/export.json", """[{"id": 7, "type": "post", "slug": "a…b", "title": {"raw": "A"}, "content": {"raw": "<p>x</p>"}}]""");

        var run = Convert("--fail-on", "never");

        Assert.Contains(DiagnosticCodes.OutputPathChanged.Code, run.Stderr);
        Assert.Equal(["post/a...b.md"], _temp.Files(_temp.Combine("out")));
    }

    private (int Exit, string Stdout, string Stderr) Convert(params string[] extra)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = CliApp.Run(["convert", _temp.Combine("in"), "--out", _temp.Combine("out"), .. extra], new StringReader(""), stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
