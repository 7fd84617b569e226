using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What pasting from Microsoft Word leaves in a post: conditional comments (<c>&lt;!--[if gte mso 9]&gt;…&lt;![endif]--&gt;</c>,
/// holding Word's XML settings) and <c>MsoNormal</c>-style classes. No reader sees them and the converter already
/// leaves them out; issue 10 asks that it says so, once per document (CDS1202).
/// </summary>
internal static class PasteResidue
{
    public static void Report(IElement body, ConversionContext context)
    {
        foreach (var comment in body.Descendants<IComment>())
        {
            string data = comment.Data.TrimStart();
            if (data.StartsWith("[if ", StringComparison.OrdinalIgnoreCase) || data.StartsWith("[endif]", StringComparison.OrdinalIgnoreCase))
            {
                context.ReportOnce("conditional-comment", DiagnosticCodes.PasteResidueDropped, comment.ParentElement,
                    $"Word paste residue: conditional comment <!--{Clip(data)}…> dropped", "comment");
                break;
            }
        }

        foreach (var element in body.Descendants<IElement>())
        {
            if (element.ClassList.FirstOrDefault(c => c.StartsWith("Mso", StringComparison.Ordinal)) is { } mso)
            {
                context.ReportOnce("mso-class", DiagnosticCodes.PasteResidueDropped, element,
                    $"Word paste residue: class {mso} (and any other Mso* class) dropped", element.LocalName);
                break;
            }
        }
    }

    private static string Clip(string text)
    {
        int end = text.IndexOf(']', StringComparison.Ordinal);
        return end > 0 && end < 40 ? text[..(end + 1)] : text[..Math.Min(text.Length, 20)];
    }
}
