using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// A mixed body converted (issue 9): the new body text, what converting its HTML pieces reported, the parsed source
/// of each converted HTML block (by its 0-based line in the body: the site's reading of it, which the verifier's
/// rendering of the source uses) and the ledger of what its rules changed on purpose in those blocks.
/// </summary>
internal sealed record MixedBody(string Body, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> BlockCounts,
    IReadOnlyDictionary<int, AngleSharp.Dom.IElement> ConvertedByLine, DropLedger Ledger, bool Failed);
