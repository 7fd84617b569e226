using System.Text;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// A summary for people (and for GitHub's job summary): totals, the most frequent diagnostics with what
/// to do about them, and the documents that need attention, worst first.
/// </summary>
internal static class MarkdownReportWriter
{
    /// <summary>At most this many documents are listed; a run over thousands stays readable.</summary>
    public const int MaxDocuments = 50;

    public static string Write(MigrationResult result, ReportInfo info)
    {
        var sb = new StringBuilder();
        int errors = result.Count(Severity.Error), warnings = result.Count(Severity.Warning), infos = result.Count(Severity.Info);
        string verdict = result.Interrupted ? "⏹️ interrupted" : errors > 0 ? "❌ errors found" : warnings > 0 ? "⚠️ warnings only" : "✅ no errors or warnings";
        sb.Append($"## {ReportInfo.ToolName} {info.Command}: {verdict}\n\n");
        sb.Append($"Version {info.ToolVersion}; flavour `{info.Flavor}`, unknown blocks `{info.Unknown}`, verification {(info.Options.Verify ? "on" : "**off**")}, fail on `{info.FailOn}`.\n\n");
        foreach (var d in result.RunDiagnostics)
        {
            sb.Append($"- **{d.Code}** ({ReportWriters.SeverityName(d.Severity)}): {Cell(d.Message)}\n");
        }

        if (result.RunDiagnostics.Count > 0)
        {
            sb.Append('\n');
        }

        sb.Append("| Documents | Converted | Already Markdown | Not written | Failed | Errors | Warnings | Infos |\n");
        sb.Append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        sb.Append($"| {result.Documents.Count} | {result.Documents.Count(d => d.Status == DocumentStatus.Converted)} | " +
            $"{result.Documents.Count(d => d.Status == DocumentStatus.AlreadyMarkdown)} | " +
            $"{result.Documents.Count(d => d.Status == DocumentStatus.NotWritten)} | {result.Documents.Count(d => d.Status == DocumentStatus.Failed)} | " +
            $"{errors} | {warnings} | {infos} |\n");

        var codes = result.Diagnostics.GroupBy(d => d.Code)
            .Select(g => (Code: g.Key, Severity: g.Max(d => d.Severity), Count: g.Count(), Documents: g.Select(d => d.File).Distinct().Count()))
            .OrderByDescending(g => g.Severity).ThenByDescending(g => g.Count).ThenBy(g => g.Code, StringComparer.Ordinal)
            .ToList();
        if (codes.Count > 0)
        {
            sb.Append("\n### Top diagnostics\n\n");
            sb.Append("| Code | Severity | Count | Documents | Meaning | What to do |\n");
            sb.Append("| --- | --- | ---: | ---: | --- | --- |\n");
            foreach (var c in codes.Take(15))
            {
                var entry = ReportWriters.Describe(c.Code);
                sb.Append($"| {c.Code} | {ReportWriters.SeverityName(c.Severity)} | {c.Count} | {c.Documents} | {Cell(entry?.Title ?? "")} | {Cell(entry?.Help ?? "")} |\n");
            }
        }

        if (result.Translations is { } translations && (translations.Checked || translations.SplitItems > 0))
        {
            WriteTranslations(sb, translations);
        }

        var attention = result.Documents.Where(ReportWriters.NeedsAttention)
            .OrderByDescending(d => !ReportWriters.IsDone(d.Status))
            .ThenByDescending(d => d.Diagnostics.Count(x => x.Severity == Severity.Error))
            .ThenByDescending(d => d.Diagnostics.Count(x => x.Severity == Severity.Warning))
            .ThenBy(d => d.Source, StringComparer.Ordinal)
            .ToList();
        sb.Append("\n### Documents needing attention\n\n");
        if (attention.Count == 0)
        {
            sb.Append("None: every document converted without errors or warnings.\n");
            return sb.ToString();
        }

        var names = ReportWriters.DocumentNames(result);
        sb.Append("| Document | Status | Errors | Warnings | First finding |\n");
        sb.Append("| --- | --- | ---: | ---: | --- |\n");
        foreach (var d in attention.Take(MaxDocuments))
        {
            var first = d.Diagnostics.OrderByDescending(x => x.Severity).FirstOrDefault();
            string finding = first is null ? "" : $"{first.Code} line {first.Line}: {first.Message}";
            sb.Append($"| {Cell(names(d))} | {ReportWriters.StatusName(d.Status)} | {d.Diagnostics.Count(x => x.Severity == Severity.Error)} | " +
                $"{d.Diagnostics.Count(x => x.Severity == Severity.Warning)} | {Cell(Clip(finding, 160))} |\n");
        }

        if (attention.Count > MaxDocuments)
        {
            sb.Append($"\n…and {attention.Count - MaxDocuments} more; the JSON or SARIF report lists them all.\n");
        }

        return sb.ToString();
    }

    /// <summary>The translations section: the counts, then the documents without a twin and the twins that drifted.</summary>
    private static void WriteTranslations(StringBuilder sb, Translations.TranslationReport translations)
    {
        sb.Append("\n### Translations\n\n");
        string summary = translations.Summary();
        sb.Append(char.ToUpperInvariant(summary[0])).Append(summary, 1, summary.Length - 1).Append('\n');
        if (!translations.Checked)
        {
            return;
        }

        if (translations.Unpaired.Count > 0)
        {
            sb.Append("\n| Document without a twin | Language | translationKey | Missing |\n");
            sb.Append("| --- | --- | --- | --- |\n");
            foreach (var entry in translations.Unpaired.Take(MaxDocuments))
            {
                sb.Append($"| {Cell(entry.Member.Name)} | {entry.Member.Lang} | {Cell(entry.Member.Key)} | {string.Join(", ", entry.Missing)} |\n");
            }

            if (translations.Unpaired.Count > MaxDocuments)
            {
                sb.Append($"\n…and {translations.Unpaired.Count - MaxDocuments} more; the JSON report lists them all.\n");
            }
        }

        if (translations.Drifted.Count > 0)
        {
            sb.Append($"\nDrifted means {Cell(Translations.TranslationReport.Threshold)}.\n\n");
            sb.Append("| Twins | translationKey | Differences |\n");
            sb.Append("| --- | --- | --- |\n");
            foreach (var entry in translations.Drifted.Take(MaxDocuments))
            {
                sb.Append($"| {Cell(entry.First.Name)} ({entry.First.Lang}), {Cell(entry.Second.Name)} ({entry.Second.Lang}) | {Cell(entry.Key)} | {Cell(entry.Describe())} |\n");
            }

            if (translations.Drifted.Count > MaxDocuments)
            {
                sb.Append($"\n…and {translations.Drifted.Count - MaxDocuments} more; the JSON report lists them all.\n");
            }
        }
    }

    /// <summary>Text in a table cell: pipes and line breaks would break the row; HTML-looking text must stay text.</summary>
    internal static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
