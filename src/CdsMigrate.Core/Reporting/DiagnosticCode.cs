namespace CdsMigrate.Core.Reporting;

/// <summary>A diagnostic code with its default severity, what it means and what to do about it.</summary>
/// <param name="Code">The stable code (<c>CDS1001</c>).</param>
/// <param name="Severity">The default severity of its diagnostics.</param>
/// <param name="Title">What it means, in a few words.</param>
/// <param name="Help">What to do about it.</param>
public sealed record DiagnosticCode(string Code, Severity Severity, string Title, string Help)
{
    /// <summary>Makes a diagnostic of this code at a position.</summary>
    /// <param name="where">The file, line and column it is about.</param>
    /// <param name="message">A one-line reason.</param>
    /// <param name="block">The block it concerns (<c>core/quote</c>), or null.</param>
    /// <param name="severity">A severity other than the code's default, or null for the default.</param>
    public Diagnostic At(SourceSpan where, string message, string? block = null, Severity? severity = null)
    {
        DiagnosticTrace.Emitted?.Invoke(this);
        return new(Code, severity ?? Severity, message, block, where.File, where.Line, where.Column);
    }
}
