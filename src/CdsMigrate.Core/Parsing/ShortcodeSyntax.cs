using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// WordPress shortcode tags in text: <c>[name attr="v"]</c>, <c>[/name]</c>, <c>[name /]</c>. As WordPress does, a tag
/// is only a shortcode when its name is registered (<see cref="ShortcodeNames"/>): "[sic]", "[1]", <c>a[i]</c>,
/// "[i-1]" and an unregistered "[custom-thing a=\"b\"]" stay text. Nothing inside a code shortcode
/// (<c>[code]…[/code]</c>, <c>[php]…[/php]</c>) is a shortcode: its content is code (issue 10).
/// </summary>
internal static partial class ShortcodeSyntax
{
    /// <summary>Finds the shortcode tags in <paramref name="text"/>, one piece of text on its own.</summary>
    public static IEnumerable<Match> Find(string text, ShortcodeNames? names = null)
    {
        if (!text.Contains('['))
        {
            return [];
        }

        names ??= ShortcodeNames.Default;
        var tags = Tag().Matches(text).Where(m => names.IsKnown(NameOf(m))).ToList();
        return Accepted(tags, m => m);
    }

    /// <summary>
    /// Tags shaped like shortcodes whatever their name (attributes with '=', a closing or a self-closing tag), for the
    /// inventory: a site's own shortcodes, which WordPress expands only where the plugin that registers them runs.
    /// </summary>
    public static IEnumerable<Match> FindShaped(string text) => !text.Contains('[') ? [] : Tag().Matches(text).Where(m =>
        m.Groups["close"].Length > 0 || m.Groups["self"].Length > 0 || m.Groups["attrs"].Value.Contains('='));

    /// <summary>
    /// <paramref name="node"/> when it is a text node that may hold shortcode tags (a '[' in it, outside code elements),
    /// else null. The caller walks the document with DomWalk (<see cref="DocumentIndex"/>, which gathers more in the same
    /// walk: issue 11), keeps these nodes in document order, and hands them to <see cref="FindIn"/>.
    /// </summary>
    internal static IText? MayHoldTags(INode node) =>
        node.NodeType == NodeType.Text && node is IText text && text.Data.Contains('[') && !IsInCode(text) ? text : null;

    /// <summary>
    /// The shortcode tags of each text node <see cref="MayHoldTags"/> kept (in document order): a code shortcode may open
    /// in one text node and close in another (lines split by &lt;br&gt;), so the nodes are read together. Every node has
    /// an entry, empty when it has no tag.
    /// </summary>
    internal static Dictionary<IText, List<Match>> FindIn(List<IText>? texts, ShortcodeNames names)
    {
        var result = new Dictionary<IText, List<Match>>();
        if (texts is null)
        {
            return result;
        }

        var tags = new List<(IText Text, Match Tag)>();
        foreach (var text in texts)
        {
            result[text] = [];
            AddKnownTags(tags, text, names);
        }

        foreach (var (text, tag) in Accepted(tags, t => t.Tag))
        {
            result[text].Add(tag);
        }

        return result;
    }

    /// <summary>What <c>ParentElement?.Closest("pre, code, kbd, samp, script, style, textarea") is not null</c> says.</summary>
    private static bool IsInCode(IText text)
    {
        for (var e = text.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "pre" or "code" or "kbd" or "samp" or "script" or "style" or "textarea")
            {
                return true;
            }
        }

        return false;
    }

    // Not a lambda capturing the text in the loop above: its closure was allocated for every text node of every post.
    private static void AddKnownTags(List<(IText Text, Match Tag)> tags, IText text, ShortcodeNames names)
    {
        foreach (Match m in Tag().Matches(text.Data))
        {
            if (names.IsKnown(NameOf(m)))
            {
                tags.Add((text, m));
            }
        }
    }

    /// <summary>
    /// The tags WordPress expands: all of them but those between a code shortcode's opening tag and its closing
    /// tag. A code tag that is never closed encloses nothing (WordPress reads it as a self-closing tag).
    /// </summary>
    private static List<T> Accepted<T>(List<T> tags, Func<T, Match> tagOf)
    {
        var accepted = new List<T>(tags.Count);
        for (int i = 0; i < tags.Count; i++)
        {
            accepted.Add(tags[i]);
            var tag = tagOf(tags[i]);
            string name = NameOf(tag);
            if (!ShortcodeNames.IsCode(name) || tag.Groups["close"].Length > 0 || tag.Groups["self"].Length > 0)
            {
                continue;
            }

            int close = tags.FindIndex(i + 1, t => tagOf(t) is var c && c.Groups["close"].Length > 0 && NameOf(c).Equals(name, StringComparison.OrdinalIgnoreCase));
            if (close > 0)
            {
                accepted.Add(tags[close]);
                i = close;
            }
        }

        return accepted;
    }

    /// <summary>The name of a shortcode tag match.</summary>
    public static string NameOf(Match m) => m.Groups["name"].Value;

    /// <summary>The value of attribute <paramref name="name"/> in an opening tag, or null.</summary>
    public static string? Attribute(string tag, string name)
    {
        foreach (Match m in AttributeRegex().Matches(tag))
        {
            if (string.Equals(m.Groups[1].Value, name, StringComparison.OrdinalIgnoreCase))
            {
                return m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Success ? m.Groups[3].Value : m.Groups[4].Value;
            }
        }

        return null;
    }

    // "[[x]]" is WordPress's escape for a literal "[x]": the doubled bracket is excluded here.
    [GeneratedRegex(@"(?<!\[)\[(?<close>/)?(?<name>[A-Za-z][\w-]*)(?<attrs>\s[^\[\]]*?)?(?<self>\s*/)?\](?!\])")]
    private static partial Regex Tag();

    [GeneratedRegex(@"([\w-]+)\s*=\s*(?:""([^""]*)""|'([^']*)'|([^\s'""\]]+))")]
    private static partial Regex AttributeRegex();
}
