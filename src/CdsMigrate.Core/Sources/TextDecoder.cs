using System.Text;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>Turns input bytes into text: UTF-8 only, BOM removed, CRLF and CR made LF.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>, or returns the diagnostic that explains why it cannot.</summary>
    public static (string? Text, Diagnostic? Error) Decode(ReadOnlySpan<byte> bytes, string file)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            return (null, DiagnosticCodes.NotText.At(new SourceSpan(file, 0, 0), $"the file holds a NUL byte at offset {nul}: it looks binary, not text"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, DiagnosticCodes.NotText.At(new SourceSpan(file, 0, 0), $"the file is not valid UTF-8 (byte offset {ex.Index}); re-save it as UTF-8"));
        }

        return (NormalizeLineEndings(text), null);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
