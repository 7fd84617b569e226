using System.Text;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Turns input bytes into text: UTF-8 only, BOM removed, CRLF and CR made LF.
/// Damage is judged by amount (issue 2 said refuse, issue 6 said replace; both are right for different files):
/// a few invalid bytes or NULs in a UTF-8 file are one bad paste, so they are repaired with a warning (CDS6002,
/// CDS6003) and the post is not lost; many of them mean another encoding (Latin-1, UTF-16) or a binary file,
/// where replacing would garble every accented letter, so the file is refused (CDS2004) and nothing is written.
/// </summary>
public static class TextDecoder
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
        }
        catch (DecoderFallbackException)
        {
            return Repair(bytes, file);
        }

        var warnings = new List<Diagnostic>();
        if (text.Contains('\0'))
        {
            int count = text.Count(c => c == '\0');
            if (count > MaxRepairs)
            {
                return Refuse(file, $"the file holds {count} NUL bytes (first at byte offset {bytes.IndexOf((byte)0)}): it looks binary, not text");
            }

            var (line, column) = LineColumn(text, text.IndexOf('\0'));
            warnings.Add(DiagnosticCodes.NulRemoved.At(new SourceSpan(file, line, column), $"{count} NUL character(s) removed"));
            text = text.Replace("\0", "", StringComparison.Ordinal);
        }

        return new DecodedText(NormalizeLineEndings(text), null, warnings);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>Decodes with U+FFFD for each invalid sequence, if there are few.</summary>
    private static DecodedText Repair(ReadOnlySpan<byte> bytes, string file)
    {
        // Count invalid sequences the way the decoder replaces them (one U+FFFD each), stopping early when too many.
        int invalid = 0;
        int firstOffset = -1;
        var rest = bytes;
        int offset = 0;
        while (!rest.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(rest, out _, out int consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                invalid++;
                if (firstOffset < 0)
                {
                    firstOffset = offset;
                }

                if (invalid > MaxRepairs)
                {
                    return Refuse(file, $"the file is not valid UTF-8 (more than {MaxRepairs} invalid byte sequences, the first at byte offset {firstOffset}): it is probably in another encoding such as Windows-1252; re-save it as UTF-8");
                }
            }

            rest = rest[consumed..];
            offset += consumed;
        }

        // The default UTF8Encoding replaces each invalid sequence with U+FFFD.
        var decoded = Decode(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)), file);
        if (decoded.Error is not null)
        {
            return decoded;
        }

        string text = decoded.Text!;
        var (line, column) = LineColumn(text, text.IndexOf('\uFFFD'));
        var warning = DiagnosticCodes.InvalidUtf8Replaced.At(new SourceSpan(file, line, column),
            $"{invalid} invalid UTF-8 byte sequence(s) replaced with U+FFFD (the first at byte offset {firstOffset})");
        return decoded with { Warnings = [warning, .. decoded.Warnings] };
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
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, index - lineStart + 1);
    }
}
