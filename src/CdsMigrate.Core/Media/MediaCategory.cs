namespace CdsMigrate.Core.Media;

/// <summary>What kind of file an extension names, which decides the content types accepted for it.</summary>
internal enum MediaCategory
{
    None,
    Image,
    Video,
    Audio,
    Document,
}
