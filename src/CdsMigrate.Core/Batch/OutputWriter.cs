using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Writes output files inside the output folder only, safely (issue 6):
/// <list type="bullet">
/// <item>every path goes through <see cref="SafePath"/>, and no existing folder or file on it may be a symbolic
/// link leading out of the output folder;</item>
/// <item>content goes to a hidden temporary file in the target folder, flushed to disk, then renamed over the
/// target (atomic on one file system), so an interrupted run (Ctrl-C, kill -9, power loss) leaves the old file
/// or the new one, never half of one; temporary files left by a killed run are removed by the next run;</item>
/// <item>a batch run <see cref="Stage"/>s its files and <see cref="Flush"/>es them in groups: the group's temporary
/// files are made durable together (on Linux one syncfs(2) instead of one fsync(2) per file: issue 11 measured
/// 4 to 8 ms of wall time per file for fsync on the build machine, against 0.2 to 0.4 for the group), and only
/// then renamed, so the guarantee above holds for every file;</item>
/// <item>an existing file with the same bytes is not touched (its timestamp stays, so re-runs give clean diffs);
/// one with other bytes is kept unless <c>force</c>;</item>
/// <item>each output path is claimed once per run, so two documents cannot silently overwrite each other;</item>
/// <item>a dry run decides all of the above and writes nothing.</item>
/// </list>
/// Thread-safe. Known limit: the symbolic-link check and the write are not one atomic step; someone swapping a
/// folder for a link during the run could still redirect a write (there is no portable openat in .NET).
/// </summary>
internal sealed partial class OutputWriter
{
    private const string TempMarker = ".cdsmigrate-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private const int MaxPooledBytes = 1 << 20;

    private readonly string _root;
    private readonly string _realRoot;
    private readonly bool _force;
    private readonly bool _dryRun;
    // Windows and macOS file systems ignore case by default, so "Post.md" and "post.md" are one file there.
    private readonly List<(string Temp, string Full)> _staged = [];
    private readonly ConcurrentDictionary<string, string> _realFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _madeFolders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _claimed = new(OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);

