using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// Puts inline content in the shape Markdown can express before it is written:
/// whitespace moved out of emphasis and link edges (a delimiter next to a space does not open or
/// close emphasis: <c>&lt;em&gt;– &lt;/em&gt;</c> must become <c>*–* </c>), adjacent emphasis merged, empty
/// wrappers removed, runs of spaces collapsed, and whitespace trimmed at line edges.
/// Each step returns the list it was given, and keeps a node, when it changes nothing there: most inline content
/// is already in shape, and copying every list and wrapper of every paragraph was 5% of a verified run's bytes
/// (issue 11, point 3). The steps never change a list they were given; they change only lists they made.
/// </summary>
internal static partial class InlineNormalizer
{
    public static IReadOnlyList<MdInline> Normalize(IReadOnlyList<MdInline> inlines)
    {
        var hoisted = Hoist(inlines);
        var merged = MergeAdjacent(hoisted);
        bool lastWasSpace = true; // block start: leading spaces go
        var collapsed = CollapseSpaces(merged, ref lastWasSpace);
        return TrimLineEdges(collapsed);
    }

    /// <summary>True for the whitespace CommonMark considers when deciding flanking (Unicode Zs, tab, line breaks).</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator;

    private static IReadOnlyList<MdInline> Hoist(IReadOnlyList<MdInline> inlines)
    {
        List<MdInline>? result = null; // made at the first inline that does not come out as it went in
        for (int i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            switch (inline)
            {
                case MdEmphasis e when Hoist(e.Children) is var c && (!ReferenceEquals(c, e.Children) || HasEdges(c)):
                    AddWrapped(Changed(ref result, inlines, i), Mutable(c, e.Children), e);
                    break;
                case MdStrong s when Hoist(s.Children) is var c && (!ReferenceEquals(c, s.Children) || HasEdges(c)):
                    AddWrapped(Changed(ref result, inlines, i), Mutable(c, s.Children), s);
                    break;
                case MdStrike s when Hoist(s.Children) is var c && (!ReferenceEquals(c, s.Children) || HasEdges(c)):
                    AddWrapped(Changed(ref result, inlines, i), Mutable(c, s.Children), s);
                    break;
                case MdLink l when Hoist(l.Children) is var c && (!ReferenceEquals(c, l.Children) || HasEdges(c, keepEmpty: true)):
                    AddWrapped(Changed(ref result, inlines, i), Mutable(c, l.Children), l, keepEmpty: true);
                    break;
                case MdHtmlInline h when Hoist(h.Children) is var c && !ReferenceEquals(c, h.Children):
                    Changed(ref result, inlines, i).Add(h with { Children = c });
                    break;
                case MdText { Text.Length: 0 }:
                    Changed(ref result, inlines, i);
                    break;
                default:
                    result?.Add(inline);
                    break;
            }
        }

        return result ?? inlines;
    }

    /// <summary>The list being built, made now (with the <paramref name="count"/> inlines before, kept as they were) if it was not yet.</summary>
    private static List<MdInline> Changed(ref List<MdInline>? result, IReadOnlyList<MdInline> inlines, int count)
    {
        if (result is null)
        {
            result = new List<MdInline>(inlines.Count + 2);
            for (int i = 0; i < count; i++)
            {
                result.Add(inlines[i]);
            }
        }

        return result;
    }

    /// <summary><paramref name="hoisted"/> if a step made it, else a copy: <see cref="AddWrapped"/> takes from the list it gets.</summary>
    private static List<MdInline> Mutable(IReadOnlyList<MdInline> hoisted, IReadOnlyList<MdInline> original) =>
        !ReferenceEquals(hoisted, original) && hoisted is List<MdInline> own ? own : [.. hoisted];

    /// <summary>
    /// Whether <see cref="AddWrapped"/> would change the wrapper around these (hoisted) children: whitespace or a hard
    /// break at an edge to move out, or nothing inside (the wrapper goes, unless <paramref name="keepEmpty"/>).
    /// </summary>
    private static bool HasEdges(IReadOnlyList<MdInline> children, bool keepEmpty = false)
    {
        if (children.Count == 0)
        {
            return !keepEmpty;
        }

        return children[0] is MdHardBreak || (children[0] is MdText first && CountLeading(first.Text) > 0)
            || children[^1] is MdHardBreak || (children[^1] is MdText last && CountTrailing(last.Text) > 0);
    }

