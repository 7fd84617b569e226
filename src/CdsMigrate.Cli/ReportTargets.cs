using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>
/// Turns <c>--report</c> and <c>--report-format</c> into reports to write. No pairing by position (it
/// silently sent GitHub annotations into a .json file in our own sample): each option says it all.
/// <c>--report FILE</c> takes the format from the extension (.json, .sarif, .xml = JUnit, .md = Markdown);
/// <c>--report FORMAT=FILE</c> names it (any extension; <c>FORMAT=-</c> is standard output);
/// <c>--report-format FORMAT</c> prints that format to standard output (github: annotations where the
/// runner reads them). A file whose format cannot be told is a usage error, not a guess.
/// </summary>
internal static class ReportTargets
{
    public static IReadOnlyList<ReportTarget> Resolve(IReadOnlyList<string> reports, IReadOnlyList<string> formats)
    {
        var targets = new List<ReportTarget>();
        foreach (var report in reports)
        {
            if (report == "-")
            {
                // Issue 13: "--report -" said only that the format could not be told; standard output needs one named.
                throw new UsageException($"--report -: name the format to print on standard output: --report json=- (or --report-format json); formats: {string.Join(", ", ReportWriters.Names)}");
            }

            int eq = report.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && ReportWriters.TryParse(report[..eq], out var named))
            {
                string path = report[(eq + 1)..];
                if (path.Length == 0)
                {
                    throw new UsageException($"--report {report}: a file (or -) is needed after '='");
                }

                targets.Add(new ReportTarget(named, path == "-" ? null : path));
            }
            else if (ReportWriters.FromExtension(report) is { } byExtension)
            {
                targets.Add(new ReportTarget(byExtension, report));
            }
            else
            {
                throw new UsageException($"--report {report}: the format cannot be told from the extension; use .json, .sarif, .xml (JUnit) or .md, or name it: --report FORMAT={report} ({string.Join(", ", ReportWriters.Names)})");
            }
        }

        foreach (var name in formats)
        {
            if (!ReportWriters.TryParse(name, out var format))
            {
                throw new UsageException($"unknown report format '{name}' (expected one of {string.Join(", ", ReportWriters.Names)})");
            }

            targets.Add(new ReportTarget(format, null));
        }

        return targets;
    }

    /// <summary>Writes every report; a report that cannot be written is said on standard error and returns false.</summary>
    public static bool WriteAll(IReadOnlyList<ReportTarget> targets, MigrationResult result, ReportInfo info, TextWriter stdout, TextWriter stderr, CliHooks hooks)
    {
        bool ok = true;
        foreach (var target in targets)
        {
            if (target.Path is null)
            {
                stdout.Write(ReportWriters.Write(target.Format, result, info));
            }
            else
            {
                ok &= TryWriteFile(target.Path, target.Format, result, info, stderr);
            }

            // On GitHub, the github format also fills the job summary page.
            if (target.Format == ReportFormat.Github && hooks.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            {
                ok &= TryWrite(summary, GithubReportWriter.StepSummary(result, info), append: true, stderr);
            }
        }

        return ok;
    }

    /// <summary>Streams a report to its file: a huge export's report is never held as one string.</summary>
    private static bool TryWriteFile(string path, ReportFormat format, MigrationResult result, ReportInfo info, TextWriter stderr)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            ReportWriters.Write(format, result, info, file);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"cdsmigrate: cannot write the report {path}: {ex.Message}");
            return false;
        }
    }

    private static bool TryWrite(string path, string text, bool append, TextWriter stderr)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            if (append) File.AppendAllText(path, text); else File.WriteAllText(path, text);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"cdsmigrate: cannot write the report {path}: {ex.Message}");
            return false;
        }
    }
}
