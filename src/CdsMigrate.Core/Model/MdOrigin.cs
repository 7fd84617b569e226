using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Model;

/// <summary>
/// Where a model node that some flavour cannot write came from, set by the rule that built it, so that the writer,
/// which decides how each flavour degrades it (issue 11, point 4), reports the degradation at the element's source
/// position. <paramref name="ReportOrder"/> is how many diagnostics the conversion had reported when the rule
/// built the node: the writer's diagnostic is put back at that place, so a document's diagnostics read in the
/// order they did when the rules reported them (golden cases list them in that order).
/// </summary>
/// <param name="At">Where the element starts in the source file.</param>
/// <param name="Block">The block or element name the diagnostic names (<c>core/table</c>, <c>del</c>).</param>
/// <param name="ReportOrder">The number of diagnostics reported before the node was built.</param>
internal sealed record MdOrigin(SourceSpan At, string Block, int ReportOrder);
