namespace CdsMigrate.Core.Model;

/// <summary>
/// A WordPress shortcode tag (<c>[gallery ids="1,2"]</c>, <c>[/caption]</c>) kept verbatim. A node of its own
/// so the writer can keep its brackets as they are: escaping them (<c>\[gallery\]</c>) would hide the
/// shortcode from anyone who later wants to find and replace it.
/// </summary>
/// <param name="Text">The tag, brackets included.</param>
public sealed record MdShortcode(string Text) : MdInline;
