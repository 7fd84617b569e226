namespace CdsMigrate.Core.Model;

/// <summary>
/// An image with a caption (and perhaps a link around the image). Hugo writes Hugo's built-in
/// <c>{{&lt; figure &gt;}}</c> shortcode; the other flavours write the image, then the caption as a paragraph.
/// </summary>
/// <param name="Image">The image.</param>
/// <param name="Caption">The caption; empty for none.</param>
/// <param name="Link">The URL the image links to, or null.</param>
public sealed record MdFigure(MdImage Image, IReadOnlyList<MdInline> Caption, string? Link = null) : MdBlock;
