using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// Puts inline content in the shape Markdown can express before it is written:
/// whitespace moved out of emphasis and link edges (a delimiter next to a space does not open or
/// close emphasis: <c>&lt;em&gt;– &lt;/em&gt;</c> must become <c>*–* </c>), adjacent emphasis merged, empty
/// wrappers removed, runs of spaces collapsed, and whitespace trimmed at line edges.
/// </summary>
internal static partial class InlineNormalizer
{
    public static List<MdInline> Normalize(IReadOnlyList<MdInline> inlines)
    {
        var hoisted = Hoist(inlines);
        var merged = MergeAdjacent(hoisted);
        bool lastWasSpace = true; // block start: leading spaces go
        var collapsed = CollapseSpaces(merged, ref lastWasSpace);
        return TrimLineEdges(collapsed);
    }

    /// <summary>True for the whitespace CommonMark considers when deciding flanking (Unicode Zs, tab, line breaks).</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static List<MdInline> Hoist(IReadOnlyList<MdInline> inlines)
    {
        var result = new List<MdInline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case MdEmphasis e: AddWrapped(result, Hoist(e.Children), c => new MdEmphasis(c)); break;
                case MdStrong s: AddWrapped(result, Hoist(s.Children), c => new MdStrong(c)); break;
                case MdStrike s: AddWrapped(result, Hoist(s.Children), c => new MdStrike(c)); break;
                case MdLink l: AddWrapped(result, Hoist(l.Children), c => l with { Children = c }, keepEmpty: true); break;
                case MdHtmlInline h: result.Add(h with { Children = Hoist(h.Children) }); break;
                case MdText { Text.Length: 0 }: break;
                default: result.Add(inline); break;
            }
        }

        return result;
    }

    /// <summary>
    /// Adds a wrapper around <paramref name="children"/>, with the whitespace and hard breaks at its edges moved
    /// outside: a hard break ending link text is dropped by Markdig, gluing the words around it (property test
    /// seeds bC8DqXJ4hDJ2, eY3n7Zud_4y2).
    /// </summary>
    private static void AddWrapped(List<MdInline> result, List<MdInline> children, Func<IReadOnlyList<MdInline>, MdInline> wrap, bool keepEmpty = false)
    {
        var leading = TakeEdges(children, fromStart: true);
        var trailing = TakeEdges(children, fromStart: false);
        result.AddRange(leading);
        if (children.Count > 0 || keepEmpty) result.Add(wrap(children));
        result.AddRange(trailing);
    }

    /// <summary>Takes whitespace and hard breaks from one edge of <paramref name="children"/>, in reading order.</summary>
    private static List<MdInline> TakeEdges(List<MdInline> children, bool fromStart)
    {
        var taken = new List<MdInline>();
        while (true)
        {
            string ws = TakeEdgeWhitespace(children, fromStart);
            if (ws.Length > 0)
            {
                taken.Insert(fromStart ? taken.Count : 0, new MdText(ws));
            }

            int index = fromStart ? 0 : children.Count - 1;
            if (children.Count == 0 || children[index] is not MdHardBreak hardBreak)
            {
                return taken;
            }

            children.RemoveAt(index);
            taken.Insert(fromStart ? taken.Count : 0, hardBreak);
        }
    }

    private static string TakeEdgeWhitespace(List<MdInline> children, bool fromStart)
    {
        string taken = "";
        while (children.Count > 0)
        {
            int index = fromStart ? 0 : children.Count - 1;
            if (children[index] is not MdText text)
            {
                break;
            }

            string s = text.Text;
            int cut = fromStart ? CountLeading(s) : CountTrailing(s);
            if (cut == 0)
            {
                break;
            }

            string ws = fromStart ? s[..cut] : s[^cut..];
            string rest = fromStart ? s[cut..] : s[..^cut];
            taken = fromStart ? taken + ws : ws + taken;
            if (rest.Length == 0)
            {
                children.RemoveAt(index);
                continue;
            }

            children[index] = new MdText(rest);
            break;
        }

        return taken;
    }

    private static int CountLeading(string s)
    {
        int n = 0;
        while (n < s.Length && IsWhitespace(s[n])) n++;
        return n;
    }

    private static int CountTrailing(string s)
    {
        int n = 0;
        while (n < s.Length && IsWhitespace(s[s.Length - 1 - n])) n++;
        return n;
    }

    /// <summary>
    /// Whitespace a line edge drops. Not the ideographic space U+3000: Chinese and Japanese paragraphs are indented
    /// with it ("　　"), browsers show it, and Markdown keeps it (issue 10: zhangjiayin's posts lost their indents).
    /// </summary>
    private static bool IsLineEdgeWhitespace(char c) => c != '\u3000' && IsWhitespace(c);

    private static int CountLeadingAtLineEdge(string s)
    {
        int n = 0;
        while (n < s.Length && IsLineEdgeWhitespace(s[n])) n++;
        return n;
    }

    private static int CountTrailingAtLineEdge(string s)
    {
        int n = 0;
        while (n < s.Length && IsLineEdgeWhitespace(s[s.Length - 1 - n])) n++;
        return n;
    }

    /// <summary>
    /// Merges adjacent text, and adjacent emphasis of the same kind (<c>*a*[*b*](u)*c*</c> becomes
    /// <c>*a[b](u)c*</c>, as in the seed's quote) so that delimiters do not meet punctuation.
    /// </summary>
    private static List<MdInline> MergeAdjacent(List<MdInline> inlines)
    {
        var lifted = inlines.Select(LiftEmphasisOutOfLink).ToList();
        var result = new List<MdInline>(lifted.Count);
        foreach (var inline in lifted)
        {
            var current = inline switch
            {
                MdEmphasis e => new MdEmphasis(MergeAdjacent(Flatten<MdEmphasis>(e.Children, x => x.Children))),
                MdStrong s => new MdStrong(MergeAdjacent(Flatten<MdStrong>(s.Children, x => x.Children))),
                MdStrike s => new MdStrike(MergeAdjacent(s.Children.ToList())),
                MdLink l => l with { Children = MergeAdjacent(l.Children.ToList()) },
                MdHtmlInline h => h with { Children = MergeAdjacent(h.Children.ToList()) },
                _ => inline,
            };
            var previous = result.Count > 0 ? result[^1] : null;
            switch (previous, current)
            {
                case (MdText a, MdText b):
                    result[^1] = new MdText(a.Text + b.Text);
                    break;
                case (MdText { Text: " " }, MdEmphasis b) when result.Count > 1 && result[^2] is MdEmphasis a:
                    // "*a* *b*" reads better, and flanks more safely, as "*a b*".
                    result.RemoveAt(result.Count - 1);
                    result[^1] = new MdEmphasis(MergeAdjacent([.. a.Children, new MdText(" "), .. b.Children]));
                    break;
                case (MdText { Text: " " }, MdStrong b) when result.Count > 1 && result[^2] is MdStrong a:
                    result.RemoveAt(result.Count - 1);
                    result[^1] = new MdStrong(MergeAdjacent([.. a.Children, new MdText(" "), .. b.Children]));
                    break;
                case (MdEmphasis a, MdEmphasis b):
                    result[^1] = new MdEmphasis(MergeAdjacent([.. a.Children, .. b.Children]));
                    break;
                case (MdStrong a, MdStrong b):
                    result[^1] = new MdStrong(MergeAdjacent([.. a.Children, .. b.Children]));
                    break;
                case (MdCode a, MdCode b):
                    // Two touching code spans would write their backtick fences into one run ("``a```b`");
                    // one span shows the same text (property test seed 54t3-NobaCh2).
                    result[^1] = new MdCode(a.Code + b.Code);
                    break;
                default:
                    result.Add(current);
                    break;
            }
        }

        return result;
    }

    /// <summary>Strong inside strong (or emphasis inside emphasis) adds nothing: keep the inner content only.</summary>
    private static List<MdInline> Flatten<T>(IReadOnlyList<MdInline> children, Func<T, IReadOnlyList<MdInline>> inner) where T : MdInline =>
        children.SelectMany(c => c is T same ? Flatten(inner(same), inner) : [c]).ToList();

    /// <summary>A link whose whole text is emphasised becomes emphasis around the link, so it can merge with neighbours.</summary>
    private static MdInline LiftEmphasisOutOfLink(MdInline inline) => inline switch
    {
        MdLink { Children: [MdEmphasis e] } l => new MdEmphasis([l with { Children = e.Children }]),
        MdLink { Children: [MdStrong s] } l => new MdStrong([l with { Children = s.Children }]),
        _ => inline,
    };

    private static List<MdInline> CollapseSpaces(IReadOnlyList<MdInline> inlines, ref bool lastWasSpace)
    {
        var result = new List<MdInline>(inlines.Count);
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case MdText t:
                {
                    // Texts merged across a removed node (a comment) may meet with a space each.
                    string text = t.Text.Contains("  ", StringComparison.Ordinal) ? MultipleSpaces().Replace(t.Text, " ") : t.Text;
                    if (lastWasSpace)
                    {
                        text = text.TrimStart(' ');
                    }

                    if (text.Length > 0)
                    {
                        // Most texts come out unchanged: keep the node rather than copy it.
                        result.Add(ReferenceEquals(text, t.Text) ? t : new MdText(text));
                        lastWasSpace = text[^1] == ' ';
                    }

                    break;
                }

                case MdHardBreak:
                    result.Add(inline);
                    lastWasSpace = true;
                    break;
                case MdEmphasis e: result.Add(new MdEmphasis(CollapseSpaces(e.Children, ref lastWasSpace))); break;
                case MdStrong s: result.Add(new MdStrong(CollapseSpaces(s.Children, ref lastWasSpace))); break;
                case MdStrike s: result.Add(new MdStrike(CollapseSpaces(s.Children, ref lastWasSpace))); break;
                case MdLink l: result.Add(l with { Children = CollapseSpaces(l.Children, ref lastWasSpace) }); break;
                case MdHtmlInline h: result.Add(h with { Children = CollapseSpaces(h.Children, ref lastWasSpace) }); break;
                default:
                    result.Add(inline);
                    lastWasSpace = false;
                    break;
            }
        }

        return result;
    }

    /// <summary>
    /// Whitespace at the start or end of a line carries no meaning in HTML, and in Markdown trailing
    /// spaces make hard breaks and leading ones indent code: trim it, non-breaking spaces included,
    /// at block edges and around hard breaks; drop hard breaks at the edges.
    /// </summary>
    private static List<MdInline> TrimLineEdges(List<MdInline> inlines)
    {
        var result = new List<MdInline>(inlines);
        while (result.Count > 0 && result[0] is MdHardBreak) result.RemoveAt(0);
        while (result.Count > 0 && result[^1] is MdHardBreak) result.RemoveAt(result.Count - 1);
        for (int i = 0; i < result.Count; i++)
        {
            bool lineStart = i == 0 || result[i - 1] is MdHardBreak;
            bool lineEnd = i == result.Count - 1 || result[i + 1] is MdHardBreak;
            if (result[i] is MdText t)
            {
                string s = t.Text;
                if (lineStart) s = s[CountLeadingAtLineEdge(s)..];
                if (lineEnd) s = s[..^CountTrailingAtLineEdge(s)];
                if (!ReferenceEquals(s, t.Text))
                {
                    result[i] = new MdText(s);
                }
            }
        }

        result.RemoveAll(x => x is MdText { Text.Length: 0 });
        // A hard break left next to another (two <br>) gives an empty line, which would end the paragraph.
        for (int i = result.Count - 1; i > 0; i--)
        {
            if (result[i] is MdHardBreak && result[i - 1] is MdHardBreak)
            {
                result.RemoveAt(i);
            }
        }

        while (result.Count > 0 && result[0] is MdHardBreak) result.RemoveAt(0);
        while (result.Count > 0 && result[^1] is MdHardBreak) result.RemoveAt(result.Count - 1);
        return result;
    }

    [System.Text.RegularExpressions.GeneratedRegex(" {2,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleSpaces();
}
