namespace CdsMigrate.Core.Reporting;

/// <summary>The report formats <c>--report-format</c> accepts.</summary>
internal enum ReportFormat
{
    /// <summary>The project's own JSON (docs/report.schema.json).</summary>
    Json,

    /// <summary>JUnit XML: one test case per document, a failure per document with errors.</summary>
    Junit,

    /// <summary>SARIF 2.1.0, for code scanning tools.</summary>
    Sarif,

    /// <summary>GitHub Actions workflow commands (annotations), printed to standard output.</summary>
    Github,

    /// <summary>A human summary in Markdown.</summary>
    Markdown,
}