    /// <summary>
    /// Adds a wrapper around <paramref name="children"/>, with the whitespace and hard breaks at its edges moved
    /// outside: a hard break ending link text is dropped by Markdig, gluing the words around it (property test
    /// seeds bC8DqXJ4hDJ2, eY3n7Zud_4y2).
    /// </summary>
    private static void AddWrapped(List<MdInline> result, List<MdInline> children, MdInline wrapper, bool keepEmpty = false)
    {
        var leading = TakeEdges(children, fromStart: true);
        var trailing = TakeEdges(children, fromStart: false);
        result.AddRange(leading);
        if (children.Count > 0 || keepEmpty) result.Add(Rewrapped(wrapper, children));
        result.AddRange(trailing);
    }

    /// <summary>
    /// A wrapper like <paramref name="wrapper"/> around <paramref name="children"/>. A switch, not a delegate per case: the
    /// link's delegate captured it, and its closure was made for every inline list Hoist saw (issue 11).
    /// </summary>
    private static MdInline Rewrapped(MdInline wrapper, IReadOnlyList<MdInline> children) => wrapper switch
    {
        MdEmphasis => new MdEmphasis(children),
        MdStrong => new MdStrong(children),
        MdStrike => new MdStrike(children),
        MdLink l => l with { Children = children },
        _ => throw new InvalidOperationException($"Hoist wraps emphasis, strong, strike and links, not {wrapper.GetType().Name}"),
    };

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
    private static IReadOnlyList<MdInline> MergeAdjacent(IReadOnlyList<MdInline> inlines)
    {
        List<MdInline>? result = null; // made at the first inline that does not come out as it went in
        for (int i = 0; i < inlines.Count; i++)
        {
            var inline = LiftEmphasisOutOfLink(inlines[i]);
            var current = inline switch
            {
                MdEmphasis e => MergeAdjacent(Flatten<MdEmphasis>(e.Children)) is var c && ReferenceEquals(c, e.Children) ? e : new MdEmphasis(c),
                MdStrong s => MergeAdjacent(Flatten<MdStrong>(s.Children)) is var c && ReferenceEquals(c, s.Children) ? s : new MdStrong(c),
                MdStrike s => MergeAdjacent(s.Children) is var c && ReferenceEquals(c, s.Children) ? s : new MdStrike(c),
                MdLink l => MergeAdjacent(l.Children) is var c && ReferenceEquals(c, l.Children) ? l : l with { Children = c },
                MdHtmlInline h => MergeAdjacent(h.Children) is var c && ReferenceEquals(c, h.Children) ? h : h with { Children = c },
                _ => inline,
            };
            if (result is null)
            {
                // Until now every inline came out as it went in, so the previous one is the input's.
                if (ReferenceEquals(current, inlines[i]) && !MayMerge(i > 0 ? inlines[i - 1] : null, current))
                {
                    continue;
                }

                result = Changed(ref result, inlines, i);
            }

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

        return result ?? inlines;
    }

    /// <summary>Whether the switch in <see cref="MergeAdjacent"/> may join these two (a superset of its cases: a false yes only costs a copy).</summary>
    private static bool MayMerge(MdInline? previous, MdInline current) => (previous, current) switch
    {
        (MdText, MdText) or (MdText { Text: " " }, MdEmphasis or MdStrong) or (MdEmphasis, MdEmphasis) or (MdStrong, MdStrong) or (MdCode, MdCode) => true,
        _ => false,
    };

    /// <summary>Strong inside strong (or emphasis inside emphasis) adds nothing: keep the inner content only.</summary>
    private static IReadOnlyList<MdInline> Flatten<T>(IReadOnlyList<MdInline> children) where T : MdInline
    {
        foreach (var child in children)
        {
            if (child is T)
            {
                var flat = new List<MdInline>(children.Count);
                AddFlattened<T>(children, flat);
                return flat;
            }
        }

        return children;
    }

    private static void AddFlattened<T>(IReadOnlyList<MdInline> children, List<MdInline> flat) where T : MdInline
    {
        foreach (var child in children)
        {
            switch (child)
            {
                case T same: AddFlattened<T>(Children(same), flat); break;
                default: flat.Add(child); break;
            }
        }

        static IReadOnlyList<MdInline> Children(MdInline wrapper) => wrapper switch
        {
            MdEmphasis e => e.Children,
            MdStrong s => s.Children,
            _ => throw new InvalidOperationException($"Flatten is for emphasis and strong, not {wrapper.GetType().Name}"),
        };
    }

    /// <summary>A link whose whole text is emphasised becomes emphasis around the link, so it can merge with neighbours.</summary>
    private static MdInline LiftEmphasisOutOfLink(MdInline inline) => inline switch
    {
        MdLink { Children: [MdEmphasis e] } l => new MdEmphasis([l with { Children = e.Children }]),
        MdLink { Children: [MdStrong s] } l => new MdStrong([l with { Children = s.Children }]),
        _ => inline,
    };

    private static IReadOnlyList<MdInline> CollapseSpaces(IReadOnlyList<MdInline> inlines, ref bool lastWasSpace)
    {
        List<MdInline>? result = null; // made at the first inline that does not come out as it went in
        for (int i = 0; i < inlines.Count; i++)
        {
            var inline = inlines[i];
            MdInline? output; // null: dropped
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

                    output = null;
                    if (text.Length > 0)
                    {
                        // Most texts come out unchanged: keep the node rather than copy it.
                        output = ReferenceEquals(text, t.Text) ? t : new MdText(text);
                        lastWasSpace = text[^1] == ' ';
                    }

                    break;
                }

                case MdHardBreak:
                    output = inline;
                    lastWasSpace = true;
                    break;
                case MdEmphasis e:
                {
                    output = CollapseSpaces(e.Children, ref lastWasSpace) is var c && ReferenceEquals(c, e.Children) ? e : new MdEmphasis(c);
                    break;
                }

                case MdStrong s:
                {
                    output = CollapseSpaces(s.Children, ref lastWasSpace) is var c && ReferenceEquals(c, s.Children) ? s : new MdStrong(c);
                    break;
                }

                case MdStrike s:
                {
                    output = CollapseSpaces(s.Children, ref lastWasSpace) is var c && ReferenceEquals(c, s.Children) ? s : new MdStrike(c);
                    break;
                }

                case MdLink l:
                {
                    output = CollapseSpaces(l.Children, ref lastWasSpace) is var c && ReferenceEquals(c, l.Children) ? l : l with { Children = c };
                    break;
                }

                case MdHtmlInline h:
                {
                    output = CollapseSpaces(h.Children, ref lastWasSpace) is var c && ReferenceEquals(c, h.Children) ? h : h with { Children = c };
                    break;
                }

                default:
                    output = inline;
                    lastWasSpace = false;
                    break;
            }

            if (result is null && ReferenceEquals(output, inline))
            {
                continue;
            }

            Changed(ref result, inlines, i);
            if (output is not null)
            {
                result!.Add(output);
            }
        }

