using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>
/// Pairs <c>--report FILE</c> and <c>--report-format FORMAT</c> options, and writes the reports.
/// The n-th format goes with the n-th file. A file without a format takes it from its extension
/// (.json, .sarif, .xml = JUnit, .md = Markdown; anything else JSON). A format without a file, or the file
/// <c>-</c>, goes to standard output: <c>--report-format github</c> alone prints annotations where the
/// GitHub runner reads them. A format contradicting a file's known extension is a usage error.
/// </summary>
internal static class ReportTargets
{
    public static IReadOnlyList<ReportTarget> Resolve(IReadOnlyList<string> paths, IReadOnlyList<string> formats)
    {
        var targets = new List<ReportTarget>();
        for (int i = 0; i < Math.Max(paths.Count, formats.Count); i++)
        {
            string? path = i < paths.Count && paths[i] != "-" ? paths[i] : null;
            ReportFormat? byExtension = path is null ? null : ReportWriters.FromExtension(path);
            ReportFormat format;
            if (i < formats.Count)
            {
                if (!ReportWriters.TryParse(formats[i], out format))
                {
                    throw new UsageException($"unknown report format '{formats[i]}' (expected one of {string.Join(", ", ReportWriters.Names)})");
                }

                if (byExtension is { } expected && expected != format)
                {
                    throw new UsageException($"--report {path} has the extension of a {ReportWriters.Names[(int)expected]} report but --report-format says {formats[i]}: formats pair with files in order");
                }
            }
            else
            {
                format = byExtension ?? ReportFormat.Json;
            }

            targets.Add(new ReportTarget(format, path));
        }

        return targets;
    }

    /// <summary>Writes every report; a report that cannot be written is said on standard error and returns false.</summary>
    public static bool WriteAll(IReadOnlyList<ReportTarget> targets, MigrationResult result, ReportInfo info, TextWriter stdout, TextWriter stderr, CliHooks hooks)
    {
        bool ok = true;
        foreach (var target in targets)
        {
            string text = ReportWriters.Write(target.Format, result, info);
            if (target.Path is null)
            {
                stdout.Write(text);
            }
            else
            {
                ok &= TryWrite(target.Path, text, append: false, stderr);
            }

            // On GitHub, the github format also fills the job summary page.
            if (target.Format == ReportFormat.Github && hooks.Environment("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
            {
                ok &= TryWrite(summary, GithubReportWriter.StepSummary(result, info), append: true, stderr);
            }
        }

        return ok;
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
