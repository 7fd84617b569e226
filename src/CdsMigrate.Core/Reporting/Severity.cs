namespace CdsMigrate.Core.Reporting;

/// <summary>How much a diagnostic matters. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
