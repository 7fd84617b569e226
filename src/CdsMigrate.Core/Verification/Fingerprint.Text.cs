using System.Text;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

// Normalised text of elements, code and URLs.
internal sealed partial class Fingerprint
{
    /// <summary>The text of an element, skipping what is not compared, with breaks and block edges as spaces.</summary>
    internal string TextOf(IElement element, IElement? skip = null)
    {
        var sb = new StringBuilder();
        AppendTextOf(element, skip, sb, 0);
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="prefix"/> followed by <c>Normalize(TextOf(element, skip))</c>, built in this thread's scratch
    /// buffers: one string where there were five (a builder grown chunk by chunk, its string, the normalised copy and
    /// the prefixed copy), for texts that are whole sections (a details box's content, a quote), and none when the other
    /// page's next item of <paramref name="aspect"/> is this text (<see cref="ItemText"/>). Its length is the prefix's
    /// when the element shows no text.
    /// </summary>
    private string NormalizedText(FingerprintAspect aspect, string prefix, IElement element, IElement? skip = null)
    {
        var raw = _buffers.Scratch;
        raw.Clear();
        AppendTextOf(element, skip, raw, 0);
        int length = raw.Length;
        if (_buffers.ScratchChars.Length < length + 1)
        {
            _buffers.ScratchChars = new char[Math.Max(length + 1, _buffers.ScratchChars.Length * 2)];
        }

        raw.CopyTo(0, _buffers.ScratchChars, length);
        raw.Clear();
        // Its tokens joined by one space, in place (one more character of room for the space after the last, not kept).
        ReadOnlySpan<char> text = _buffers.ScratchChars.AsSpan(0, length);
        int written = CopyTokens(text, _buffers.ScratchChars);
        return written == 0 ? prefix : ItemText(aspect, prefix, text[..(written - 1)]);
    }

    private void AppendTextOf(INode node, IElement? skip, StringBuilder sb, int depth)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t) sb.Append(t.Data);
            else if (child is IElement { LocalName: "br" }) sb.Append(' ');
            else if (child is IElement e && e != skip && !IsSkipped(e) && depth < MaxDepth)
            {
                if (_ledger.Of(e)?.ImpliedText is { } implied) sb.Append(' ').Append(implied).Append(' ');
                if (IsBlockBoundary(e)) sb.Append(' ');
                AppendTextOf(e, skip, sb, depth + 1);
                if (IsBlockBoundary(e)) sb.Append(' ');
            }
        }
    }

    /// <summary>
    /// Code keeps its line breaks and the text of each line. Indentation is not compared: Markdig removes the
    /// fence's column from code lines inside list items (" 4f" comes back "4f") where CommonMark, GitHub and
    /// Hugo keep it, so comparing it would report Markdig's quirk as a converter bug.
    /// </summary>
    internal string CodeText(IElement pre)
    {
        var sb = new StringBuilder();
        Append(pre, sb, 0);
        var lines = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        return string.Join('\n', lines).Trim('\n');

        void Append(INode node, StringBuilder sb, int depth)
        {
            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) sb.Append('\n');
                else if (child is IElement e && !IsSkipped(e) && depth < MaxDepth) Append(e, sb, depth + 1);
            }
        }
    }

    /// <summary>Words joined by single spaces; non-breaking spaces inside words are kept.</summary>
    internal static string Normalize(string text)
    {
        // Text already normal (the usual case) is returned as is, found so without building its copy first.
        if (IsNormal(text))
        {
            return text;
        }

        // Built from slices of the text: no string per word.
        var builder = new StringBuilder(text.Length);
        int position = 0;
        while (NextToken(text, ref position) is { } range)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(text.AsSpan()[range]);
        }

        return builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> would return the text unchanged: its tokens, from its start to its end, one plain space apart.</summary>
    private static bool IsNormal(string text)
    {
        int position = 0;
        int next = 0;
        while (NextToken(text, ref position) is { } range)
        {
            int start = range.Start.Value;
            if (start != next || (start > 0 && text[start - 1] != ' '))
            {
                return false;
            }

            next = range.End.Value + 1;
        }

        return next == text.Length + 1 || text.Length == 0;
    }

    internal static string NormalizeUrl(string url)
    {
        url = url.Trim();
        // Only a YouTube or Vimeo URL has a canonical form (the patterns match these names, case-sensitively): most links
        // are not tried against both regular expressions (issue 11, point 3).
        if (url.Contains("youtu", StringComparison.Ordinal) || url.Contains("vimeo", StringComparison.Ordinal))
        {
            url = Writing.VideoEmbeds.Canonicalize(url);
        }

        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
