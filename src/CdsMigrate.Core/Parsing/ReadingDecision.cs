using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A piece of a body the converter reads differently from the site, on purpose: an indented HTML line after a
/// blank line in an HTML body is an indented code block to CommonMark (the published page shows the tags as
/// text), and is read as the HTML the author meant. A decision cannot exist without the diagnostic that tells
/// the user; the verifier checks both (issue 9; issue 11's ledger can take these over).
/// </summary>
internal sealed record ReadingDecision(BodyPiece Piece, string SiteReading, Diagnostic Diagnostic);
