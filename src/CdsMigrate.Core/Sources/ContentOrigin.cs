namespace CdsMigrate.Core.Sources;

/// <summary>
/// Whether a body is what the author saved or what WordPress showed. WordPress texturizes raw content when it
/// renders it (straight quotes curly, "--" a dash, "..." an ellipsis), as Hugo's typographer does, so the hugo
/// flavour escapes those characters only in rendered content, where a straight one is one WordPress left
/// straight (issue 10: 308 <c>\'</c> in the WXR corpus showed straight quotes where WordPress showed curly ones).
/// </summary>
internal enum ContentOrigin
{
    /// <summary>HTML as WordPress rendered it (post files, REST <c>content.rendered</c>): already texturized.</summary>
    Rendered,

    /// <summary>The saved post content (WXR <c>content:encoded</c>, REST <c>content.raw</c>): WordPress texturizes it when it shows it.</summary>
    Raw,
}
