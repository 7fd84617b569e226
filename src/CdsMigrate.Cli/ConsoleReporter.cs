using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>The closing summary line and the exit code of a run.</summary>
internal static class ConsoleReporter
{
    /// <summary>A diagnostic about the run as a whole: it has no file, so the tool's name stands where a path would.</summary>
    public static string RunLine(Diagnostic diagnostic) => diagnostic.File is not null
        ? diagnostic.ToString()
        : $"cdsmigrate: {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}";

    /// <summary>
    /// The closing line: what was done, and the diagnostics by severity. Generic over statuses: a document neither
    /// converted nor failed (skipped, already Markdown, any status the core adds) is counted apart in the note.
    /// </summary>
    public static string Summary(MigrationResult result, string verb)
    {
        int skipped = result.Documents.Count(d => d.Status == DocumentStatus.Skipped);
        int total = result.Documents.Count - skipped;
        int converted = result.Documents.Count(d => d.Status == DocumentStatus.Converted);
        var notes = Enum.GetValues<DocumentStatus>()
            .Where(s => s is not (DocumentStatus.Converted or DocumentStatus.NotWritten or DocumentStatus.Failed))
            .Select(s => (Status: s, Count: result.Documents.Count(d => d.Status == s)))
            .Where(s => s.Count > 0)
            .OrderBy(s => s.Status == DocumentStatus.Skipped)
            .Select(s => $"{s.Count} {StatusWords(s.Status)}")
            .ToList();
        string note = notes.Count > 0 ? $" ({string.Join(", ", notes)})" : "";
        string interrupted = result.Interrupted ? "interrupted: " : "";
        return $"cdsmigrate: {interrupted}{verb} {converted} of {total} document{(total == 1 ? "" : "s")}{note}; " +
            $"{result.Count(Severity.Error)} error(s), {result.Count(Severity.Warning)} warning(s), {result.Count(Severity.Info)} info(s).";
    }

    /// <summary>The site plan's line (URLs, aliases, links between posts), when the plan did something to say.</summary>
    public static string? SiteSummary(MigrationResult result) =>
        result.Site is { Documents: > 0 } site && (site.LinksKept || site.ClashesResolved + site.AliasesWritten + site.AliasesNotKept + site.LinksRewritten + site.LinksUnresolved > 0)
            ? "cdsmigrate: " + site.Summary()
            : null;

    /// <summary>The translations line, when the run paired any documents.</summary>
    public static string? TranslationSummary(MigrationResult result) =>
        result.Translations is { } translations && (translations.Checked || translations.Documents > 0) ? "cdsmigrate: " + translations.Summary() : null;

    private static string StatusWords(DocumentStatus status) => status switch
    {
        DocumentStatus.AlreadyMarkdown => "already Markdown",
        _ => ReportWriters.StatusName(status).Replace('-', ' '),
    };

    /// <summary>The exit code for a finished run.</summary>
    public static int ExitCode(MigrationResult result, Severity? failOn)
    {
        // --fail-on never means "only report" (samples/ci): findings, failed documents and unreadable inputs all
        // leave the exit code 0. Only a wrong command line, an unusable --out and an interruption stop it.
        if (failOn is null)
        {
            return ExitCodes.Success;
        }

        if (result.AnyInputFailed)
        {
            return ExitCodes.InputFailed;
        }

        if (Enum.GetValues<Severity>().Any(s => s >= failOn && result.Count(s) > 0))
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
