namespace CdsMigrate.Core.Media;

/// <summary>Where files come from: the old site over HTTP, or a local copy of its uploads folder.</summary>
internal interface IMediaSource
{
    /// <summary>Puts the file of <paramref name="url"/> (below the uploads folder at <paramref name="uploadPath"/>) at <paramref name="target"/>, atomically.</summary>
    Task<MediaFile> FetchAsync(string url, string uploadPath, string target, string relativePath);
}
