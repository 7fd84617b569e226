using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Cli;

/// <summary>Options shared by the commands that convert.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Inputs { get; } = new("input")
    {
        Description = "Post files, WXR exports (.xml), REST API JSON (.json) or folders of them (read recursively), or - for standard input. What a file holds is told from its content.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Flavor { get; } = new("--flavor")
    {
        Description = "Markdown flavour of the output: commonmark, gfm or hugo.",
        DefaultValueFactory = _ => "gfm",
    };

    public Option<string> Unknown { get; } = new("--unknown")
    {
        Description = "A block with no Markdown form is kept as raw HTML (keep), dropped (drop) or fails its document (fail). Always reported.",
        DefaultValueFactory = _ => "keep",
    };

    public Option<string> FailOn { get; } = new("--fail-on")
    {
        Description = "Exit with code 1 when a diagnostic is at or above this severity: error, warning, info or never.",
        DefaultValueFactory = _ => "error",
    };

    public Option<string[]> Report { get; } = new("--report")
    {
        HelpName = "[format=]file",
        Description = "Write a report to a file (repeatable). The format comes from the extension (.json, .sarif, .xml = JUnit, .md = Markdown) or is named: json=, junit=, sarif=, github=, markdown= (e.g. github=annotations.txt; FORMAT=- is standard output).",
    };

    public Option<string[]> ReportFormat { get; } = new("--report-format")
    {
        HelpName = "json|junit|sarif|github|markdown",
        Description = "Print a report in this format to standard output (repeatable). github prints annotations for GitHub Actions and, when $GITHUB_STEP_SUMMARY is set, appends a Markdown summary to it.",
    };

    public Option<bool> NoVerify { get; } = new("--no-verify")
    {
        Description = "Skip rendering the output back and comparing it with the source.",
    };

    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Also print info diagnostics (warnings and errors are printed by default).",
    };

    public Option<bool> Quiet { get; } = new("--quiet", "-q")
    {
        Description = "Print nothing but errors: no warnings, no progress, no summary (reports are still written).",
    };

    public Option<string[]> Ignore { get; } = new("--ignore")
    {
        HelpName = "CODE",
        Description = "Hide a diagnostic code everywhere: console, reports and exit code (repeatable, or comma-separated: --ignore CDS1105,CDS1101).",
    };

    public Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "No colour on the terminal (NO_COLOR=1 does the same). Off a terminal there is never colour.",
    };

    public Option<int> MaxPerCode { get; } = new("--max-per-code")
    {
        HelpName = "N",
        Description = "Print at most N diagnostics of each code on the console, then one 'and K more' line (reports list them all).",
        DefaultValueFactory = _ => 10,
    };

    public Option<string?> Types { get; } = new("--types")
    {
        Description = "Post types to convert from exports, comma-separated (e.g. post,page). Default: every type that is not WordPress-internal.",
    };

    public Option<string?> Layout { get; } = new("--layout")
    {
        Description = "Output path of exported items, with tokens {type} {lang} {yyyy} {MM} {dd} {slug} {id} {path} ({path}: the slug below its parent pages' slugs, keeping the page hierarchy). Default: {type}/{slug}.md, or {lang}/{type}/{slug}.md when the language is known. Page bundles: {type}/{slug}/index.md. Without {lang}, the languages of a qTranslate item get a .{lang}.md suffix.",
    };

    public Option<string> FrontMatter { get; } = new("--front-matter")
    {
        Description = "Front matter of exported items: default (title, date, slug, draft, taxonomies, aliases, wp map) or cds (the CDS site's blog schema).",
        DefaultValueFactory = _ => "default",
    };

    public Option<bool> Meta { get; } = new("--meta")
    {
        Description = "Copy public postmeta (keys not starting with _) of exported items into a meta map.",
    };

    public Option<bool> PlainHeadings { get; } = new("--plain-headings")
    {
        Description = "Drop bold and italic inside headings (kept by default: the author chose them and the site shows them).",
    };

    public Option<string[]> Shortcode { get; } = new("--shortcode")
    {
        HelpName = "NAME",
        Description = "A shortcode name the site registers, besides WordPress core, Jetpack and common plugins (repeatable, or comma-separated). WordPress expands only registered names: any other [name] is text.",
    };

    public Option<string> Links { get; } = new("--links")
    {
        Description = "Links between posts of the run: rewrite (to the new file: a relref in the hugo flavour, a relative .md path otherwise; links into the old site that match no post are warnings) or keep.",
        DefaultValueFactory = _ => "rewrite",
    };

    public Option<string?> Site { get; } = new("--site")
    {
        HelpName = "dir",
        Description = "The Hugo site the output goes into: its config (hugo.toml/yaml/json, config.*) gives post files their old permalinks (baseURL, permalinks per language) and is checked for the settings the output needs.",
    };

    public Option<string[]> DropBlock { get; } = new("--drop-block")
    {
        HelpName = "NAME",
        Description = "Leave out every block of this name (core/spacer, cds-snc/accordion, or a tag name such as iframe), before any rule (repeatable, or comma-separated). Each one dropped is reported (CDS7100).",
    };

    public Option<string[]> RawBlock { get; } = new("--raw-block")
    {
        HelpName = "NAME",
        Description = "Keep every block of this name as raw HTML, without trying a rule (repeatable, or comma-separated). Each one kept is reported (CDS7101).",
    };

    public Option<string[]> Exclude { get; } = ExcludeOption();

    public Option<string?> Config { get; } = ConfigOption();

    /// <summary><c>--exclude GLOB</c>, shared with inventory.</summary>
    public static Option<string[]> ExcludeOption() => new("--exclude")
    {
        HelpName = "GLOB",
        Description = "Do not read files that match this path pattern (* within a folder name, ** across folders, ? one character; a folder excludes what is under it; relative to the current folder). Repeatable. Lets --out lie inside an input folder when it is excluded.",
    };

    /// <summary><c>--config FILE</c>, on every command that reads a config file.</summary>
    public static Option<string?> ConfigOption() => new("--config")
    {
        HelpName = "FILE",
        Description = "Read options from this YAML file (default: cdsmigrate.yml in the current folder, when there is one). Options on the command line override the file's; a repeatable option given on the command line replaces the file's list.",
    };

    public CommonOptions()
    {
        Links.AcceptOnlyFromAmong("rewrite", "keep");
        FrontMatter.AcceptOnlyFromAmong("default", "cds");
        Flavor.AcceptOnlyFromAmong("commonmark", "gfm", "hugo");
        Unknown.AcceptOnlyFromAmong("keep", "drop", "fail");
        FailOn.AcceptOnlyFromAmong("error", "warning", "info", "never");
    }

    public void AddTo(Command command)
    {
        command.Add(Inputs);
        command.Add(Flavor);
        command.Add(Unknown);
        command.Add(FailOn);
        command.Add(Report);
        command.Add(ReportFormat);
        command.Add(NoVerify);
        command.Add(Verbose);
        command.Add(Quiet);
        command.Add(Ignore);
        command.Add(NoColor);
        command.Add(MaxPerCode);
        command.Add(Types);
        command.Add(Layout);
        command.Add(FrontMatter);
        command.Add(Meta);
        command.Add(PlainHeadings);
        command.Add(Shortcode);
        command.Add(Links);
        command.Add(Site);
        command.Add(DropBlock);
        command.Add(RawBlock);
        command.Add(Exclude);
        command.Add(Config);
    }

    /// <summary>The <c>--exclude</c> patterns, anchored at the working folder (a config file's are already resolved against its folder).</summary>
    public IReadOnlyList<PathGlob> Excludes(ParseResult parse) => ExcludePatterns(parse.GetValue(Exclude));

    public static IReadOnlyList<PathGlob> ExcludePatterns(string[]? patterns) =>
        (patterns ?? []).Where(p => p.Length > 0).Select(p => new PathGlob(p, Environment.CurrentDirectory)).ToList();

    /// <summary>Block names of a repeatable, comma-separable option.</summary>
    private static HashSet<string> Names(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The per-block choices; a block both dropped and kept raw is a usage error.</summary>
    public BlockChoices Blocks(ParseResult parse)
    {
        var drop = Names(parse.GetValue(DropBlock));
        var raw = Names(parse.GetValue(RawBlock));
        if (drop.Intersect(raw).FirstOrDefault() is { } both)
        {
            throw new UsageException($"block {both} is both in --drop-block and in --raw-block: choose one");
        }

        return drop.Count == 0 && raw.Count == 0 ? BlockChoices.None : new BlockChoices { Drop = drop, Raw = raw };
    }

    /// <summary>
    /// The run's site options: the link policy and the Hugo site read from <c>--site</c>. A site that cannot be
    /// read is a usage error: the user asked for it, and old permalinks would silently be missing.
    /// </summary>
    public MigrationOptions SiteOptions(ParseResult parse, MigrationOptions options)
    {
        var links = parse.GetValue(Links) == "keep" ? Core.Site.LinkPolicy.Keep : Core.Site.LinkPolicy.Rewrite;
        string? site = parse.GetValue(Site);
        if (site is null)
        {
            return options with { Links = links };
        }

        var (config, problem) = Core.Site.HugoSiteConfigReader.Read(site);
        if (config is null)
        {
            throw new UsageException($"--site {site}: {problem!.Message}");
        }

        return options with { Links = links, Site = config };
    }

    /// <summary>How exports are read; a layout that cannot work is a usage error.</summary>
    public SourceOptions SourceOptions(ParseResult parse)
    {
        string? layout = parse.GetValue(Layout);
        if (layout is not null && OutputLayout.Validate(layout) is { } problem)
        {
            throw new UsageException(problem);
        }

        string? types = parse.GetValue(Types);
        var typeSet = types is null
            ? null
            : types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        if (typeSet is { Count: 0 })
        {
            throw new UsageException("--types needs at least one post type (e.g. post,page)");
        }

        return new SourceOptions
        {
            Types = typeSet,
            Layout = layout,
            FrontMatter = parse.GetValue(FrontMatter) == "cds" ? FrontMatterPreset.Cds : FrontMatterPreset.Default,
            IncludeMeta = parse.GetValue(Meta),
        };
    }

    public ConversionOptions ConversionOptions(ParseResult parse) => new()
    {
        Flavor = parse.GetValue(Flavor) switch { "commonmark" => MarkdownFlavor.CommonMark, "hugo" => MarkdownFlavor.Hugo, _ => MarkdownFlavor.Gfm },
        Unknown = parse.GetValue(Unknown) switch { "drop" => UnknownBlockPolicy.Drop, "fail" => UnknownBlockPolicy.Fail, _ => UnknownBlockPolicy.Keep },
        Verify = !parse.GetValue(NoVerify),
        PlainHeadings = parse.GetValue(PlainHeadings),
        KnownShortcodes = [.. (parse.GetValue(Shortcode) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
        Blocks = Blocks(parse),
    };

    /// <summary>The reports asked for; a usage error when formats and files do not fit together.</summary>
    public IReadOnlyList<ReportTarget> ReportTargets(ParseResult parse) =>
        Cli.ReportTargets.Resolve(parse.GetValue(Report) ?? [], parse.GetValue(ReportFormat) ?? []);

    /// <summary>
    /// Runs files and folders, printing each document's diagnostics as it is committed (a long export shows
    /// progress). A missing input is reported like an unreadable one; the others still run. Diagnostics are kept
    /// for the end only when a report needs them, so a huge export without reports runs in flat memory.
    /// </summary>
    public MigrationResult RunStreaming(ParseResult parse, MigrationOptions options, IReadOnlyList<string> inputs, IReadOnlyList<ReportTarget> reports, TextWriter stderr, CliHooks hooks)
    {
        var files = InputDiscovery.Expand(inputs, Excludes(parse), options.OutputDirectory, out var missing);
        return RunStreaming(parse, options, files, missing, reports, stderr, hooks);
    }

    /// <summary>As <see cref="RunStreaming(ParseResult, MigrationOptions, IReadOnlyList{string}, IReadOnlyList{ReportTarget}, TextWriter, CliHooks)"/>, for inputs already found.</summary>
    public MigrationResult RunStreaming(ParseResult parse, MigrationOptions options, IReadOnlyList<InputFile> files, IReadOnlyList<string> missing,
        IReadOnlyList<ReportTarget> reports, TextWriter stderr, CliHooks hooks)
    {
        var view = View(parse, reports, stderr, hooks);
        var missingReports = missing.Select(MigrationRunner.MissingInput).ToList();
        missingReports.ForEach(view.Document);
        var runner = new MigrationRunner(options with { KeepDiagnostics = reports.Count > 0, KeepPlanDetails = false });
        var run = view.WithProgress(progress => runner.Run(files, view.Document, progress, hooks.Interrupt));
        // Translation findings come once every document is in: printed after them.
        foreach (var diagnostic in (run.Translations?.Diagnostics ?? []).Where(d => !options.IgnoredCodes.Contains(d.Code)))
        {
            view.Diagnostic(diagnostic);
        }

        return run with
        {
            Documents = [.. missingReports, .. run.Documents],
            Tally = run.Tally is { } tally ? [.. tally.Select((n, i) => n + missingReports.Sum(r => r.Diagnostics.Count(d => (int)d.Severity == i)))] : null,
        };
    }

    private ConsoleView? _view;

    /// <summary>How this run prints (made once per command run).</summary>
    public ConsoleView View(ParseResult parse, IReadOnlyList<ReportTarget> reports, TextWriter stderr, CliHooks hooks)
    {
        if (_view is null)
        {
            bool noColor = parse.GetValue(NoColor) || hooks.Environment("NO_COLOR") is { Length: > 0 };
            // CDSMIGRATE_PROGRESS_SECONDS: how often the plain progress line comes off a terminal (tests make it short).
            double seconds = double.TryParse(hooks.Environment("CDSMIGRATE_PROGRESS_SECONDS"), System.Globalization.NumberStyles.Float,
                System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 5;
            _view = new ConsoleView(stderr, hooks.ErrorIsTerminal, !noColor, parse.GetValue(Quiet), parse.GetValue(Verbose),
                parse.GetValue(MaxPerCode), TimeSpan.FromSeconds(seconds), reports.Any(r => r.Path is not null));
        }

        return _view;
    }

    /// <summary>The codes --ignore hides (a usage error when one is not a code).</summary>
    public IReadOnlySet<string> IgnoredCodes(ParseResult parse)
    {
        var codes = (parse.GetValue(Ignore) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        foreach (var code in codes)
        {
            if (CodeProblem(code) is { } problem)
            {
                throw new UsageException($"--ignore {code}: {problem}");
            }
        }

        return codes;
    }

    /// <summary>Why <paramref name="code"/> is not a diagnostic code, or null when it is one (also for cdsmigrate.yml).</summary>
    public static string? CodeProblem(string code)
    {
        code = code.ToUpperInvariant();
        if (DiagnosticCodes.All.Any(c => c.Code == code))
        {
            return null;
        }

        string? near = DidYouMean.Closest(code, DiagnosticCodes.All.Select(c => c.Code));
        return "no such diagnostic code" + (near is null ? "" : $" (did you mean {near}?)") + "; docs/diagnostics.md lists them";
    }

    /// <summary>Prints the diagnostics (unless already <paramref name="printed"/>) and the summary, writes the reports, and returns the exit code.</summary>
    public int Finish(ParseResult parse, string command, string verb, MigrationResult result, IReadOnlyList<ReportTarget> reports,
        TextWriter stdout, TextWriter stderr, CliHooks hooks, bool printed = false)
    {
        var view = View(parse, reports, stderr, hooks);
        if (!printed)
        {
            result.Documents.ToList().ForEach(view.Document);
        }

        result.RunDiagnostics.ToList().ForEach(view.Diagnostic);
        view.HiddenCounts();
        view.SummaryTable(result);
        if (ConsoleReporter.SiteSummary(result) is { } site)
        {
            view.Message(site);
        }

        view.Message(ConsoleReporter.Summary(result, verb));
        if (ConsoleReporter.TranslationSummary(result) is { } translations)
        {
            view.Message(translations);
        }

        var info = new ReportInfo(CliApp.Version, command, ConversionOptions(parse), parse.GetValue(FailOn) ?? "error");
        bool written = Cli.ReportTargets.WriteAll(reports, result, info, stdout, stderr, hooks);
        if (result.Interrupted)
        {
            // Documented exit code of a run stopped by Ctrl-C (128 + SIGINT), whatever was written.
            return ExitCodes.Interrupted;
        }

        int code = ConsoleReporter.ExitCode(result, FailOnSeverity(parse));
        // A CI job must not pass without the report it asked for.
        return code == ExitCodes.Success && !written ? ExitCodes.DiagnosticsFailed : code;
    }

    /// <summary>The severity at which the exit code becomes 1, or null for never.</summary>
    public Severity? FailOnSeverity(ParseResult parse) => parse.GetValue(FailOn) switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "never" => null,
        _ => Severity.Error,
    };
}
