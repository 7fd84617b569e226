using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// What rules need to know about the whole document before converting any block: which ids in-page
/// links target (so those anchors are kept, and only those), and which lists are footnotes with the
/// number of each note in order of first reference.
/// </summary>
internal sealed class DocumentIndex
{
    private readonly HashSet<string> _linkTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<IElement, int> _referenceNumbers = [];
    private readonly Dictionary<IElement, int> _noteNumbers = [];
    private readonly HashSet<IElement> _footnoteLists = [];
    private readonly HashSet<IElement> _backReferences = [];
    private Dictionary<IText, List<System.Text.RegularExpressions.Match>> _shortcodes = [];
    private ShortcodeNames _shortcodeNames = ShortcodeNames.Default;

    public static DocumentIndex Empty { get; } = new();

    /// <summary>Ids that some <c>href="#id"</c> in the document points at (footnote links excluded).</summary>
    public IReadOnlySet<string> LinkTargets => _linkTargets;

    /// <summary>Whether the body held a comment node when the index was built (for <see cref="BlockCommentAnnotator.Annotate"/>).</summary>
    public bool HasComments { get; private set; }

    public static DocumentIndex Build(IElement body, ShortcodeNames? shortcodeNames = null)
    {
        var index = new DocumentIndex();
        index._shortcodeNames = shortcodeNames ?? ShortcodeNames.Default;
        // One walk for what the shortcodes, the notes and the comment annotator look at (issue 11: three whole-document
        // walks were one each, on every post).
        List<IElement>? hashLinks = null;
        List<IElement>? orderedLists = null;
        List<IText>? bracketed = null;
        var walk = new DomWalk(body);
        while (walk.NextNode() is { } node)
        {
            if (node is Element element)
            {
                FootnoteShape.Gather(element, ref hashLinks, ref orderedLists);
            }
            else if (ShortcodeSyntax.MayHoldTags(node) is { } text)
            {
                (bracketed ??= []).Add(text);
            }
            else if (node.NodeType == NodeType.Comment)
            {
                index.HasComments = true;
            }
        }

        index._shortcodes = ShortcodeSyntax.FindIn(bracketed, index._shortcodeNames);
        var notes = FootnoteShape.NotesFrom(body, hashLinks, orderedLists);
        int next = 1;
        foreach (var (reference, note) in notes.References)
        {
            if (!index._noteNumbers.TryGetValue(note, out int number))
            {
                number = next++;
                index._noteNumbers[note] = number;
            }

            index._referenceNumbers[reference] = number;
        }

        foreach (var list in notes.Lists)
        {
            index._footnoteLists.Add(list);
            foreach (var li in list.Children.Where(c => c.LocalName == "li"))
            {
                // A note nothing refers to still gets a number, after the referenced ones.
                if (!index._noteNumbers.ContainsKey(li))
                {
                    index._noteNumbers[li] = next++;
                }
            }
        }

        foreach (var back in notes.BackReferences)
        {
            index._backReferences.Add(back);
        }

        foreach (var link in notes.InPageLinks)
        {
            if (!index._referenceNumbers.ContainsKey(link) && !notes.BackReferences.Contains(link))
            {
                string id = link.GetHtmlAttribute("href")![1..];
                if (id.Length > 0)
                {
                    index._linkTargets.Add(Uri.UnescapeDataString(id));
                }
            }
        }

        return index;
    }

    /// <summary>True when <paramref name="element"/> is a list of footnotes.</summary>
    public bool IsFootnoteList(IElement element) => _footnoteLists.Contains(element);

    /// <summary>The note number a footnote reference link (the <c>a</c> in <c>sup</c>) points at.</summary>
    public bool TryGetReference(IElement link, out int number) => _referenceNumbers.TryGetValue(link, out number);

    /// <summary>The number of a note (an <c>li</c> of a footnote list).</summary>
    public bool TryGetNote(IElement li, out int number) => _noteNumbers.TryGetValue(li, out number);

    /// <summary>True for a note's "back to the text" link (<c>↩︎</c>): navigation, not content.</summary>
    public bool IsBackReference(IElement link) => _backReferences.Contains(link);

    /// <summary>
    /// The shortcode tags WordPress expands in <paramref name="text"/> (matched on its data as it is): read with
    /// the whole document, so nothing inside a code shortcode counts. A node made after the index was built
    /// (a rule's copy) is read on its own.
    /// </summary>
    public IReadOnlyList<System.Text.RegularExpressions.Match> ShortcodesIn(IText text) =>
        _shortcodes.TryGetValue(text, out var found) ? found : [.. ShortcodeSyntax.Find(text.Data, _shortcodeNames)];
}
