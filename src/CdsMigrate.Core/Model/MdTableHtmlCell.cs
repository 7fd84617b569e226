namespace CdsMigrate.Core.Model;

/// <summary>One cell of a <see cref="MdTableHtml"/>: its element name (<c>th</c>, <c>td</c>) and opening tag, as written.</summary>
/// <param name="TagName">The cell's element name, for the closing tag.</param>
/// <param name="OpenTag">The opening tag with the attributes that carry meaning (scope).</param>
internal sealed record MdTableHtmlCell(string TagName, string OpenTag);
