using System.Security.Cryptography;
using System.Text;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Makes one path segment built from content (a slug, a title) a valid name on Windows, macOS and Linux:
/// no <c>\ / : * ? " &lt; &gt; |</c> or control characters, no trailing dots or spaces, no reserved device
/// names (CON, NUL, COM1…), never <c>.</c> or <c>..</c>, and at most <see cref="MaxBytes"/> UTF-8 bytes, long
/// names keeping a short hash of the whole so they stay distinct. It asks for NFC (macOS normalises names), but
/// under the CLI's InvariantGlobalization string.Normalize changes nothing (see <see cref="SafePath"/>): a
/// decomposed slug stays decomposed there; only ICU hosts (the tests) get NFC.
/// </summary>
internal static class PathSegmentSanitizer
{
    /// <summary>Well under the 255-byte limit of common file systems, leaving room for suffixes and extensions.</summary>
    public const int MaxBytes = 120;

    /// <summary>The safe form of <paramref name="segment"/>; <c>untitled</c> when nothing usable is left.</summary>
    public static string Sanitize(string segment)
    {
        string original = segment;
        var sb = new StringBuilder(segment.Length);
        foreach (char c in segment.Normalize(NormalizationForm.FormC))
        {
            bool bad = c < ' ' || c == '\u007f' || c is '\\' or '/' or ':' or '*' or '?' or '"' or '<' or '>' or '|'
                || c is '\u00a0' or '\u202f' or '\u200b' or '\ufeff' or '\u2028' or '\u2029';
            if (bad)
            {
                // One dash for a run of unsafe characters, and none doubled with a dash already there.
                if (sb.Length > 0 && sb[^1] != '-')
                {
                    sb.Append('-');
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        // No leading dot either: it hides the file (and SafePath would rewrite it again, with a warning).
        string name = sb.ToString().Trim(' ', '-').TrimEnd('.', ' ').TrimStart('.', ' ', '-');
        if (name.Length == 0 || name.All(c => c == '.'))
        {
            name = "untitled";
        }

        // "CON", "con.txt", "Nul.tar.gz" are all the device on Windows.
        string stem = name.Split('.')[0].TrimEnd(' ');
        if (SafePath.IsReservedDeviceName(stem))
        {
            name = "_" + name;
        }

        if (Encoding.UTF8.GetByteCount(name) > MaxBytes)
        {
            string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(original)))[..8];
            name = TruncateUtf8(name, MaxBytes - hash.Length - 1).TrimEnd('.', ' ', '-') + "-" + hash;
        }

        return name;
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxBytes"/> UTF-8 bytes without splitting a character.</summary>
    private static string TruncateUtf8(string text, int maxBytes)
    {
        int bytes = 0;
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        int end = 0;
        while (e.MoveNext())
        {
            int n = Encoding.UTF8.GetByteCount(e.GetTextElement());
            if (bytes + n > maxBytes)
            {
                break;
            }

            bytes += n;
            end = e.ElementIndex + e.GetTextElement().Length;
        }

        return text[..end];
    }
}
