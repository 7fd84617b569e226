using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Makes a relative output path built from export data (slugs, titles, layout tokens) safe to create under the
/// output folder on any common file system: every part is cleaned on its own, so that no part can climb out
/// ('..', absolute paths, drive letters), none holds a character a file system refuses or misreads (NUL, control
/// characters, bidi overrides; on Windows also ':' and the other characters it reserves), none is a reserved device name
/// (CON, NUL, COM1…), and none is longer than <see cref="MaxNameBytes"/> bytes (shortened with a hash, so two
/// long titles stay distinct). Pure string work, no I/O: symbolic links are <see cref="OutputWriter"/>'s job.
/// A post file's own path is never rewritten: <see cref="KeptPath"/> checks it instead (issue 9).
/// </summary>
internal static class SafePath
{
    /// <summary>
    /// The longest part, in UTF-8 bytes: 255 is the Linux/macOS limit and the writer's temporary name adds
    /// about 25 bytes to the name, so parts stop at 200.
    /// </summary>
    public const int MaxNameBytes = 200;

    // Characters whose compatibility form (NFKC) holds '.', '/', '\' or ':' (computed once from Unicode data with
    // ICU). Mapped by this fixed table rather than string.Normalize, because InvariantGlobalization makes Normalize
    // a no-op, and the result must not depend on the machine: a tool downstream that normalises (or Windows'
    // best-fit code-page mapping) would otherwise turn U+FF0E U+FF0E into '..'.
    private static readonly FrozenDictionary<char, string> CompatibilityForms = new Dictionary<char, string>
    {
        ['\u2024'] = ".", ['\u2025'] = "..", ['\u2026'] = "...", ['\uFE19'] = "...", ['\uFE30'] = "..",
        ['\uFE52'] = ".", ['\uFF0E'] = ".", ['\uFF0F'] = "/", ['\uFF3C'] = "\\", ['\uFE68'] = "\\",
        ['\uFF1A'] = ":", ['\uFE13'] = ":", ['\uFE55'] = ":", ['\u2100'] = "a/c", ['\u2101'] = "a/s",
        ['\u2105'] = "c/o", ['\u2106'] = "c/u",
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> ReservedNames = new[]
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM\u00B9", "COM\u00B2", "COM\u00B3",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT\u00B9", "LPT\u00B2", "LPT\u00B3",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The safe form of <paramref name="relativePath"/> (parts joined with '/') and what was changed to get it;
    /// no changes means the path was already safe and is returned as it was.
    /// </summary>
    /// <exception cref="UnsafePathException">Nothing usable is left (the path was empty, or only '..' and separators).</exception>
    public static SafePathResult Sanitize(string relativePath) => Sanitize(relativePath, OperatingSystem.IsWindows());

    /// <summary>
    /// As <see cref="Sanitize(string)"/>, choosing whether the characters Windows reserves (<c>: &lt; &gt; " | ? *</c>)
    /// are replaced. Only on Windows by default: there ':' would write an NTFS alternate data stream and the
    /// others fail, while on Linux and macOS they are legal, and the CDS site's own post files are named with
    /// ':' (43 of 68 in the corpus); renaming them would change their Hugo URLs.
    /// </summary>
    public static SafePathResult Sanitize(string relativePath, bool windowsRules)
    {
        var changes = new SortedSet<string>(StringComparer.Ordinal);
        var parts = new List<string>();
        string[] raw = relativePath.Split('/', '\\');
        if (raw.Length > 0 && raw[0].Length == 0 && relativePath.Length > 0)
        {
            changes.Add("absolute path made relative");
        }

        for (int i = 0; i < raw.Length; i++)
        {
            string part = raw[i];
            if (i == 0 && part.Length == 2 && char.IsAsciiLetter(part[0]) && part[1] == ':')
            {
                changes.Add("drive letter removed");
                continue;
            }

            string? clean = CleanPart(part, changes, windowsRules);
            if (clean is not null)
            {
                parts.Add(clean);
            }
        }

        if (parts.Count == 0)
        {
            throw new UnsafePathException($"output path '{Printable(relativePath)}' has no usable part");
        }

        string result = string.Join('/', parts);
        if (changes.Count == 0 && result == relativePath)
        {
            // The caller's own string: the path is kept by several stages for the whole run (issue 11, memory).
            return new SafePathResult(relativePath, []);
        }

        return new SafePathResult(result, changes.Count == 0 ? ["separators normalised"] : [.. changes]);
    }

    /// <summary>Cleans one part; null when the part is dropped ('', '.', '..').</summary>
    private static string? CleanPart(string part, ISet<string> changes, bool windowsRules)
    {
        if (part.Length == 0 || part == ".")
        {
            return null;
        }

        var sb = new StringBuilder(part.Length);
        for (int i = 0; i < part.Length; i++)
        {
            char c = part[i];
            if (CompatibilityForms.TryGetValue(c, out string? ascii))
            {
                changes.Add($"U+{(int)c:X4} written in its plain form '{ascii}'");
                foreach (char a in ascii)
                {
                    sb.Append(a is '/' or '\\' || (windowsRules && a == ':') ? '_' : a);
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                sb.Append(c).Append(part[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                changes.Add("unpaired surrogate replaced");
                sb.Append('_');
            }
            else if (char.IsControl(c))
            {
                changes.Add(c == '\0' ? "NUL replaced" : "control character replaced");
                sb.Append('_');
            }
            else if (windowsRules && c is ':' or '<' or '>' or '"' or '|' or '?' or '*')
            {
                changes.Add($"'{c}' replaced (not allowed in Windows file names)");
                sb.Append('_');
            }
            else if (c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                changes.Add("bidirectional control character replaced");
                sb.Append('_');
            }
            else
            {
                sb.Append(c);
            }
        }

        string clean = sb.ToString();
        if (clean.Trim('.').Trim().Length == 0 && clean.Contains('.'))
        {
            changes.Add($"'{Printable(part)}' part removed");
            return null;
        }

        // Windows drops trailing dots and spaces, so "a." and "a" would be one file there.
        string trimmed = clean.TrimEnd('.', ' ').TrimStart(' ');
        if (trimmed.Length == 0)
        {
            changes.Add("blank part removed");
            return null;
        }

        if (trimmed != clean)
        {
            changes.Add("leading spaces or trailing dots and spaces removed");
        }

        // A leading dot hides the file, and could reach into .git; the writer's temporary files start with one.
        if (trimmed[0] == '.')
        {
            changes.Add("leading '.' replaced");
            trimmed = "_" + trimmed[1..];
        }

        int dot = trimmed.IndexOf('.');
        string stem = (dot < 0 ? trimmed : trimmed[..dot]).TrimEnd(' ');
        if (ReservedNames.Contains(stem))
        {
            changes.Add($"reserved device name '{stem}' prefixed with '_'");
            trimmed = "_" + trimmed;
        }

        if (Encoding.UTF8.GetByteCount(trimmed) > MaxNameBytes)
        {
            changes.Add($"name longer than {MaxNameBytes} bytes shortened with a hash");
            trimmed = Shorten(trimmed);
        }

        return trimmed;
    }

    /// <summary>Keeps the start and the extension, and puts 8 hex digits of the name's SHA-256 between.</summary>
    private static string Shorten(string name)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        string ext = Path.GetExtension(name);
        if (ext.Length > 16 || Encoding.UTF8.GetByteCount(ext) != ext.Length)
        {
            ext = "";
        }

        int budget = MaxNameBytes - ext.Length - hash.Length - 1;
        var stem = new StringBuilder();
        int bytes = 0;
        foreach (var rune in name[..^ext.Length].EnumerateRunes())
        {
            if (bytes + rune.Utf8SequenceLength > budget)
            {
                break;
            }

            bytes += rune.Utf8SequenceLength;
            stem.Append(rune.ToString());
        }

        return stem.ToString().TrimEnd('.', ' ') + "-" + hash + ext;
    }

    /// <summary>The plain form of a character whose compatibility form holds '.', '/', '\' or ':', or null.</summary>
    internal static string? CompatibilityForm(char c) => CompatibilityForms.TryGetValue(c, out string? plain) ? plain : null;

    /// <summary>True for a name Windows reserves for a device (CON, NUL, COM1…), compared without case.</summary>
    internal static bool IsReservedDeviceName(string stem) => ReservedNames.Contains(stem);

    /// <summary>The path with control characters shown as \u escapes, for messages.</summary>
    internal static string Printable(string text)
    {
        var sb = new StringBuilder(Math.Min(text.Length, 120));
        foreach (char c in text.Length > 120 ? text[..117] + "..." : text)
        {
            sb.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c);
        }

        return sb.ToString();
    }
}
