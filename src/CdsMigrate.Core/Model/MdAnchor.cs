namespace CdsMigrate.Core.Model;

/// <summary>
/// An empty HTML anchor (<c>&lt;a id="x"&gt;&lt;/a&gt;</c>) kept because a link in the same document targets
/// <c>#x</c>. Markdown has no syntax for a named anchor outside headings, so the writer emits the tag.
/// </summary>
/// <param name="Id">The anchor's id.</param>
public sealed record MdAnchor(string Id) : MdInline;
