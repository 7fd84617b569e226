namespace CdsMigrate.Core.Sources;

/// <summary>What the first pass keeps of an attachment: enough to show it as a featured image or in a gallery.</summary>
internal sealed record WxrAttachment(long Id, string Url, string Alt, long? Parent, long? ThumbnailId)
{
    private static readonly string[] ImageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff", ".heic"];

    /// <summary>True when the file is an image (a video or audio attachment may name a poster image as its own thumbnail).</summary>
    public bool IsImage
    {
        get
        {
            string path = Uri.TryCreate(Url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : Url;
            return ImageExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
        }
    }
}
