using System.CommandLine;
using System.CommandLine.Completions;
using System.Text.Json;
using CdsMigrate.Cli;
using CdsMigrate.Cli.Config;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Cli;

/// <summary>Issue 13, point 3: cdsmigrate.yml holds every option, the command line overrides it, mistakes are located.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private const string Post = "---\ntitle: Hello\n---\n\n<!-- wp:paragraph -->\n<p>Hello.</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:spacer -->\n<div style=\"height:20px\" aria-hidden=\"true\" class=\"wp-block-spacer\"></div>\n<!-- /wp:spacer -->\n\n<table><tr><td>a</td></tr></table>\n";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private CliHooks Hooks(Action<MigrationOptions>? observer = null) => new() { ConfigFolder = _temp.Path, OptionsObserver = observer };

    private CliRun Run(string config, params string[] args)
    {
        _temp.Write(CliApp.ConfigFileName, config);
        return CliRun.With(Hooks(), args);
    }

    private static string ReportFlavor(CliRun run) => JsonDocument.Parse(run.Stdout).RootElement.GetProperty("options").GetProperty("flavor").GetString()!;

    [Fact]
    public void The_config_in_the_current_folder_is_read_and_the_command_line_overrides_it()
    {
        string input = _temp.Write("in/a.md", Post);
        var fromFile = Run("flavor: hugo\nreport-format: json\n", "check", input);
        Assert.True(fromFile.ExitCode == 0, fromFile.Stderr);
        Assert.Equal("hugo", ReportFlavor(fromFile));
        Assert.Contains($"options from {_temp.Combine(CliApp.ConfigFileName)}", fromFile.Stderr);

        var overridden = Run("flavor: hugo\nreport-format: json\n", "check", input, "--flavor", "commonmark");
        Assert.Equal("commonmark", ReportFlavor(overridden));

        // A command's section wins over the shared keys, for that command only.
        var section = Run("flavor: hugo\nreport-format: json\ncheck:\n  flavor: commonmark\nconvert:\n  flavor: gfm\n", "check", input);
        Assert.Equal("commonmark", ReportFlavor(section));
    }

    [Fact]
    public void A_repeatable_option_on_the_command_line_replaces_the_files_list()
    {
        string input = _temp.Write("in/a.md", Post);
        _temp.Write(CliApp.ConfigFileName, "ignore: [CDS1105, CDS1101]\ndrop-block: [core/spacer]\n");
        MigrationOptions? seen = null;
        Assert.Equal(0, CliRun.With(Hooks(o => seen = o), "check", input).ExitCode);
        Assert.Equal(["CDS1101", "CDS1105"], seen!.IgnoredCodes.Order());
        Assert.Equal(["core/spacer"], seen.Conversion.Blocks.Drop);

        Assert.Equal(0, CliRun.With(Hooks(o => seen = o), "check", input, "--ignore", "CDS1103").ExitCode);
        Assert.Equal(["CDS1103"], seen!.IgnoredCodes);
        Assert.Equal(["core/spacer"], seen.Conversion.Blocks.Drop);
    }

    [Fact]
    public void Inputs_on_the_command_line_replace_the_files()
    {
        _temp.Write("a/one.md", Post);
        _temp.Write("b/two.md", Post);
        _temp.Write(CliApp.ConfigFileName, "inputs: [a]\nout: out\n");
        var fromFile = CliRun.With(Hooks(), "convert", "--config", _temp.Combine(CliApp.ConfigFileName));
        Assert.True(fromFile.ExitCode == 0, fromFile.Stderr);
        Assert.Equal(["one.md"], _temp.Files(_temp.Combine("out")));

        var replaced = CliRun.With(Hooks(), "convert", _temp.Combine("b"), "--out", _temp.Combine("out2"), "--quiet");
        Assert.True(replaced.ExitCode == 0, replaced.Stderr);
        Assert.Equal(["two.md"], _temp.Files(_temp.Combine("out2")));
        Assert.DoesNotContain("options from", replaced.Stderr);
    }

    [Fact]
    public void A_shared_no_verify_is_for_convert_and_check_still_verifies()
    {
        string input = _temp.Write("in/a.md", Post);
        MigrationOptions? seen = null;
        _temp.Write(CliApp.ConfigFileName, "no-verify: true\n");
        Assert.Equal(0, CliRun.With(Hooks(o => seen = o), "check", input).ExitCode);
        Assert.True(seen!.Conversion.Verify);
        Assert.Equal(0, CliRun.With(Hooks(o => seen = o), "convert", input, "--out", _temp.Combine("out")).ExitCode);
        Assert.False(seen!.Conversion.Verify);
    }

    [Fact]
    public void Inputs_and_paths_in_the_file_are_relative_to_its_folder()
    {
        _temp.Write("site/content/a.md", Post);
        string config = _temp.Write("site/migrate.yml", "inputs: [content]\nout: out\nreport: json=reports/run.json\n");
        var run = CliRun.Of("convert", "--config", config);
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.True(File.Exists(_temp.Combine("site", "out", "a.md")), run.Stderr);
        Assert.True(File.Exists(_temp.Combine("site", "reports", "run.json")));
    }

    [Fact]
    public void Per_block_choices_drop_and_keep_raw_with_a_diagnostic_each_time()
    {
        string input = _temp.Write("in/a.md", Post);
        var run = Run("drop-block: core/spacer\nraw-block: [table]\nverbose: true\n", "convert", input, "--out", _temp.Combine("out"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("info CDS7100: core/spacer dropped as configured", run.Stderr);
        Assert.Contains("info CDS7101: table kept as raw HTML as configured", run.Stderr);
        string markdown = File.ReadAllText(_temp.Combine("out", "a.md"));
        Assert.Contains("<table><tbody><tr><td>a</td></tr></tbody></table>", markdown);
        Assert.DoesNotContain("spacer", markdown);
        Assert.DoesNotContain("CDS7102", run.Stderr);

        // A name that meets no block is most likely a typo: said once for the run.
        var typo = Run("drop-block: [core/spacr]\n", "check", input);
        Assert.Contains("warning CDS7102: --drop-block core/spacr: no block of this name in the run", typo.Stderr);

        var both = Run("drop-block: table\nraw-block: table\n", "check", input);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("both in --drop-block and in --raw-block", both.Stderr);
    }

    [Theory]
    [InlineData("flavour: hugo\n", 1, 1, "unknown key 'flavour' (did you mean 'flavor'?)")]
    [InlineData("out: o\n--flavor: hugo\n", 2, 1, "unknown key '--flavor': write option names without dashes ('flavor:')")]
    [InlineData("check:\n  fail-onn: warning\n", 2, 3, "unknown key 'fail-onn' of 'check' (did you mean 'fail-on'?)")]
    [InlineData("check:\n  out: o\n", 2, 3, "unknown key 'out' of 'check'")]
    [InlineData("flavor: hugoo\n", 1, 9, "flavor: 'hugoo' is not one of commonmark, gfm, hugo (did you mean 'hugo'?)")]
    [InlineData("flavor: [hugo]\n", 1, 9, "flavor: one value, not a list")]
    [InlineData("dry-run: yes\n", 1, 10, "dry-run: true or false, not 'yes'")]
    [InlineData("max-per-code: ten\n", 1, 15, "max-per-code: a whole number, not 'ten'")]
    [InlineData("ignore:\n  - CDS1105\n  - CDS1o05\n", 3, 5, "ignore: CDS1o05: no such diagnostic code (did you mean CDS1105?)")]
    [InlineData("layout: '{type}/{title}.md'\n", 1, 9, "layout: unknown token in layout")]
    [InlineData("site-url: example.ca\n", 1, 11, "site-url: an http(s) URL, not 'example.ca'")]
    [InlineData("types:\n", 1, 7, "types: no value")]
    [InlineData("report: report.txt\n", 1, 9, "report: --report report.txt: the format cannot be told")]
    [InlineData("config: other.yml\n", 1, 1, "a config file cannot name another one")]
    [InlineData("- flavor\n", 1, 1, "the file must be a mapping")]
    [InlineData("flavor: hugo\n  fail-on: warning\n", 2, 10, "not valid YAML")]
    [InlineData("inputs: [a, b\n", 2, 1, "not valid YAML")]
    public void Mistakes_are_errors_at_their_line_and_column_and_nothing_is_read(string config, int line, int column, string message)
    {
        // The input does not exist: had it been read, the error would be CDS2006 and exit 3.
        var run = Run(config, "convert", _temp.Combine("missing"), "--out", _temp.Combine("out"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{_temp.Combine(CliApp.ConfigFileName)}:{line}:{column}: error: {message}", run.Stderr);
        Assert.DoesNotContain("CDS2006", run.Stderr);
        Assert.False(Directory.Exists(_temp.Combine("out")), "nothing may be written");
    }

    [Fact]
    public void Every_mistake_of_a_file_is_listed_at_once()
    {
        var run = Run("flavour: hugo\nfail-on: warnings\nquiet: 1\n", "check", _temp.Combine("missing"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":1:1: error: unknown key 'flavour'", run.Stderr);
        Assert.Contains(":2:10: error: fail-on: 'warnings' is not one of", run.Stderr);
        Assert.Contains(":3:8: error: quiet: true or false, not '1'", run.Stderr);
    }

    [Fact]
    public void A_missing_config_named_on_the_command_line_is_a_usage_error()
    {
        string input = _temp.Write("in/a.md", Post);
        var run = CliRun.Of("check", input, "--config", _temp.Combine("nope.yml"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--config " + _temp.Combine("nope.yml") + ": no such file", run.Stderr);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Help_works_whatever_the_file_holds()
    {
        var run = Run("flavour: [\n", "convert", "--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--config", run.Stdout);
    }

    [Fact]
    public void An_empty_file_changes_nothing()
    {
        string input = _temp.Write("in/a.md", Post);
        var run = Run("# nothing yet\n", "check", input, "--report-format", "json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("gfm", ReportFlavor(run));
    }

    /// <summary>Every option of every command is a config key, shared and in its command's section, and is applied.</summary>
    [Fact]
    public void Every_option_of_every_command_is_accepted_and_applied()
    {
        var root = CliApp.CreateRoot(TextReader.Null, TextWriter.Null, TextWriter.Null, CliHooks.Default);
        var commands = ConfigKeys.Commands(root).ToList();
        Assert.Equal(["check", "convert", "inventory", "rules"], commands.Select(c => c.Name).Order());
        int checkedOptions = 0;
        foreach (var command in commands)
        {
            foreach (var option in command.Options.Where(o => o.Name != "--config"))
            {
                string key = option.Name[2..];
                string value = SampleValue(key, option);
                foreach (string yaml in new[] { $"{key}: {value}\n", $"{command.Name}:\n  {key}: {value}\n" })
                {
                    string path = _temp.Write("every.yml", yaml);
                    var (config, errors) = ConfigLoader.Load(path, root, Environment.CurrentDirectory);
                    Assert.True(errors.Count == 0, $"{command.Name} {option.Name}: {string.Join("; ", errors)}");

                    string[] args = ConfigKeys.TakesInputs(command) ? [command.Name, "input"] : [command.Name];
                    var typed = root.Parse(args);
                    var merged = root.Parse(ConfigArguments.Merge(args, typed, command, config!));
                    Assert.Empty(merged.Errors);
                    // A shared option the command hides (check's --no-verify) is another command's: only its section sets it.
                    bool shared = yaml.StartsWith(key, StringComparison.Ordinal);
                    Assert.True(merged.GetResult(option) is { Implicit: false } != (shared && option.Hidden), $"{command.Name} {option.Name} from '{yaml}' was not applied as it should");
                }

                checkedOptions++;
            }
        }

        Assert.True(checkedOptions >= 30, $"only {checkedOptions} options found");
    }

    /// <summary>A value each option accepts: its first allowed value, or one its checks take.</summary>
    internal static string SampleValue(string key, Option option)
    {
        if (option.ValueType == typeof(bool)) return "true";
        if (option.ValueType == typeof(int)) return "7";
        if (option.GetCompletions(CompletionContext.Empty).Select(c => c.Label).LastOrDefault() is { } allowed) return allowed;
        return key switch
        {
            "ignore" => "[CDS1105, CDS1101]",
            "report" => "[report.json, 'github=-']",
            "layout" => "'{lang}/{type}/{slug}.md'",
            "site-url" => "https://example.ca/",
            "types" => "post,page",
            "report-format" => "[json, sarif]",
            _ => option.ValueType.IsArray ? "[one, two]" : "value",
        };
    }

    [Fact]
    public void The_same_options_from_the_file_as_from_the_command_line()
    {
        string input = _temp.Write("in/a.md", Post);
        MigrationOptions? fromCli = null, fromFile = null;
        string[] cli = ["--flavor", "hugo", "--unknown", "drop", "--plain-headings", "--drop-block", "core/spacer", "--raw-block", "table,core/quote",
            "--types", "post,page", "--layout", "{lang}/{type}/{slug}.md", "--front-matter", "cds", "--meta", "--links", "keep",
            "--ignore", "CDS1105", "--max-input-mb", "3", "--site-url", "https://example.ca/", "--media-url", "/media/", "--dry-run"];
        Assert.Equal(0, CliRun.With(Hooks(o => fromCli = o), ["convert", input, "--out", _temp.Combine("out"), .. cli]).ExitCode);

        _temp.Write(CliApp.ConfigFileName, """
            flavor: hugo
            unknown: drop
            plain-headings: true
            drop-block: core/spacer
            raw-block: [table, core/quote]
            types: post,page
            layout: '{lang}/{type}/{slug}.md'
            front-matter: cds
            meta: true
            links: keep
            ignore: [CDS1105]
            convert:
              max-input-mb: 3
              site-url: [https://example.ca/]
              media-url: /media/
              dry-run: true
            """);
        Assert.Equal(0, CliRun.With(Hooks(o => fromFile = o), "convert", input, "--out", _temp.Combine("out")).ExitCode);

        Assert.Equal(fromCli!.Conversion, fromFile!.Conversion);
        Assert.Equal(fromCli.Sources.Types!.Order(), fromFile.Sources.Types!.Order());
        Assert.Equal(fromCli.Sources with { Types = null }, fromFile.Sources with { Types = null });
        Assert.Equal(fromCli.IgnoredCodes.Order(), fromFile.IgnoredCodes.Order());
        Assert.Equal(fromCli.Media.SiteUrls, fromFile.Media.SiteUrls);
        Assert.Equal(fromCli.Media with { SiteUrls = [] }, fromFile.Media with { SiteUrls = [] });
        Assert.Equal((fromCli.MaxInputBytes, fromCli.DryRun, fromCli.Links), (fromFile.MaxInputBytes, fromFile.DryRun, fromFile.Links));
        Assert.Equal(new BlockChoices { Drop = new HashSet<string> { "core/spacer" }, Raw = new HashSet<string> { "table", "core/quote" } }, fromFile.Conversion.Blocks);
    }
}
