using System.CommandLine;
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

    public Option<string?> Report { get; } = new("--report")
    {
        Description = "Write all diagnostics as JSON to this file.",
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
        command.Add(NoVerify);
        command.Add(Verbose);
    }

    public ConversionOptions ConversionOptions(ParseResult parse) => new()
    {
        Flavor = parse.GetValue(Flavor) switch { "commonmark" => MarkdownFlavor.CommonMark, "hugo" => MarkdownFlavor.Hugo, _ => MarkdownFlavor.Gfm },
        Unknown = parse.GetValue(Unknown) switch { "drop" => UnknownBlockPolicy.Drop, "fail" => UnknownBlockPolicy.Fail, _ => UnknownBlockPolicy.Keep },
        Verify = !parse.GetValue(NoVerify),
    };

    /// <summary>The severity at which the exit code becomes 1, or null for never.</summary>
    public Severity? FailOnSeverity(ParseResult parse) => parse.GetValue(FailOn) switch
    {
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        "never" => null,
        _ => Severity.Error,
    };
}
