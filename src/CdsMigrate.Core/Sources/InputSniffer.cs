using System.Text;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Tells post files, WXR and JSON apart by their first bytes, not their extension: exports are often renamed
/// (<c>export.txt</c>, <c>posts</c>) and post files may end in .xml. An HTML page's <c>&lt;!DOCTYPE html&gt;</c>
/// stays a post file; any other XML prolog or DOCTYPE goes to the XML reader, which refuses DOCTYPEs.
/// </summary>
internal static class InputSniffer
{
    public static InputKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        // UTF-16 with a BOM can only be XML here (the XML reader decodes it); post files must be UTF-8.
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return InputKind.Xml;
        }

        int i = 0;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        head = head[i..];
        if (head.Length == 0)
        {
            return InputKind.PostFile;
        }

        if (LooksLikeJson(head))
        {
            return InputKind.Json;
        }

        string start = Encoding.UTF8.GetString(head[..Math.Min(head.Length, 64)]).ToLowerInvariant();
        if (start.StartsWith("<?xml", StringComparison.Ordinal) || start.StartsWith("<rss", StringComparison.Ordinal))
        {
            return InputKind.Xml;
        }

        if (start.StartsWith("<!doctype", StringComparison.Ordinal))
        {
            return start[9..].TrimStart().StartsWith("html", StringComparison.Ordinal) ? InputKind.PostFile : InputKind.Xml;
        }

        return InputKind.PostFile;
    }

    /// <summary>
    /// <c>[</c> or <c>{</c> then, past whitespace, what JSON allows there. A post body may start with a
    /// shortcode (<c>[caption id=…]</c>), whose bracket is followed by a letter.
    /// </summary>
    private static bool LooksLikeJson(ReadOnlySpan<byte> head)
    {
        if (head[0] is not ((byte)'[' or (byte)'{'))
        {
            return false;
        }

        int i = 1;
        while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            i++;
        }

        if (i == head.Length)
        {
            return true;
        }

        byte next = head[i];
        if (head[0] == (byte)'[' && next is (byte)'-' or (>= (byte)'0' and <= (byte)'9'))
        {
            return !IsMarkdownLinkAfterNumber(head[i..]);
        }

        return head[0] == (byte)'{'
            ? next is (byte)'"' or (byte)'}'
            : next is (byte)'{' or (byte)'[' or (byte)']' or (byte)'"';
    }

    /// <summary>
    /// "[6546](https://…)" is a Markdown link whose text is a number, as cdsmigrate writes a file block's link
    /// (a post file that starts with one must be read again as a post: issue 9, re-converting outputs).
    /// </summary>
    private static bool IsMarkdownLinkAfterNumber(ReadOnlySpan<byte> number)
    {
        int i = 0;
        while (i < number.Length && number[i] is (byte)'-' or (byte)'+' or (byte)'.' or (byte)'e' or (byte)'E' or (>= (byte)'0' and <= (byte)'9'))
        {
            i++;
        }

        return i + 1 < number.Length && number[i] == (byte)']' && number[i + 1] is (byte)'(' or (byte)'[' or (byte)':';
    }

    /// <summary>Reads the first bytes of <paramref name="path"/> and detects its kind.</summary>
    public static InputKind Detect(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        Span<byte> buffer = stackalloc byte[512];
        int n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return Detect(buffer[..n]);
    }
}
