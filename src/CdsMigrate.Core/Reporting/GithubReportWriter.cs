using System.Text;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=CODE::message</c> for each error
/// and warning (infos would drown them: GitHub shows only a few annotations per step). Printed to standard
/// output, where the runner reads them. <see cref="StepSummary"/> is the Markdown for <c>$GITHUB_STEP_SUMMARY</c>.
/// </summary>
internal static class GithubReportWriter
{
    public static string Write(MigrationResult result)
    {
        var sb = new StringBuilder();
        foreach (var d in result.Diagnostics.Where(d => d.Severity >= Severity.Warning))
        {
            sb.Append("::").Append(d.Severity == Severity.Error ? "error" : "warning").Append(' ');
            var properties = new List<string>();
            if (d.File is not null)
            {
                properties.Add("file=" + EscapeProperty(d.File.Replace('\\', '/')));
                if (d.Line > 0)
                {
                    properties.Add($"line={d.Line}");
                    properties.Add($"col={Math.Max(1, d.Column)}");
                }
            }

            properties.Add("title=" + EscapeProperty(d.Code + (d.Block is null ? "" : $" [{d.Block}]")));
            sb.Append(string.Join(',', properties)).Append("::").Append(EscapeData(d.Message)).Append('\n');
        }

        if (result.Translations is { Checked: true } translations)
        {
            // One notice for the section: the findings themselves are the warnings above.
            sb.Append("::notice title=cdsmigrate translations::").Append(EscapeData(translations.Summary())).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The job summary: the Markdown report, which GitHub renders on the run's page.</summary>
    public static string StepSummary(MigrationResult result, ReportInfo info) => MarkdownReportWriter.Write(result, info);

    /// <summary>Message text: '%', CR and LF would end or corrupt the command.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Property values also may not hold ':' or ',' (they separate properties).</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
