using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CdsMigrate.Core.Media;

/// <summary>
/// <c>media.json</c> in the media folder: URL → path, bytes, SHA-256, status (and the HTTP status and reason of a
/// failure). Read at the start of a run so that a file already there with the recorded size and SHA-256 is not
/// fetched again; written atomically (temporary file, then rename) at the end, sorted by URL so re-runs diff cleanly.
/// </summary>
internal sealed class MediaManifest
{
    public const string FileName = "media.json";

    private readonly ConcurrentDictionary<string, MediaFile> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, MediaFile> Files => _files;

    public MediaFile? Get(string url) => _files.GetValueOrDefault(url);

    public void Set(MediaFile file) => _files[file.Url] = file;

    /// <summary>Reads a manifest; a missing one is empty, an unreadable one too (<paramref name="problem"/> says why).</summary>
    public static MediaManifest Load(string path, out string? problem)
    {
        problem = null;
        var manifest = new MediaManifest();
        if (!File.Exists(path))
        {
            return manifest;
        }

        try
        {
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject;
            if (root?["files"] is not JsonObject files)
            {
                problem = "it has no \"files\" object";
                return manifest;
            }

            foreach (var (url, node) in files)
            {
                if (node is not JsonObject entry)
                {
                    continue;
                }

                var status = Enum.TryParse<MediaStatus>((string?)entry["status"], ignoreCase: true, out var s) ? s : MediaStatus.Failed;
                manifest.Set(new MediaFile(url, status, (string?)entry["path"], (long?)entry["bytes"] ?? 0, (string?)entry["sha256"], (int?)entry["httpStatus"], (string?)entry["reason"]));
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException or FormatException)
        {
            problem = ex.Message;
        }

        return manifest;
    }

    /// <summary>Writes the manifest atomically.</summary>
    public void Save(string path)
    {
        var files = new JsonObject();
        foreach (var file in _files.Values.OrderBy(f => f.Url, StringComparer.Ordinal))
        {
            var entry = new JsonObject
            {
                ["path"] = file.Path,
                ["bytes"] = file.Bytes,
                ["sha256"] = file.Sha256,
                ["status"] = file.Status.ToString().ToLowerInvariant(),
            };
            if (file.HttpStatus is { } http)
            {
                entry["httpStatus"] = http;
            }

            if (file.Reason is { } reason)
            {
                entry["reason"] = reason;
            }

            files[file.Url] = entry;
        }

        var root = new JsonObject { ["version"] = 1, ["files"] = files };
        string folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, "." + FileName + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                // Relaxed escaping: file names stay readable (é, emoji) instead of \u escapes; still valid JSON.
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                {
                    root.WriteTo(writer);
                }

                stream.WriteByte((byte)'\n');
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
