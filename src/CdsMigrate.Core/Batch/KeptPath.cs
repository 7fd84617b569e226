using System.Text;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Checks the output path of a post file, which is the file's own path under its input folder and is kept
/// byte for byte (issue 9: on the CDS site the file name is part of the permalink, so '…', '’', ':', '?',
/// non-breaking spaces and case are part of the URL). Unlike <see cref="SafePath"/>, which rewrites names built
/// from export data, nothing is ever changed here: a path that cannot be written as it is gets a reason, and
/// the document fails with it. Confinement is as strict as <see cref="SafePath"/>'s: no part may climb out of
/// the output folder, be absolute, hide (a leading dot, '.git'), or hold a character that a file system refuses
/// or a tool downstream could turn into a separator or '..'. Pure string work: links are <see cref="OutputWriter"/>'s job.
/// </summary>
internal static class KeptPath
{
    /// <summary>The longest part in UTF-8 bytes: NAME_MAX on Linux, and macOS's limit for ASCII names.</summary>
    public const int MaxNameBytes = 255;

    private static readonly System.Buffers.SearchValues<char> AsciiLettersAndDigits =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    /// <summary>Why <paramref name="relativePath"/> cannot be written as it is on this system, or null when it can.</summary>
    public static string? Refusal(string relativePath) => Refusal(relativePath, OperatingSystem.IsWindows());

    /// <summary>As <see cref="Refusal(string)"/>, choosing whether Windows' reserved characters and names count.</summary>
    public static string? Refusal(string relativePath, bool windowsRules)
    {
        if (relativePath.Length == 0)
        {
            return "the path is empty";
        }

        if (relativePath[0] is '/' or '\\' || (relativePath.Length >= 2 && char.IsAsciiLetter(relativePath[0]) && relativePath[1] == ':'))
        {
            return "it is an absolute path";
        }

        foreach (string part in relativePath.Split('/', '\\'))
        {
            string? why = PartRefusal(part, windowsRules);
            if (why is not null)
            {
                return why;
            }
        }

        return null;
    }

    private static string? PartRefusal(string part, bool windowsRules)
    {
        if (part.Length == 0 || part is "." or "..")
        {
            return $"the part '{part}' would leave the output folder or name no file";
        }

        if (part[0] == '.')
        {
            // Hidden names, and .git above all, are never written; the writer's own temporary files start with a dot.
            return $"the part '{SafePath.Printable(part)}' starts with a dot (a hidden name)";
        }

        if (Encoding.UTF8.GetByteCount(part) > MaxNameBytes)
        {
            return $"the name '{SafePath.Printable(part)}' is longer than {MaxNameBytes} bytes, the file system limit";
        }

        for (int i = 0; i < part.Length; i++)
        {
            char c = part[i];
            if (c == '\0')
            {
                return "it holds a NUL character, which no file system accepts";
            }

            if (char.IsControl(c))
            {
                return $"it holds the control character U+{(int)c:X4}, which Windows refuses and which breaks line-based tools";
            }

            if (char.IsHighSurrogate(c) && i + 1 < part.Length && char.IsLowSurrogate(part[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return "it holds an unpaired surrogate, which is not valid Unicode";
            }

            if (c is '\u200E' or '\u200F' or '\u061C' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return $"it holds the bidirectional control U+{(int)c:X4}, which can make a name read as another";
            }

            if (SafePath.CompatibilityForm(c) is { } plain && (plain.Contains('/') || plain.Contains('\\') || (windowsRules && plain.Contains(':'))))
            {
                return $"it holds U+{(int)c:X4}, which tools that normalise Unicode read as '{plain}'";
            }

            if (windowsRules && c is ':' or '<' or '>' or '"' or '|' or '?' or '*')
            {
                return $"it holds '{c}', which Windows does not allow in file names";
            }
        }

        // U+2024 U+2024 (or U+2025) alone becomes '..' for a tool that normalises: the same climb as '..'. A part with
        // an ASCII letter or digit (which normalises to itself) cannot: the check, a string per character, is skipped
        // for it (issue 11: every post file's path goes through here).
        if (!part.AsSpan().ContainsAny(AsciiLettersAndDigits))
        {
            string plainPart = string.Concat(part.Select(c => SafePath.CompatibilityForm(c) ?? c.ToString()));
            if (plainPart.Trim().All(c => c == '.'))
            {
                return $"the part '{part}' reads as '{plainPart}' once normalised, which leaves the folder or names no file";
            }
        }

        if (windowsRules)
        {
            if (part.EndsWith('.') || part.EndsWith(' '))
            {
                return $"the name '{part}' ends with a dot or a space, which Windows drops";
            }

            int dot = part.IndexOf('.');
            string stem = (dot < 0 ? part : part[..dot]).TrimEnd(' ');
            if (SafePath.IsReservedDeviceName(stem))
            {
                return $"'{stem}' is a device name on Windows";
            }
        }

        return null;
    }
}
