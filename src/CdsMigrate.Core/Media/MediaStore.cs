using System.Collections.Concurrent;

namespace CdsMigrate.Core.Media;

/// <summary>
/// The files of one run, each fetched once whatever the number of references (keyed by where it is stored), with
/// the manifest: a file already there with the manifest's size and SHA-256 is not fetched again. Thread-safe.
/// </summary>
internal sealed class MediaStore : IDisposable
{
    private readonly IMediaSource _source;
    private readonly MediaManifest _manifest;
    private readonly string _root;
    private readonly ConcurrentDictionary<string, Lazy<Task<MediaFile>>> _files = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    public MediaStore(IMediaSource source, string root, MediaManifest manifest)
    {
        _source = source;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _manifest = manifest;
    }

    /// <summary>The folder that stored paths are relative to, and where the manifest is.</summary>
    public string Root => _root;

    public string ManifestPath => Path.Combine(_root, MediaManifest.FileName);

    public void Dispose() => (_source as IDisposable)?.Dispose();

    /// <summary>The file stored at <paramref name="relativePath"/>: the first URL asked for that path is the one fetched.</summary>
    public Task<MediaFile> Get(string url, string uploadPath, string relativePath) =>
        _files.GetOrAdd(relativePath, _ => new Lazy<Task<MediaFile>>(() => Task.Run(() => FetchAsync(url, uploadPath, relativePath)))).Value;

    /// <summary>The full path of a stored file; null when the path would leave the media folder.</summary>
    public string? FullPath(string relativePath)
    {
        string full = Path.GetFullPath(Path.Combine(_root, relativePath));
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) ? full : null;
    }

    public void SaveManifest() => _manifest.Save(ManifestPath);

    private async Task<MediaFile> FetchAsync(string url, string uploadPath, string relativePath)
    {
        string? full = FullPath(relativePath);
        if (full is null)
        {
            return Record(MediaFile.Fail(url, $"the path {relativePath} would leave the media folder"));
        }

        try
        {
            if (_manifest.Get(url) is { Ok: true, Sha256: { } sha } known && File.Exists(full) && new FileInfo(full).Length == known.Bytes
                && string.Equals(MediaFileWriter.Sha256(full), sha, StringComparison.OrdinalIgnoreCase))
            {
                // Resumed: the file is the one recorded. The manifest keeps how it first came.
                _manifest.Set(known with { Path = relativePath });
                return new MediaFile(url, MediaStatus.Present, relativePath, known.Bytes, sha, known.HttpStatus, null);
            }

            return Record(await _source.FetchAsync(url, uploadPath, full, relativePath).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Record(MediaFile.Fail(url, ex.Message));
        }
    }

    private MediaFile Record(MediaFile file)
    {
        _manifest.Set(file);
        return file;
    }
}
