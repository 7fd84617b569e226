namespace CdsMigrate.Core.Reporting;

/// <summary>
/// One finding about one document: a stable code, a severity, where in the source it is, which block
/// it concerns and a one-line reason.
/// </summary>
/// <param name="Code">The stable code (<c>CDS1001</c>); <see cref="DiagnosticCodes"/> lists them.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">A one-line reason.</param>
/// <param name="Block">The block it concerns (<c>core/quote</c>, <c>form</c>), or null.</param>
/// <param name="File">The source it is about, or null.</param>
/// <param name="Line">The 1-based line in the source; 0 when unknown.</param>
/// <param name="Column">The 1-based column in the source; 0 when unknown.</param>
public sealed record Diagnostic(
    string Code,
    Severity Severity,
    string Message,
    string? Block = null,
    string? File = null,
    int Line = 0,
    int Column = 0)
{
    /// <summary>The compiler-style line: <c>path:line:col: warning CDS1001: message [block]</c>.</summary>
    public override string ToString()
    {
        string where = File ?? "<input>";
        if (Line > 0)
        {
            where += $":{Line}:{Math.Max(Column, 1)}";
        }

        string severity = Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "info" };
        string block = Block is null ? "" : $" [{Block}]";
        return $"{where}: {severity} {Code}: {Message}{block}";
    }
}