        return result ?? inlines;
    }

    /// <summary>
    /// Whitespace at the start or end of a line carries no meaning in HTML, and in Markdown trailing
    /// spaces make hard breaks and leading ones indent code: trim it, non-breaking spaces included,
    /// at block edges and around hard breaks; drop hard breaks at the edges.
    /// </summary>
    private static IReadOnlyList<MdInline> TrimLineEdges(IReadOnlyList<MdInline> inlines)
    {
        if (!TrimsLineEdges(inlines))
        {
            return inlines;
        }

        var result = new List<MdInline>(inlines);
        while (result.Count > 0 && result[0] is MdHardBreak) result.RemoveAt(0);
        while (result.Count > 0 && result[^1] is MdHardBreak) result.RemoveAt(result.Count - 1);
        for (int i = 0; i < result.Count; i++)
        {
            bool lineStart = i == 0 || result[i - 1] is MdHardBreak;
            bool lineEnd = i == result.Count - 1 || result[i + 1] is MdHardBreak;
            if (result[i] is MdText t)
            {
                // One copy when both edges go (a paragraph's only text, mostly), not one per edge.
                string s = t.Text;
                int start = lineStart ? CountLeadingAtLineEdge(s) : 0;
                int end = s.Length;
                while (lineEnd && end > start && IsLineEdgeWhitespace(s[end - 1])) end--;
                if (start > 0 || end < s.Length)
                {
                    result[i] = new MdText(s[start..end]);
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

    /// <summary>
    /// Whether <see cref="TrimLineEdges"/> changes anything: a hard break at an edge or next to another, an empty
    /// text, or whitespace at a line edge. Most paragraphs have none, and keep their list.
    /// </summary>
    private static bool TrimsLineEdges(IReadOnlyList<MdInline> inlines)
    {
        if (inlines.Count == 0)
        {
            return false;
        }

        if (inlines[0] is MdHardBreak || inlines[^1] is MdHardBreak)
        {
            return true;
        }

        for (int i = 0; i < inlines.Count; i++)
        {
            switch (inlines[i])
            {
                case MdHardBreak when inlines[i - 1] is MdHardBreak:
                    return true;
                case MdText t:
                {
                    bool lineStart = i == 0 || inlines[i - 1] is MdHardBreak;
                    bool lineEnd = i == inlines.Count - 1 || inlines[i + 1] is MdHardBreak;
                    if (t.Text.Length == 0 || (lineStart && CountLeadingAtLineEdge(t.Text) > 0) || (lineEnd && CountTrailingAtLineEdge(t.Text) > 0))
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(" {2,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleSpaces();
}
