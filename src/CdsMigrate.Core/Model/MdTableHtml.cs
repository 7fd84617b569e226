namespace CdsMigrate.Core.Model;

/// <summary>
/// The HTML shape of a source table that a pipe table says without it: each row's section (thead, tbody, tfoot) and
/// each cell's tag, header row first. A flavour without tables (CommonMark) writes the table as these tags with
/// Markdown cells, as the source had them.
/// </summary>
/// <param name="Sections">Each row's section element name, header row first.</param>
/// <param name="Cells">Each row's cells, header row first.</param>
internal sealed record MdTableHtml(IReadOnlyList<string> Sections, IReadOnlyList<IReadOnlyList<MdTableHtmlCell>> Cells);
