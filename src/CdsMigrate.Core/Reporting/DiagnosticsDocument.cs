using System.Text;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// The table of every diagnostic code (docs/diagnostics.md), generated from <see cref="DiagnosticCodes.All"/>,
/// the same list SARIF rules come from. A test fails when the file is out of date;
/// <c>CDSMIGRATE_ACCEPT=1 dotnet test</c> rewrites it.
/// </summary>
internal static class DiagnosticsDocument
{
    public static string Write()
    {
        var sb = new StringBuilder();
        sb.Append("# Diagnostic codes\n\n");
        sb.Append("<!-- Generated from DiagnosticCodes.All by DiagnosticsDocument; do not edit by hand.\n");
        sb.Append("     Regenerate with: CDSMIGRATE_ACCEPT=1 dotnet test --filter DiagnosticsDocumentTests -->\n\n");
        sb.Append("Every finding of `cdsmigrate convert` and `cdsmigrate check` has a stable code. The severity is the\n");
        sb.Append("default; `--fail-on` decides which severities fail a run (exit code 1). Ranges: CDS1xxx conversion,\n");
        sb.Append("CDS2xxx input, CDS3xxx output, CDS5xxx checking and reporting, CDS6xxx hostile or broken input,\n");
        sb.Append("CDS9xxx verification (the output, rendered back, does not say what the source said: always a\n");
        sb.Append("converter bug worth reporting).\n\n");
        sb.Append("| Code | Severity | Meaning | What to do |\n");
        sb.Append("| --- | --- | --- | --- |\n");
        foreach (var code in DiagnosticCodes.All.OrderBy(c => c.Code, StringComparer.Ordinal))
        {
            sb.Append($"| {code.Code} | {ReportWriters.SeverityName(code.Severity)} | {MarkdownReportWriter.Cell(code.Title)} | {MarkdownReportWriter.Cell(code.Help)} |\n");
        }

        return sb.ToString();
    }
}
