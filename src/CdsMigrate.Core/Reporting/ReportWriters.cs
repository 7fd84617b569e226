using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>Writes a run's results in one of the <see cref="ReportFormat"/>s.</summary>
internal static class ReportWriters
{
    public static string Write(ReportFormat format, MigrationResult result, ReportInfo info) => format switch
    {
        ReportFormat.Json => JsonReportWriter.Write(result, info),
        ReportFormat.Junit => JunitReportWriter.Write(result, info),
        ReportFormat.Sarif => SarifReportWriter.Write(result, info),
        ReportFormat.Github => GithubReportWriter.Write(result),
        ReportFormat.Markdown => MarkdownReportWriter.Write(result, info),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>Writes a report to a stream (a file): JSON and SARIF stream as they go, the others are small text.</summary>
    public static void Write(ReportFormat format, MigrationResult result, ReportInfo info, Stream stream)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReportWriter.Write(result, info, stream);
                break;
            case ReportFormat.Sarif:
                SarifReportWriter.Write(result, info, stream);
                break;
            default:
                var bytes = new System.Text.UTF8Encoding(false).GetBytes(Write(format, result, info));
                stream.Write(bytes);
                break;
        }
    }

    /// <summary>Parses a format name as users type it (json, junit, sarif, github, markdown).</summary>
    public static bool TryParse(string name, out ReportFormat format)
    {
        ReportFormat? parsed = name.ToLowerInvariant() switch
        {
            "json" => ReportFormat.Json,
            "junit" => ReportFormat.Junit,
            "sarif" => ReportFormat.Sarif,
            "github" => ReportFormat.Github,
            "markdown" or "md" => ReportFormat.Markdown,
            _ => null,
        };
        format = parsed ?? default;
        return parsed is not null;
    }

    /// <summary>The names <see cref="TryParse"/> accepts, for help and errors.</summary>
    public static IReadOnlyList<string> Names { get; } = ["json", "junit", "sarif", "github", "markdown"];

    /// <summary>The format a report file's extension suggests, or null: .json, .sarif, .xml (JUnit), .md.</summary>
    public static ReportFormat? FromExtension(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".json" => ReportFormat.Json,
        ".sarif" => ReportFormat.Sarif,
        ".xml" => ReportFormat.Junit,
        ".md" or ".markdown" => ReportFormat.Markdown,
        _ => null,
    };

    /// <summary>The status of a document as reports name it.</summary>
    public static string StatusName(DocumentStatus status) => status switch
    {
        DocumentStatus.Converted => "converted",
        DocumentStatus.AlreadyMarkdown => "already-markdown",
        DocumentStatus.NotWritten => "not-written",
        DocumentStatus.Skipped => "skipped",
        DocumentStatus.Failed => "failed",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>True for a document deliberately not converted (an export item that is not content).</summary>
    public static bool IsSkipped(DocumentStatus status) => status == DocumentStatus.Skipped;

    /// <summary>True for a document whose Markdown was produced: converted, or already Markdown and kept (issue 9).</summary>
    public static bool IsDone(DocumentStatus status) => status is DocumentStatus.Converted or DocumentStatus.AlreadyMarkdown;

    /// <summary>True when a document needs a person's attention: it failed, or has errors or warnings.</summary>
    public static bool NeedsAttention(DocumentReport document) =>
        (!IsDone(document.Status) && !IsSkipped(document.Status)) || document.Diagnostics.Any(d => d.Severity >= Severity.Warning);

    /// <summary>
    /// A name for each document that tells it apart: its source, and for the documents of an export (which
    /// share one source file) the output it gets.
    /// </summary>
    public static Func<DocumentReport, string> DocumentNames(MigrationResult result)
    {
        var shared = result.Documents.GroupBy(d => d.Source).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return d => shared.Contains(d.Source) && d.Output is not null ? $"{d.Source} → {d.Output}" : d.Source;
    }

    /// <summary>The catalogue entry of a code, or null for a code this version does not know.</summary>
    public static DiagnosticCode? Describe(string code) => DiagnosticCodes.All.FirstOrDefault(c => c.Code == code);

    internal static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };
}
