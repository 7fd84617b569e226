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
        Description = "Also print info diagnostics (warnings and errors are always printed).",
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
        command.Add(Types);
        command.Add(Layout);
        command.Add(FrontMatter);
        command.Add(Meta);
        command.Add(Links);
        command.Add(Site);
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
    };

    /// <summary>The reports asked for; a usage error when formats and files do not fit together.</summary>
    public IReadOnlyList<ReportTarget> ReportTargets(ParseResult parse) =>
        Cli.ReportTargets.Resolve(parse.GetValue(Report) ?? [], parse.GetValue(ReportFormat) ?? []);

    /// <summary>
    /// Runs files and folders, printing each document's diagnostics as it is committed (a long export shows
    /// progress). A missing input is reported like an unreadable one; the others still run. Diagnostics are kept
    /// for the end only when a report needs them, so a huge export without reports runs in flat memory.
    /// </summary>
    public MigrationResult RunStreaming(ParseResult parse, MigrationOptions options, IReadOnlyList<string> inputs, IReadOnlyList<ReportTarget> reports, TextWriter stderr)
    {
        var files = InputDiscovery.Expand(inputs, out var missing);
        return RunStreaming(parse, options, files, missing, reports, stderr);
    }

    /// <summary>As <see cref="RunStreaming(ParseResult, MigrationOptions, IReadOnlyList{string}, IReadOnlyList{ReportTarget}, TextWriter)"/>, for inputs already found.</summary>
    public MigrationResult RunStreaming(ParseResult parse, MigrationOptions options, IReadOnlyList<InputFile> files, IReadOnlyList<string> missing,
        IReadOnlyList<ReportTarget> reports, TextWriter stderr)
    {
        bool verbose = parse.GetValue(Verbose);
        var missingReports = missing.Select(MigrationRunner.MissingInput).ToList();
        missingReports.ForEach(r => ConsoleReporter.PrintDiagnostics(r, stderr, verbose));
        var run = new MigrationRunner(options with { KeepDiagnostics = reports.Count > 0 }).Run(files, report => ConsoleReporter.PrintDiagnostics(report, stderr, verbose));
        // Translation findings come once every document is in: printed after them.
        ConsoleReporter.PrintDiagnostics(run.Translations, stderr, verbose);
        return new MigrationResult([.. missingReports, .. run.Documents])
        {
            Tally = run.Tally is { } tally ? [.. tally.Select((n, i) => n + missingReports.Sum(r => r.Diagnostics.Count(d => (int)d.Severity == i)))] : null,
            TemporaryFilesRemoved = run.TemporaryFilesRemoved,
            Translations = run.Translations,
            Site = run.Site,
        };
    }

    /// <summary>Prints the diagnostics (unless already <paramref name="printed"/>) and the summary, writes the reports, and returns the exit code.</summary>
    public int Finish(ParseResult parse, string command, string verb, MigrationResult result, IReadOnlyList<ReportTarget> reports,
        TextWriter stdout, TextWriter stderr, CliHooks hooks, bool printed = false)
    {
        if (printed)
        {
            ConsoleReporter.PrintSummary(result, stderr, verb);
        }
        else
        {
            ConsoleReporter.Print(result, stderr, parse.GetValue(Verbose), verb);
        }

        var info = new ReportInfo(CliApp.Version, command, ConversionOptions(parse), parse.GetValue(FailOn) ?? "error");
        bool written = Cli.ReportTargets.WriteAll(reports, result, info, stdout, stderr, hooks);
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