    public OutputWriter(string outputDirectory, bool force = false, bool dryRun = false)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        _realRoot = RealPath(_root);
        _force = force;
        _dryRun = dryRun;
    }

    /// <summary>The output folder, as a full path.</summary>
    public string Root => _root;

    /// <summary>
    /// Writes <paramref name="content"/> to the safe form of <paramref name="relativePath"/>, or, with
    /// <paramref name="keepName"/>, to <paramref name="relativePath"/> exactly as given (a post file's own name,
    /// already checked by <see cref="KeptPath"/>; refused here if it is not a plain relative path). Either way the
    /// path is confined to the output folder, links included.
    /// </summary>
    /// <exception cref="UnsafePathException">Nothing usable is left of the path, or it leads out of the output folder through a link.</exception>
    /// <exception cref="OutputCollisionException">Another document of this run already wrote this path.</exception>
    /// <exception cref="IOException">The file system refused.</exception>
    public WriteOutcome Write(string relativePath, string content, bool keepName = false)
    {
        var outcome = Stage(relativePath, content, keepName);
        if (Flush() is [var failure, ..])
        {
            throw failure.Error;
        }

        return outcome;
    }

    /// <summary>
    /// Decides and prepares a write as <see cref="Write"/> does, but the file gets its final name only at the next
    /// <see cref="Flush"/> (the outcome says what that will do). Until then it is a hidden temporary file, which a
    /// killed run leaves for the next run to remove.
    /// </summary>
    public WriteOutcome Stage(string relativePath, string content, bool keepName = false)
    {
        if (keepName && KeptPath.Refusal(relativePath) is { } why)
        {
            throw new UnsafePathException($"output path '{SafePath.Printable(relativePath)}' refused: {why}");
        }

        var safe = keepName ? new SafePathResult(relativePath, []) : SafePath.Sanitize(relativePath);
        string full = Resolve(safe.Path, out bool nothingThere);
        string claim = ClaimKey(full, safe.Path);
        if (!_claimed.TryAdd(claim, relativePath))
        {
            throw new OutputCollisionException($"'{safe.Path}' is already the output of '{SafePath.Printable(_claimed[claim])}' in this run");
        }

        // The bytes live only for this call: a pooled array, not one more copy of every document per run (issue 11).
        // A huge document gets its own, which the pool would otherwise keep for the rest of the run.
        int count = Utf8.GetByteCount(content);
        byte[]? rented = count <= MaxPooledBytes ? System.Buffers.ArrayPool<byte>.Shared.Rent(count) : null;
        try
        {
            var bytes = (rented ?? new byte[count]).AsSpan(0, count);
            Utf8.GetBytes(content, bytes);
            var action = nothingThere ? WriteAction.Created : Decide(full, bytes);
            if (!_dryRun && action is WriteAction.Created or WriteAction.Replaced)
            {
                string temp = WriteTemporary(full, bytes);
                lock (_staged)
                {
                    _staged.Add((temp, full));
                }
            }

            return new WriteOutcome(safe.Path, full, action, safe.Changes);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// What a claim is kept under: the full path's part below the output folder, which is <paramref name="safePath"/>
    /// itself in the common case (no copy: claims live as long as the run, issue 11).
    /// </summary>
    private string ClaimKey(string full, string safePath)
    {
        int below = Path.EndsInDirectorySeparator(_root) ? _root.Length : _root.Length + 1;
        return full.Length == below + safePath.Length && full.EndsWith(safePath, StringComparison.Ordinal) ? safePath : full[below..];
    }

    /// <summary>How many staged files wait for <see cref="Flush"/>.</summary>
    public int StagedCount
    {
        get
        {
            lock (_staged)
            {
                return _staged.Count;
            }
        }
    }

    /// <summary>
    /// Makes the staged files durable, then renames each over its target. Returns the files that could not be
    /// renamed (full path and why); their temporary files are removed.
    /// </summary>
    public IReadOnlyList<(string FullPath, Exception Error)> Flush()
    {
        (string Temp, string Full)[] batch;
        lock (_staged)
        {
            if (_staged.Count == 0)
            {
                return [];
            }

            batch = [.. _staged];
            _staged.Clear();
        }

        // Durable before visible: without this, a power loss right after a rename can leave an empty file under
        // the final name on some file systems (ext4 delayed allocation).
        if (!SyncFileSystem(batch[0].Temp))
        {
            foreach (var (temp, _) in batch)
            {
                using var stream = new FileStream(temp, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete);
                stream.Flush(flushToDisk: true);
            }
        }

        var failures = new List<(string, Exception)>();
        foreach (var (temp, full) in batch)
        {
            try
            {
                File.Move(temp, full, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures.Add((full, ex));
                TryDelete(temp);
            }
        }

        return failures;
    }

    /// <summary>
    /// syncfs(2) on the file system that holds <paramref name="path"/>: every dirty page of it is written, with one
    /// cache flush of the device. False where there is no such call (then each file is flushed on its own).
    /// </summary>
    private static bool SyncFileSystem(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return SyncFs((int)handle.DangerousGetHandle()) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // DllImport, not LibraryImport: that one needs unsafe code in the project for this one call.
    [DllImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static extern int SyncFs(int fd);

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run (RemoveStaleTemporaryFiles).
        }
    }

    /// <summary>
    /// The full path of a relative output path that is already safe (<see cref="SafePath"/>), refused when it
    /// is not inside the output folder, including through symbolic links.
    /// </summary>
    public string Resolve(string relativePath) => Resolve(relativePath, out _);

    /// <summary>
    /// As <see cref="Resolve(string)"/>; <paramref name="nothingThere"/> tells that the path named nothing when it was
    /// looked at (no file, folder or link), the common case of a run, which one lstat(2) then settles: no link to
    /// follow, and nothing in the way of a new file (issue 11: three system calls per file before).
    /// </summary>
    private string Resolve(string relativePath, out bool nothingThere)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\0') || Path.IsPathRooted(relativePath))
        {
            throw new UnsafePathException($"output path '{SafePath.Printable(relativePath)}' is not a relative path");
        }

        string full = Path.GetFullPath(Path.Combine(_root, relativePath));
        if (!IsInside(full, _root))
        {
            throw new UnsafePathException($"output path '{SafePath.Printable(relativePath)}' would leave the output folder");
        }

        // Every existing part of the path, links followed, must still be inside the (real) output folder. One lstat(2)
        // tells what is there: nothing (-1), a link (resolved in full), or a file or folder in a resolved folder.
        var found = new FileInfo(full).Attributes;
        nothingThere = (int)found == -1;
        bool link = !nothingThere && found.HasFlag(FileAttributes.ReparsePoint);
        if (!IsInside(link ? RealPath(full) : RealPathInFolder(full), _realRoot))
        {
            throw new UnsafePathException($"output path '{SafePath.Printable(relativePath)}' goes through a symbolic link that leads out of the output folder");
        }

        return full;
    }

    /// <summary>
    /// <see cref="RealPath"/> of an output file that is not a link, its folder's resolved once per run: a run writes
    /// thousands of files into a few folders, and resolving every part of every path again cost a dozen system calls and
    /// as many objects per file (issue 11). A folder replaced by a link during the run is the known limit stated above.
    /// </summary>
    private string RealPathInFolder(string full) =>
        Path.GetDirectoryName(full) is { } folder ? Path.Join(_realFolders.GetOrAdd(folder, RealPath), Path.GetFileName(full.AsSpan())) : RealPath(full);

    /// <summary>
    /// Removes the temporary files a killed run left behind (hidden, named <c>.NAME.cdsmigrate-XXXXXXXX.tmp</c>);
    /// returns how many. Links are not followed.
    /// </summary>
    public int RemoveStaleTemporaryFiles()
    {
        if (!Directory.Exists(_root))
        {
            return 0;
        }

        int removed = 0;
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint, MatchType = MatchType.Simple };
        foreach (string file in Directory.EnumerateFiles(_root, "*" + TempMarker + "*.tmp", options))
        {
            if (TempName().IsMatch(Path.GetFileName(file)))
            {
                if (!_dryRun)
                {
                    File.Delete(file);
                }

                removed++;
            }
        }

        return removed;
    }

    private WriteAction Decide(string full, ReadOnlySpan<byte> bytes)
    {
        if (Directory.Exists(full))
        {
            throw new IOException("a folder has the output file's name");
        }

        if (!File.Exists(full))
        {
            return WriteAction.Created;
        }

        if (SameContent(full, bytes))
        {
            return WriteAction.Unchanged;
        }

        return _force ? WriteAction.Replaced : WriteAction.KeptExisting;
    }

    private static bool SameContent(string path, ReadOnlySpan<byte> bytes)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1, FileOptions.SequentialScan);
        if (stream.Length != bytes.Length)
        {
            return false;
        }

        var buffer = new byte[Math.Min(bytes.Length, 1 << 16)];
        int offset = 0;
        while (offset < bytes.Length)
        {
            int read = stream.Read(buffer, 0, Math.Min(buffer.Length, bytes.Length - offset));
            if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
            {
                return false;
            }

            offset += read;
        }

        return true;
    }

    /// <summary>Writes the content to a new hidden temporary file beside the target; returns its path.</summary>
    private string WriteTemporary(string full, ReadOnlySpan<byte> bytes)
    {
        string folder = Path.GetDirectoryName(full)!;
        if (!_madeFolders.ContainsKey(folder))
        {
            // Once per folder and run, not a stat and a mkdir per file (issue 11); one removed meanwhile fails the write.
            Directory.CreateDirectory(folder);
            _madeFolders.TryAdd(folder, 0);
        }

        // The name is cut in the temporary name so that a kept name of up to 255 bytes (KeptPath) still fits.
        string temp = TemporaryName(folder, full);
        try
        {
            // A handle, not a FileStream: the content is written in one call, and no stream buffer is needed.
            using var handle = File.OpenHandle(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(handle, bytes, 0);
            return temp;
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// ".{name}.cdsmigrate-{8 hex digits}.tmp" in <paramref name="folder"/>, the name cut to 200 UTF-8 bytes, made in one
    /// string: the pieces, a builder and a string per character were 0.7% of a run's bytes (issue 11).
    /// </summary>
    private static string TemporaryName(string folder, string full)
    {
        var name = Path.GetFileName(full.AsSpan());
        Span<byte> guid = stackalloc byte[16];
        Guid.NewGuid().TryWriteBytes(guid);
        Span<char> hex = stackalloc char[8];
        Convert.TryToHexStringLower(guid[..4], hex, out _);
        // Path.Combine's separator: none after a folder that ends in one (the root).
        string separator = Path.EndsInDirectorySeparator(folder) || folder.Length == 0 ? "" : Path.DirectorySeparatorChar.ToString();
        return $"{folder}{separator}.{Utf8Prefix(name, 200)}{TempMarker}{hex}.tmp";
    }

    /// <summary>At most <paramref name="maxBytes"/> UTF-8 bytes of <paramref name="name"/>, never splitting a character.</summary>
    private static ReadOnlySpan<char> Utf8Prefix(ReadOnlySpan<char> name, int maxBytes)
    {
        int bytes = 0;
        int chars = 0;
        while (chars < name.Length)
        {
            if (Rune.DecodeFromUtf16(name[chars..], out var rune, out int used) != System.Buffers.OperationStatus.Done)
            {
                // A lone surrogate: written as U+FFFD, as rune enumeration gives it (never in a name cut to fit).
                return Utf8PrefixReplacing(name, maxBytes);
            }

            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            chars += used;
        }

        return name[..chars];
    }

    private static string Utf8PrefixReplacing(ReadOnlySpan<char> name, int maxBytes)
    {
        int bytes = 0;
        var sb = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > maxBytes)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            sb.Append(rune.ToString());
        }

        return sb.ToString();
    }

    private static bool IsInside(string full, string root)
    {
        string withSeparator = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(withSeparator, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The path with every symbolic link on it resolved (like realpath(3), for the parts that exist; the parts
    /// that do not exist yet are kept as they are). Gives up after 40 links (a loop).
    /// </summary>
    internal static string RealPath(string path)
    {
        int budget = 40;
        return Resolve(Path.GetFullPath(path), ref budget);

        static string Resolve(string full, ref int budget)
        {
            string root = Path.GetPathRoot(full)!;
            string current = root;
            foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
            {
                string next = Path.Combine(current, part);
                string? target = new FileInfo(next).LinkTarget;
                if (target is not null)
                {
                    if (--budget < 0)
                    {
                        throw new UnsafePathException($"too many symbolic links under '{next}'");
                    }

                    next = Resolve(Path.GetFullPath(target, current), ref budget);
                }

                current = next;
            }

            return current;
        }
    }

    [GeneratedRegex(@"^\..+\.cdsmigrate-[0-9a-f]{8}\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TempName();
}
