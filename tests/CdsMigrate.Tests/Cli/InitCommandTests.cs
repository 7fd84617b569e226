using System.Text.RegularExpressions;
using CdsMigrate.Cli;
using CdsMigrate.Cli.Config;
using CdsMigrate.Core.Batch;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13, point 3: 'cdsmigrate init' writes a commented config that the loader reads back to the same run.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CliHooks Hooks(Action<MigrationOptions>? observer = null) => new() { ConfigFolder = _temp.Path, OptionsObserver = observer };

    private string Init(params string[] inputs)
    {
        var run = CliRun.With(Hooks(), ["init", .. inputs]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return File.ReadAllText(_temp.Combine(CliApp.ConfigFileName));
    }

    [Fact]
    public void Init_refuses_to_replace_a_file_unless_forced()
    {
        Init();
        var again = CliRun.With(Hooks(), "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("exists: init does not replace it (give --force", again.Stderr);
        Assert.Equal(0, CliRun.With(Hooks(), "init", "--force").ExitCode);

        var printed = CliRun.With(Hooks(), "init", "--config", "-");
        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("# cdsmigrate.yml, written by 'cdsmigrate init'", printed.Stdout);
    }

    [Fact]
    public void Every_option_appears_with_its_help_text()
    {
        string text = Init();
        var root = CliApp.CreateRoot(TextReader.Null, TextWriter.Null, TextWriter.Null, CliHooks.Default);
        foreach (var command in ConfigKeys.Commands(root))
        {
            Assert.Contains($"\n{command.Name}:\n", text);
            foreach (var (key, option) in ConfigKeys.Options(command))
            {
                Assert.Matches(new Regex($"^ *(# )?{Regex.Escape(key)}:", RegexOptions.Multiline), text);
                string firstWords = string.Join(' ', option.Description!.Split(' ').Take(4));
                Assert.Contains(firstWords, text.Replace("\n  # ", " ").Replace("\n# ", " "));
            }
        }
    }

    [Fact]
    public void The_written_file_loads_and_runs_as_the_command_line_it_stands_for()
    {
        string wxr = Path.Combine(RepoPaths.Samples, "wxr");
        string text = Init(wxr);
        Assert.Contains("types: page,post\n", text);
        Assert.Contains("  site-url:\n    - https://example.gc.ca/\n", text);

        MigrationOptions? fromFile = null, fromCli = null;
        var run = CliRun.With(Hooks(o => fromFile = o), "convert", "--out", _temp.Combine("out"), "--dry-run");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("5 of 5 documents", run.Stderr + run.Stdout);
        var cli = CliRun.With(Hooks(o => fromCli = o), "convert", wxr, "--config", _temp.Write("empty.yml", ""), "--out", _temp.Combine("out"), "--dry-run",
            "--types", "page,post", "--site-url", "https://example.gc.ca/");
        Assert.True(cli.ExitCode == 0, cli.Stderr);
        AssertSame(fromCli!, fromFile!);
        Assert.Equal(run.Stdout, cli.Stdout);
    }

    [Fact]
    public void Every_default_shown_is_the_default()
    {
        // Uncommenting every '# key: value' line init wrote must change nothing: the values shown are the defaults.
        var root = CliApp.CreateRoot(TextReader.Null, TextWriter.Null, TextWriter.Null, CliHooks.Default);
        var keys = ConfigKeys.TopLevel(root).ToHashSet();
        string text = Init();
        string inCheck = "";
        var lines = text.Split('\n').Select(line =>
        {
            if (Regex.IsMatch(line, "^[a-z]+:$")) inCheck = line;
            var m = Regex.Match(line, "^( *)# ([a-z-]+): (.+)$");
            return m.Success && keys.Contains(m.Groups[2].Value) && inCheck != "check:" ? m.Groups[1].Value + m.Groups[2].Value + ": " + m.Groups[3].Value : line;
        });
        string uncommented = string.Join('\n', lines);
        Assert.Contains("\nflavor: gfm\n", uncommented);
        Assert.Contains("\n  max-input-mb: 32\n", uncommented);
        _temp.Write(CliApp.ConfigFileName, uncommented);

        string input = _temp.Write("in/a.md", "---\ntitle: A\n---\n\n<p>A.</p>\n");
        MigrationOptions? fromFile = null, plain = null;
        var run = CliRun.With(Hooks(o => fromFile = o), "convert", input, "--out", _temp.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(0, CliRun.With(new CliHooks { ConfigFolder = _temp.Combine("in"), OptionsObserver = o => plain = o }, "convert", input, "--out", _temp.Combine("out")).ExitCode);
        AssertSame(plain!, fromFile!);
    }

    private static void AssertSame(MigrationOptions expected, MigrationOptions actual)
    {
        Assert.Equal(expected.Conversion, actual.Conversion);
        Assert.Equal(expected.Sources.Types?.Order(), actual.Sources.Types?.Order());
        Assert.Equal(expected.Sources with { Types = null }, actual.Sources with { Types = null });
        Assert.Equal(expected.Media.SiteUrls, actual.Media.SiteUrls);
        Assert.Equal(expected.Media with { SiteUrls = [] }, actual.Media with { SiteUrls = [] });
        Assert.Equal(expected.IgnoredCodes.Order(), actual.IgnoredCodes.Order());
        Assert.Equal((expected.MaxInputBytes, expected.DryRun, expected.Force, expected.Links, expected.OutputDirectory),
            (actual.MaxInputBytes, actual.DryRun, actual.Force, actual.Links, actual.OutputDirectory));
    }

    [Theory]
    [InlineData("wxr", "en,fr", "page,post", "https://example.gc.ca/")]
    [InlineData("rest", "en,fr", "post", "https://articles.example.gc.ca/")]
    [InlineData("posts", "en,fr", "", "https://example.alpha.canada.ca/")]
    public void Guesses_on_the_samples(string sample, string languages, string types, string site)
    {
        var guess = Guess(Path.Combine(RepoPaths.Samples, sample));
        Assert.Equal(languages, string.Join(",", guess.Languages.Keys));
        Assert.Equal(types, string.Join(",", guess.Types.Keys));
        Assert.Equal(site, guess.SiteUrl);
    }

    [SkippableTheory]
    [InlineData("cds", "en,fr", "", "https://articles.alpha.canada.ca/")]
    [InlineData("wxr/WPTT-theme-test-data__themeunittestdata.wordpress.xml", "", "page,post", "https://wpthemetestdata.wordpress.com/")]
    [InlineData("rest-real/webaquebec__webaquebec2016-web__posts.json", "", "post", "http://webaquebec.org/")]
    [InlineData("rest-real/Instituto-Integracion-Somos-America__izquierdahispanica-org__posts.json", "", "post", "http://izquierdahispanica.org/")]
    public void Guesses_on_the_shared_corpora(string path, string languages, string types, string site)
    {
        string full = Path.Combine(RepoPaths.Corpus, path);
        Skip.IfNot(File.Exists(full) || Directory.Exists(full), $"{full} is absent (../shared is not checked out)");
        var guess = Guess(full);
        Assert.Equal(languages, string.Join(",", guess.Languages.Keys));
        Assert.Equal(types, string.Join(",", guess.Types.Keys));
        Assert.Equal(site, guess.SiteUrl);
    }

    [SkippableFact]
    public void Guesses_languages_of_a_bilingual_wxr()
    {
        string folder = Path.Combine(RepoPaths.Corpus, "wxr-real");
        Skip.IfNot(Directory.Exists(folder), $"{folder} is absent (../shared is not checked out)");
        // SOURCES.tsv: one of these exports is fr+en (a translation plugin's <!--:en--> comments).
        var guess = Guess(folder);
        Assert.Contains("en", guess.Languages.Keys);
        Assert.Contains("fr", guess.Languages.Keys);
        Assert.Contains("post", guess.Types.Keys);
    }

    private static InitGuess Guess(string input) => InitGuess.From(InputDiscovery.Expand([input], out _));
}
