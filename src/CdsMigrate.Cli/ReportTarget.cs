using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary>One report to write: its format, and its file (null: standard output).</summary>
internal sealed record ReportTarget(ReportFormat Format, string? Path);
