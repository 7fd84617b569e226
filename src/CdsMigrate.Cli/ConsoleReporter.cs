using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>Prints diagnostics to standard error in the compiler style, then a one-line summary.</summary>
internal static class ConsoleReporter
{
    public static void Print(MigrationResult result, TextWriter stderr, bool verbose, string verb)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            if (verbose || diagnostic.Severity >= Severity.Warning)
            {
                stderr.WriteLine(diagnostic.ToString());
            }
        }

        int total = result.Documents.Count;
        int converted = result.Documents.Count(d => d.Status == DocumentStatus.Converted);
        stderr.WriteLine($"cdsmigrate: {verb} {converted} of {total} document{(total == 1 ? "" : "s")}; " +
            $"{result.Count(Severity.Error)} error(s), {result.Count(Severity.Warning)} warning(s), {result.Count(Severity.Info)} info(s).");
    }

    /// <summary>The exit code for a finished run.</summary>
    public static int ExitCode(MigrationResult result, Severity? failOn)
    {
        if (result.AnyInputFailed)
        {
            return ExitCodes.InputFailed;
        }

        if (failOn is { } threshold && result.Diagnostics.Any(d => d.Severity >= threshold))
        {
            return ExitCodes.DiagnosticsFailed;
        }

        // A kept existing file (CDS3004, an error) follows --fail-on like any diagnostic: with --fail-on never a
        // re-run over hand-edited output succeeds; other unwritten documents always fail the run.
        return result.Documents.Any(d => d.Status != DocumentStatus.Converted && d.Action != WriteAction.KeptExisting) ? ExitCodes.DiagnosticsFailed : ExitCodes.Success;
    }
}
