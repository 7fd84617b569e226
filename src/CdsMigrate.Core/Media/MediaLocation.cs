namespace CdsMigrate.Core.Media;

/// <summary>
/// A reference that is a media file of the old site: the URL to fetch (the original when the reference names a
/// resized variant, <c>name-1024x394.png</c>) and the path below the uploads folder it is stored at. A variant
/// keeps its own URL and path as the fallback when the original is gone.
/// </summary>
internal sealed record MediaLocation(string Url, string UploadPath, string? VariantUrl, string? VariantPath);
