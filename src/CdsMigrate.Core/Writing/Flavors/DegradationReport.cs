using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// The diagnostics a flavour's degradation reports while the writer writes a document (a table kept as HTML in
/// CommonMark, a strikethrough kept as <c>&lt;del&gt;</c>), each at the source position of the node's
/// <see cref="MdOrigin"/>. They go back into the conversion's diagnostics where the rule built the node.
/// </summary>
internal sealed class DegradationReport
{
    private readonly List<(MdOrigin Origin, Diagnostic Diagnostic)> _reported = [];

    /// <summary>The diagnostics reported so far, each with the origin of the node it is about, in the order they were reported.</summary>
    public IReadOnlyList<(MdOrigin Origin, Diagnostic Diagnostic)> Reported => _reported;

    /// <summary>Reports <paramref name="code"/> at <paramref name="origin"/>, naming its block.</summary>
    public void Report(MdOrigin origin, DiagnosticCode code, string message) =>
        _reported.Add((origin, code.At(origin.At, message, origin.Block)));

    /// <summary>
    /// Inserts the reported diagnostics into <paramref name="diagnostics"/> (the conversion's, which the origins'
    /// report orders count), each where its rule would have reported it; ties keep the order they were reported in.
    /// </summary>
    public void MergeInto(List<Diagnostic> diagnostics)
    {
        int inserted = 0;
        foreach (var (origin, diagnostic) in _reported.OrderBy(r => r.Origin.ReportOrder))
        {
            diagnostics.Insert(Math.Min(origin.ReportOrder + inserted, diagnostics.Count), diagnostic);
            inserted++;
        }
    }
}
