using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>Prints diagnostics to standard error in the compiler style, then a one-line summary.</summary>
internal static class ConsoleReporter
{
    public static void Print(MigrationResult result, TextWriter stderr, bool verbose, string verb)
    {
        foreach (var report in result.Documents)
        {
            PrintDiagnostics(report, stderr, verbose);
        }

        PrintSummary(result, stderr, verb);
    }

    /// <summary>The translation findings of a run, printed once the run is over (pairing needs every document).</summary>
    public static void PrintDiagnostics(Core.Translations.TranslationReport? translations, TextWriter stderr, bool verbose)
    {
        foreach (var diagnostic in translations?.Diagnostics ?? [])
        {
            if (verbose || diagnostic.Severity >= Severity.Warning)
            {
                stderr.WriteLine(diagnostic.ToString());
            }
        }
    }

    /// <summary>One document's diagnostics, as a run streams them (a long export shows progress as it goes).</summary>
    public static void PrintDiagnostics(DocumentReport report, TextWriter stderr, bool verbose)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            if (verbose || diagnostic.Severity >= Severity.Warning)
            {
                stderr.WriteLine(diagnostic.ToString());
            }
        }
    }

    public static void PrintSummary(MigrationResult result, TextWriter stderr, string verb)
    {
        int skipped = result.Documents.Count(d => d.Status == DocumentStatus.Skipped);
        int total = result.Documents.Count - skipped;
        int converted = result.Documents.Count(d => d.Status == DocumentStatus.Converted);
        int already = result.Documents.Count(d => d.Status == DocumentStatus.AlreadyMarkdown);
        // Already-Markdown bodies are kept, not converted (issue 9): counted apart.
        var notes = new List<string>();
        if (already > 0) notes.Add($"{already} already Markdown");
        if (skipped > 0) notes.Add($"{skipped} skipped");
        string skippedNote = notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "";
        stderr.WriteLine($"cdsmigrate: {verb} {converted} of {total} document{(total == 1 ? "" : "s")}{skippedNote}; " +
            $"{result.Count(Severity.Error)} error(s), {result.Count(Severity.Warning)} warning(s), {result.Count(Severity.Info)} info(s).");
        if (result.Translations is { } translations && (translations.Checked || translations.Documents > 0))
        {
            stderr.WriteLine("cdsmigrate: " + translations.Summary());
        }

        if (result.Site is { Documents: > 0 } site)
        {
            stderr.WriteLine("cdsmigrate: " + site.Summary());
        }
    }

    /// <summary>The exit code for a finished run.</summary>
    public static int ExitCode(MigrationResult result, Severity? failOn)
    {
        if (result.AnyInputFailed)
        {
            return ExitCodes.InputFailed;
        }

        if (failOn is { } threshold && Enum.GetValues<Severity>().Any(s => s >= threshold && result.Count(s) > 0))
        {
            return ExitCodes.DiagnosticsFailed;
        }

        // A kept existing file (CDS3004, an error) follows --fail-on like any diagnostic: with --fail-on never a
        // re-run over hand-edited output succeeds; other unwritten documents always fail the run.
        return result.Documents.Any(d => d.Status is DocumentStatus.Failed or DocumentStatus.NotWritten && d.Action != WriteAction.KeptExisting)
            ? ExitCodes.DiagnosticsFailed
            : ExitCodes.Success;
    }
}
