using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Two line breaks in a row (<c>&lt;br&gt;&lt;br&gt;</c>, Shift+Enter twice, classic editors' paragraph gap)
/// show an empty line: to a reader that is a new paragraph, and Markdown says it with a blank line. A single
/// <c>&lt;br&gt;</c> stays a hard break. Issue 10, point 3 (115 pairs on the CDS site lost their gap).
/// </summary>
internal static class ParagraphBreaks
{
    /// <summary>
    /// The paragraphs of <paramref name="inlines"/>, split where two or more top-level hard breaks follow each
    /// other with nothing visible between; pieces that show nothing are left out.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<MdInline>> Split(IReadOnlyList<MdInline> inlines)
    {
        // Most runs hold no gap: they are their one paragraph (or none), with no copy made. The model is immutable,
        // so handing back the caller's list is safe; FlowBuilder copies its buffer anyway.
        if (!HasGap(inlines))
        {
            return InlineContent.HasContent(inlines) ? [inlines] : [];
        }

        var paragraphs = new List<IReadOnlyList<MdInline>>();
        var current = new List<MdInline>();
        int i = 0;
        while (i < inlines.Count)
        {
            if (inlines[i] is MdHardBreak && BreaksFrom(inlines, i, out int next) >= 2)
            {
                Add(paragraphs, current);
                current = [];
                i = next;
                continue;
            }

            current.Add(inlines[i]);
            i++;
        }

        Add(paragraphs, current);
        return paragraphs;
    }

    private static bool HasGap(IReadOnlyList<MdInline> inlines)
    {
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is MdHardBreak && BreaksFrom(inlines, i, out _) >= 2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many hard breaks follow from <paramref name="start"/>, blank text between them counting for nothing.</summary>
    private static int BreaksFrom(IReadOnlyList<MdInline> inlines, int start, out int next)
    {
        int breaks = 0;
        int i = start;
        int afterLastBreak = start;
        while (i < inlines.Count && (inlines[i] is MdHardBreak || IsBlank(inlines[i])))
        {
            if (inlines[i] is MdHardBreak)
            {
                breaks++;
                afterLastBreak = i + 1;
            }

            i++;
        }

        next = afterLastBreak;
        return breaks;
    }

    private static bool IsBlank(MdInline inline) => inline is MdText t && t.Text.All(Writing.InlineNormalizer.IsWhitespace);

    private static void Add(List<IReadOnlyList<MdInline>> paragraphs, List<MdInline> inlines)
    {
        if (InlineContent.HasContent(inlines))
        {
            paragraphs.Add(inlines);
        }
    }
}
