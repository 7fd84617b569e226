using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>What <see cref="MarkdownConverter.Convert"/> returns: the Markdown, and every diagnostic about it.</summary>
/// <param name="Markdown">The Markdown body; null when the conversion failed (see <see cref="Diagnostics"/>).</param>
/// <param name="Diagnostics">Fallbacks, lossy choices and verification differences, each with its code and position.</param>
public sealed record MarkdownConversion(string? Markdown, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when Markdown was produced (it may still carry warnings).</summary>
    public bool Succeeded => Markdown is not null;

    /// <summary>True when any diagnostic is an error: a failed conversion or a verification difference.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
