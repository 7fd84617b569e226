namespace CdsMigrate.Core.Reporting;

/// <summary>How much a diagnostic matters. Ordered: a higher value is more severe.</summary>
public enum Severity
{
    /// <summary>Worth knowing, nothing to do: a choice the converter made that keeps the content (raw HTML kept, a link written as an autolink).</summary>
    Info = 0,

    /// <summary>Something may be lost or look different: read the output there.</summary>
    Warning = 1,

    /// <summary>The document failed, or its output differs from the source: the output cannot be trusted as it is.</summary>
    Error = 2,
}
