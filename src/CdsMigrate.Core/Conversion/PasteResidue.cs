using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What pasting from Microsoft Word leaves in a post: conditional comments (<c>&lt;!--[if gte mso 9]&gt;…&lt;![endif]--&gt;</c>,
/// holding Word's XML settings) and <c>MsoNormal</c>-style classes. No reader sees them and the converter already
/// leaves them out; issue 10 asks that it says so, once per document (CDS1202).
/// </summary>
internal static class PasteResidue
{
    /// <param name="body">The parsed body.</param>
    /// <param name="html">The text <paramref name="body"/> was parsed from: a comment has no source reference of its own.</param>
    /// <param name="context">Where the diagnostics go.</param>
    public static void Report(IElement body, string html, ConversionContext context)
    {
        foreach (var comment in body.Descendants<IComment>())
        {
            string data = comment.Data.TrimStart();
            if (data.StartsWith("[if ", StringComparison.OrdinalIgnoreCase) || data.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase))
            {
                string message = $"Word paste residue: conditional comment <!--{Clip(data)}…> dropped";
                int at = html.IndexOf("<!--" + comment.Data[..FirstLineLength(comment.Data)], StringComparison.Ordinal);
                if (at >= 0)
                {
                    // Golden case classic/word-paste: located at the comment, not at its parent (the implied
                    // <body>, which has no position: the diagnostic said line 0).
                    var (line, column) = SourcePosition.FromOffset(html, at);
                    context.ReportAt(DiagnosticCodes.PasteResidueDropped, line, column, message, "comment");
                }
                else
                {
                    context.ReportOnce("conditional-comment", DiagnosticCodes.PasteResidueDropped, comment.ParentElement, message, "comment");
                }

                break;
            }
        }

        foreach (var element in body.Descendants<IElement>())
        {
            // Every element of every post is asked: the class attribute is read in place (ClassTokens).
            if (ClassTokens.FirstStartingWith(element, "Mso") is { } mso)
            {
                context.ReportOnce("mso-class", DiagnosticCodes.PasteResidueDropped, element,
                    $"Word paste residue: class {mso} (and any other Mso* class) dropped", element.LocalName);
                break;
            }
        }
    }

    private static int FirstLineLength(string data)
    {
        int end = data.AsSpan().IndexOfAny('\r', '\n');
        return end < 0 ? data.Length : end;
    }

    private static string Clip(string text)
    {
        int end = text.IndexOf(']', StringComparison.Ordinal);
        return end > 0 && end < 40 ? text[..(end + 1)] : text[..Math.Min(text.Length, 20)];
    }
}
