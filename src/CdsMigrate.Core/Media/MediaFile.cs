namespace CdsMigrate.Core.Media;

/// <summary>
/// The outcome for one file: where it is (relative to the media folder, forward slashes), its size and SHA-256,
/// or why it failed (<see cref="HttpStatus"/> when a server answered).
/// </summary>
internal sealed record MediaFile(string Url, MediaStatus Status, string? Path, long Bytes, string? Sha256, int? HttpStatus, string? Reason)
{
    public bool Ok => Status != MediaStatus.Failed;

    /// <summary>The file is not there (404, 410, or absent from --media-from): a resized variant then falls back to itself.</summary>
    public bool NotFound => Status == MediaStatus.Failed && HttpStatus is 404 or 410;

    public static MediaFile Fail(string url, string reason, int? httpStatus = null) => new(url, MediaStatus.Failed, null, 0, null, httpStatus, reason);
}
