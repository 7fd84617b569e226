using System.Security.Cryptography;

namespace CdsMigrate.Core.Media;

/// <summary>Copies a stream to a file atomically (hidden temporary file, then rename), counting bytes and hashing them.</summary>
internal static class MediaFileWriter
{
    /// <summary>The size and SHA-256 written, or null (and nothing written) when the stream is longer than <paramref name="maxBytes"/>.</summary>
    public static async Task<(long Bytes, string Sha256)?> WriteAsync(Stream source, string target, long maxBytes, CancellationToken cancel)
    {
        string folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, "." + Path.GetFileName(target) + ".cdsmigrate-" + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            long total = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var output = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                var buffer = new byte[1 << 16];
                int read;
                while ((read = await source.ReadAsync(buffer, cancel).ConfigureAwait(false)) > 0)
                {
                    total += read;
                    if (total > maxBytes)
                    {
                        return null;
                    }

                    hash.AppendData(buffer, 0, read);
                    await output.WriteAsync(buffer.AsMemory(0, read), cancel).ConfigureAwait(false);
                }

                output.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            return (total, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The SHA-256 of a file, lowercase hex.</summary>
    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
