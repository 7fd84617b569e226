using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Turns input bytes into text: UTF-8 only, BOM removed, CRLF and CR made LF.
/// Damage is judged by amount (issue 2 said refuse, issue 6 said replace; both are right for different files):
/// a few invalid bytes or NULs in a file that is otherwise UTF-8 (it has valid multi-byte characters) are one bad
/// paste, so they are repaired with a warning (CDS6002, CDS6003) and the post is not lost; many of them, or
/// invalid bytes with no UTF-8 character at all, mean another encoding (Latin-1, UTF-16) or a binary file, where
/// replacing would garble every accented letter, so the file is refused (CDS2004) and nothing is written.
/// </summary>
internal static class TextDecoder
{
    /// <summary>Up to this many invalid sequences plus NUL bytes are repaired; more and the file is refused.</summary>
    public const int MaxRepairs = 16;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>: the text and repair warnings, or the error that explains why it cannot.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Refuse(file, "the file is UTF-16 (it starts with a UTF-16 byte order mark); re-save it as UTF-8");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
            if (!text.Contains('\0'))
            {
                return new DecodedText(NormalizeLineEndings(text), null, []);
            }
        }
        catch (DecoderFallbackException)
        {
            // Counted and repaired below.
        }

        return Repair(bytes, file);
    }

    /// <summary>
    /// The common case, without a string of the whole file (issue 11: that string was a twentieth of a run's bytes, and
    /// a post file's reader keeps only pieces of it): valid UTF-8 with no NUL is decoded into a buffer rented from
    /// <see cref="ArrayPool{T}.Shared"/>, which the caller returns, with line endings made LF in place, exactly as
    /// <see cref="Decode"/> would. False, and nothing rented, for what <see cref="Decode"/> must judge or repair
    /// (an empty file, a UTF-16 byte order mark, invalid bytes, NUL).
    /// </summary>
    public static bool TryDecodeClean(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out char[]? buffer, out int length)
    {
        buffer = null;
        length = 0;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        if (bytes.IsEmpty)
        {
            return false;
        }

        // UTF-8 never takes fewer bytes than UTF-16 code units, so the buffer is large enough.
        char[] rented = ArrayPool<char>.Shared.Rent(bytes.Length);
        var status = Utf8.ToUtf16(bytes, rented, out _, out int written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done || rented.AsSpan(0, written).Contains('\0'))
        {
            ArrayPool<char>.Shared.Return(rented);
            return false;
        }

        buffer = rented;
        length = NormalizeLineEndings(rented.AsSpan(0, written));
        return true;
    }

    /// <summary>As <see cref="NormalizeLineEndings(string)"/>, in place: the new length.</summary>
    private static int NormalizeLineEndings(Span<char> text)
    {
        int write = text.IndexOf('\r');
        if (write < 0)
        {
            return text.Length;
        }

        for (int read = write; read < text.Length; read++)
        {
            char c = text[read];
            if (c == '\r')
            {
                // CRLF and a lone CR both become one LF.
                c = '\n';
                if (read + 1 < text.Length && text[read + 1] == '\n')
                {
                    read++;
                }
            }

            text[write++] = c;
        }

        return write;
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>
    /// Counts the damage (invalid sequences, NUL bytes): a little is repaired with warnings; more than
    /// <see cref="MaxRepairs"/>, or more than one damaged spot per 32 bytes, and the file is refused.
    /// </summary>
    private static DecodedText Repair(ReadOnlySpan<byte> bytes, string file)
    {
        int invalid = 0;
        int nul = 0;
        int firstInvalid = -1;
        int firstNul = -1;
        int multibyte = 0;
        int offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out var rune, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
                firstInvalid = firstInvalid < 0 ? offset : firstInvalid;
            }
            else if (rune.Value == 0)
            {
                nul++;
                firstNul = firstNul < 0 ? offset : firstNul;
            }
            else if (consumed > 1)
            {
                multibyte++;
            }

            int damage = invalid + nul;
            if (damage > MaxRepairs || (damage > 1 && damage * 32L > bytes.Length))
            {
                string what = invalid > 0 && nul == 0
                    ? $"the file is not valid UTF-8 ({(damage > MaxRepairs ? $"more than {MaxRepairs}" : damage.ToString(System.Globalization.CultureInfo.InvariantCulture))} invalid byte sequences, the first at byte offset {firstInvalid}): it is probably in another encoding such as Windows-1252; re-save it as UTF-8"
                    : $"the file holds NUL bytes (the first at byte offset {firstNul}) and {invalid} invalid UTF-8 sequence(s): it looks binary, not text";
                return Refuse(file, what);
            }

            offset += consumed;
        }

        // Invalid bytes and not one valid multi-byte character: nothing says this is UTF-8 at all; it is a
        // single-byte encoding (a Latin-1 "é" alone in a file), and replacing would lose every such letter.
        if (invalid > 0 && multibyte == 0)
        {
            return Refuse(file, $"the file is not valid UTF-8 (byte offset {firstInvalid}) and holds no UTF-8 character beyond ASCII: it is probably in another encoding such as Windows-1252; re-save it as UTF-8");
        }

        // The default UTF8Encoding replaces each invalid sequence with U+FFFD, as counted above.
        string text = NormalizeLineEndings(Encoding.UTF8.GetString(bytes));
        var warnings = new List<Diagnostic>();
        if (invalid > 0)
        {
            var (line, column) = LineColumn(text, text.IndexOf('\uFFFD'));
            warnings.Add(DiagnosticCodes.InvalidUtf8Replaced.At(new SourceSpan(file, line, column),
                $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD (the first at byte offset {firstInvalid})"));
        }

        if (nul > 0)
        {
            var (line, column) = LineColumn(text, text.IndexOf('\0'));
            warnings.Add(DiagnosticCodes.NulRemoved.At(new SourceSpan(file, line, column), $"{nul} NUL character(s) removed (the first at byte offset {firstNul})"));
            text = text.Replace("\0", "", StringComparison.Ordinal);
        }

        return new DecodedText(text, null, warnings);
    }

    private static DecodedText Refuse(string file, string message) =>
        new(null, DiagnosticCodes.NotText.At(new SourceSpan(file, 0, 0), message), []);

    private static (int Line, int Column) LineColumn(string text, int index)
    {
        if (index < 0)
        {
            return (0, 0);
        }

        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
