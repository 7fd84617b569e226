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
        // One walk finds both (DomWalk, no Descendants iterator: every element of every post is asked, issue 11 point 3);
        // they are reported in the order they always were, the comment first.
        IComment? conditional = null;
        IElement? styled = null;
        string? mso = null;
        var walk = new DomWalk(body);
        while ((conditional is null || styled is null) && walk.NextNode() is { } node)
        {
            if (node is Element element)
            {
                // The class attribute is read in place (ClassTokens).
                if (styled is null && ClassTokens.FirstStartingWith(element, "Mso") is { } found)
                {
                    styled = element;
                    mso = found;
                }
            }
            else if (conditional is null && node.NodeType == NodeType.Comment && node is IComment comment && IsConditional(comment))
            {
                conditional = comment;
            }
        }

        if (conditional is not null)
        {
            string data = conditional.Data.TrimStart();
            string message = $"Word paste residue: conditional comment <!--{Clip(data)}…> dropped";
            int at = html.IndexOf("<!--" + conditional.Data[..FirstLineLength(conditional.Data)], StringComparison.Ordinal);
            if (at >= 0)
            {
                // Golden case classic/word-paste: located at the comment, not at its parent (the implied
                // <body>, which has no position: the diagnostic said line 0).
                var (line, column) = SourcePosition.FromOffset(html, at);
                context.ReportAt(DiagnosticCodes.PasteResidueDropped, line, column, message, "comment");
            }
            else
            {
                context.ReportOnce("conditional-comment", DiagnosticCodes.PasteResidueDropped, conditional.ParentElement, message, "comment");
            }
        }

        if (styled is not null)
        {
            context.ReportOnce("mso-class", DiagnosticCodes.PasteResidueDropped, styled,
                $"Word paste residue: class {mso} (and any other Mso* class) dropped", styled.LocalName);
        }
    }

    private static bool IsConditional(IComment comment)
    {
        string data = comment.Data.TrimStart();
        return data.StartsWith("[if ", StringComparison.OrdinalIgnoreCase) || data.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase);
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
