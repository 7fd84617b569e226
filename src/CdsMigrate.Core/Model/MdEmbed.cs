namespace CdsMigrate.Core.Model;

/// <summary>
/// Embedded media given by its URL (core/embed, <c>[embed]</c>, a bare URL on its own line). The writer
/// writes a link to the URL (the caption as its text when there is one); the hugo flavour writes
/// YouTube and Vimeo URLs as Hugo's built-in <c>youtube</c> / <c>vimeo</c> shortcodes.
/// </summary>
public sealed record MdEmbed(string Url, IReadOnlyList<MdInline> Caption) : MdBlock;
