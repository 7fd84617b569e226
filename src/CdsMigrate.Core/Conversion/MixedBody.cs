using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// A mixed body converted (issue 9): the new body text, what converting its HTML pieces reported, and the HTML
/// of each converted HTML block as the rules left it (by its 0-based line in the body), which the verifier's
/// rendering of the source uses.
/// </summary>
internal sealed record MixedBody(string Body, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyDictionary<string, int> BlockCounts,
    IReadOnlyDictionary<int, string> ConvertedHtmlByLine, bool Failed);
