using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>Options shared by the commands that convert.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Inputs { get; } = new("input")
    {
        Description = "Post files or folders (read recursively: *.md, *.html), or - for standard input.",
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

    public CommonOptions()
    {
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

    /// <summary>Prints the diagnostics, writes the reports, and returns the exit code.</summary>
    public int Finish(ParseResult parse, string command, string verb, MigrationResult result, IReadOnlyList<ReportTarget> reports,
        TextWriter stdout, TextWriter stderr, CliHooks hooks)
    {
        ConsoleReporter.Print(result, stderr, parse.GetValue(Verbose), verb);
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
