namespace CdsMigrate.Core.Media;

/// <summary><c>--media copy</c>: files come from a local copy of the uploads folder, at their path below it.</summary>
internal sealed class FolderMediaSource(string root, long maxBytes) : IMediaSource
{
    private readonly string _root = Path.GetFullPath(root);

    public async Task<MediaFile> FetchAsync(string url, string uploadPath, string target, string relativePath)
    {
        string source = Path.GetFullPath(Path.Combine(_root, uploadPath));
        if (!source.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(source))
        {
            // 404 is what a server would have said: it lets a resized variant fall back to itself.
            return MediaFile.Fail(url, $"not in --media-from ({uploadPath})", 404);
        }

        try
        {
            await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            if (input.Length > maxBytes)
            {
                return MediaFile.Fail(url, $"{input.Length:N0} bytes, over the {maxBytes:N0}-byte limit");
            }

            var written = await MediaFileWriter.WriteAsync(input, target, maxBytes, CancellationToken.None).ConfigureAwait(false);
            return written is { } w
                ? new MediaFile(url, MediaStatus.Copied, relativePath, w.Bytes, w.Sha256, null, null)
                : MediaFile.Fail(url, $"over the {maxBytes:N0}-byte limit");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return MediaFile.Fail(url, ex.Message);
        }
    }
}
