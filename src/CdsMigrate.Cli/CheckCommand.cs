using System.CommandLine;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Cli;

/// <summary>
/// <c>cdsmigrate check</c>: converts in memory, verifies every document against its source, reports, and
/// writes no Markdown. Made for CI: the exit code follows <c>--fail-on</c>, reports go where CI reads them.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr, CliHooks? hooks = null)
    {
        hooks ??= CliHooks.Default;
        var common = new CommonOptions();
        var command = new Command("check", """
            Convert in memory and verify every document against its source; write no Markdown.
            Exit code 1 when a diagnostic is at or above --fail-on (default: error), 3 when an input cannot be read.

            Examples:
              cdsmigrate check export/posts
              cdsmigrate check export --report-format github --fail-on error
              cdsmigrate check export --report report.json --report report.sarif --report junit.xml
            """);
        common.AddTo(command);
        // Still parsed, so that 'check --no-verify' gets a clear usage error, but not offered in the help.
        common.NoVerify.Hidden = true;
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(common.Inputs) ?? [];
            var conversion = common.ConversionOptions(parse) with { MarkdownPieceRewriter = hooks.MarkdownPieceRewriter };
            if (!conversion.Verify)
            {
                throw new UsageException("check exists to verify: --no-verify makes no sense with it (use convert --no-verify)");
            }

            var options = common.SiteOptions(parse, new MigrationOptions { Conversion = conversion, Sources = common.SourceOptions(parse), OutputDirectory = null, Rules = hooks.Rules, IgnoredCodes = common.IgnoredCodes(parse) });
            hooks.OptionsObserver?.Invoke(options);
            var reports = common.ReportTargets(parse);
            if (inputs is ["-"])
            {
                // Told by content like a file (issue 9): an export is checked document by document, never as one post body.
                using var input = StandardInput.Read(stdin);
                if (input.IsExport)
                {
                    var exported = common.RunStreaming(parse, options, [input.SaveExport()], [], reports, stderr, hooks);
                    return common.Finish(parse, "check", "checked", exported, reports, stdout, stderr, hooks, printed: true);
                }

                var (report, _) = new MigrationRunner(options).ConvertText(input.Text, StandardInput.DisplayPath);
                return common.Finish(parse, "check", "checked", new MigrationResult([report with { Output = null }]), reports, stdout, stderr, hooks);
            }

            if (inputs.Contains("-"))
            {
                throw new UsageException("'-' (standard input) cannot be mixed with other inputs");
            }

            // Nothing is written: the output path a document would get is still reported.
            var result = common.RunStreaming(parse, options, inputs, reports, stderr, hooks);
            return common.Finish(parse, "check", "checked", result, reports, stdout, stderr, hooks, printed: true);
        });
        return command;
    }
}
