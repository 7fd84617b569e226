using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Finds the HTML blocks of a Markdown body that open an element a later block closes (or close one an earlier
/// block opened), with Markdown between them: a <c>&lt;details&gt;</c> or an HTML table with Markdown cells, as
/// cdsmigrate writes them, or a wrapper <c>&lt;div&gt;</c>. Such a block cannot be converted alone (issue 9).
/// </summary>
internal static partial class HtmlTagBalance
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    /// <summary>For each block (in order): the index of the block that closes what it leaves open, or of the one whose
    /// element it closes, or -1 when it stands alone.</summary>
    public static int[] Partners(IReadOnlyList<string> blocks)
    {
        var partners = new int[blocks.Count];
        Array.Fill(partners, -1);
        var open = new List<(string Name, int Block)>();
        for (int b = 0; b < blocks.Count; b++)
        {
            string html = Hidden().Replace(blocks[b], "");
            foreach (Match m in Tag().Matches(html))
            {
                string name = m.Groups["name"].Value.ToLowerInvariant();
                if (m.Groups["close"].Success)
                {
                    int at = open.FindLastIndex(o => o.Name == name);
                    if (at < 0)
                    {
                        // Closes something no HTML block opened: it belongs to what is around it.
                        partners[b] = b;
                        continue;
                    }

                    int opener = open[at].Block;
                    open.RemoveRange(at, open.Count - at);
                    if (opener != b)
                    {
                        if (partners[opener] < 0) partners[opener] = b;
                        if (partners[b] < 0) partners[b] = opener;
                    }
                }
                else if (!m.Groups["self"].Success && !Void.Contains(name))
                {
                    open.Add((name, b));
                }
            }
        }

        return partners;
    }

    /// <summary>True when the block holds nothing but comments (a separator, a note to editors).</summary>
    public static bool OnlyComments(string block) => Comment().Replace(block, "").Trim().Length == 0;

    [GeneratedRegex(@"<!--[\s\S]*?-->|<(script|style|textarea)\b[\s\S]*?</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<!--[\s\S]*?-->")]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^>""']|""[^""]*""|'[^']*')*)?(?<self>/)?>")]
    private static partial Regex Tag();
}
