using System.Buffers;
using System.Text;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// What a reader takes from a page, reduced to comparable lists (see <see cref="FingerprintAspect"/>).
/// Built the same way from the source HTML and from the Markdown rendered back, so that any difference
/// is a fidelity bug. Normalised on both sides: whitespace runs are one space, entities are decoded by the
/// HTML parser, wrapper elements (div, span, figure…) add nothing, what a rule deliberately dropped
/// (an entry of the converter's <see cref="Conversion.DropLedger"/>) and what no reader sees (script, style, template) is skipped, ordered
/// list numbers are computed (start, reversed, value) so a continued list compares by its numbers, one-cell
/// layout tables count as wrappers, and footnote plumbing (labels, ids, back-links) is ignored while what each reference points at and the
/// notes' texts are compared (footnotes are recognised by <see cref="Parsing.FootnoteShape"/>, which the
/// converter shares, and compared last, where renderers put them).
/// </summary>
internal sealed partial class Fingerprint
{
    private const int MaxDepth = 512;

    // Characters that join two words into one unbreakable unit, as French typography intends.
    private static readonly SearchValues<char> NonBreaking = SearchValues.Create("\u00a0\u202f\u2007");

    // The same and the zero-width space: what is trimmed at a word's edges.
    private const string EdgeJoinerCharacters = "\u00a0\u202f\u2007\u200b";
    private static readonly SearchValues<char> EdgeJoiners = SearchValues.Create(EdgeJoinerCharacters);

    // The ASCII whitespace that is not a space: where a stretch of words one plain space apart ends (see AddWordsByStretch).
    private static readonly SearchValues<char> OtherAsciiWhitespace = SearchValues.Create("\t\n\f\r");

    // The lists kept after the walk, borrowed from the thread and given back by Release (issue 11: the items' arrays,
    // grown afresh for every page, were 2% of a run's allocations). Empty once released.
    private ItemLists _lists = ItemLists.Borrow();

    // Indexed by aspect (the enum's values are 0..n-1): an array, not a dictionary, as every word goes through Add.
    private List<FingerprintItem>[] _items => _lists.ByAspect;


    // Working buffers, needed only while Of runs: borrowed from the thread and given back (issue 11, point 3: two
    // fingerprints per document each grew their own). The pending text, the text copied out of it to be split in place
    // (no string for the whole text of each block), and the inline run being built.
    private readonly Buffers _buffers = Buffers.Borrow();

    private StringBuilder _text => _buffers.Text;

    private char[] _flushBuffer
    {
        get => _buffers.Flush;
        set => _buffers.Flush = value;
    }

    // Footnotes, found before the walk: reference element → the text of its note; the note lists; the notes in order of first reference.
    private readonly Dictionary<IElement, string> _footnoteReferences = [];
    private readonly List<IElement> _footnoteLists = [];
    private readonly List<IElement> _footnoteOrder = [];
    private bool _inFootnotes;

    // Links to "#x", in document order: FootnoteShape's walk already found them (same test as a[href^='#']).
    private IReadOnlyList<IElement> _inPageLinks = [];

    // Per list and per table, computed once: a 10,000-item list must not cost 10,000² sibling scans.
    private readonly Dictionary<IElement, string> _markers = [];
    private readonly Dictionary<IElement, bool> _layoutTables = [];
    private IElement? _owner;

    // The converter's deliberate changes (its ledger, placed on this DOM), and what the fingerprint skips of its own
    // accord (footnote back-links): never attributes written into the DOM (issue 11).
    private readonly LedgerMarks _ledger;
    private readonly HashSet<IElement> _skipped = [];

    // Inline formatting (issue 11, point 2): the formatting in force while walking, and where in _text it changed.
    private int _format;
    private int _preDepth;
    private int _headingDepth;
    private readonly bool _plainHeadings;
    private readonly List<(int Start, int Format)> _formatChanges = [];
    private StringBuilder _run => _buffers.Run;
    private int _runFormat;
    private IElement? _runOwner;
    private int _summaryDepth;

    // The other page's fingerprint, when it was taken first (the verifier takes the output's first): an item's text equal
    // to the text the other page has at the same place is that string, not a copy (issue 11: nearly all items agree, and
    // the texts of headings, quotes, cells and formatted runs were 3% of a run's allocations).
    private readonly Fingerprint? _peer;

    private Fingerprint(LedgerMarks ledger, bool plainHeadings = false, Fingerprint? peer = null)
    {
        _ledger = ledger;
        _plainHeadings = plainHeadings;
        _peer = peer;
    }

    /// <summary>
    /// <paramref name="prefix"/> followed by <paramref name="text"/>, as a string: the other page's, when its next item
    /// of <paramref name="aspect"/> (at the index this page's next item takes) says exactly this.
    /// </summary>
    private string ItemText(FingerprintAspect aspect, string prefix, ReadOnlySpan<char> text)
    {
        if (PeerText(aspect) is { } peer && peer.Length == prefix.Length + text.Length
            && peer.AsSpan().StartsWith(prefix) && peer.AsSpan(prefix.Length).SequenceEqual(text))
        {
            return peer;
        }

        return string.Concat(prefix.AsSpan(), text);
    }

    /// <summary>The text of the other page's item of <paramref name="aspect"/> at the index of this page's next one, if any.</summary>
    private string? PeerText(FingerprintAspect aspect)
    {
        if (_peer is null)
        {
            return null;
        }

        var theirs = _peer._items[(int)aspect];
        int index = _items[(int)aspect].Count;
        return index < theirs.Count ? theirs[index].Text : null;
    }

    // The words (issue 11, point 3): the largest aspect by far, kept as one text, each word followed by a space (a word
    // holds no ASCII whitespace), instead of a string and an item per word. Two pages have the same words exactly when
    // these texts are equal, one vectorised comparison; the items are made only when asked for (a difference to report).
    // Each element that owns words is noted once, with where its first word starts in the text (a character offset, not
    // a word index: counting the spaces of every stretch copied was a vectorised pass over all the text of both pages,
    // for a number needed only to report a difference).
    // The words' characters live in an array rented from the shared pool for the fingerprint's life (a string per
    // page was 3% of a run's allocations): the verifier gives it back (Release) once both pages are compared.
    private char[] _words = [];
    private int _wordsLength;
    private List<(int Start, IElement? Owner)> _wordOwners => _lists.WordOwners;
    private IReadOnlyList<FingerprintItem>? _wordItems;

    /// <summary>The items of one aspect, in document order.</summary>
    /// <exception cref="InvalidOperationException">After <see cref="Release"/>: its lists are another page's by then.</exception>
    public IReadOnlyList<FingerprintItem> this[FingerprintAspect aspect] =>
        ReferenceEquals(_lists, ItemLists.Released) ? throw new InvalidOperationException("a fingerprint's items were read after Release")
        : aspect == FingerprintAspect.Word ? WordItems() : _items[(int)aspect];

    /// <summary>Whether both pages have the same words in the same order (the same as comparing the word items' texts).</summary>
    public bool HasSameWords(Fingerprint other) => Words.SequenceEqual(other.Words);

    private ReadOnlySpan<char> Words => _words.AsSpan(0, _wordsLength);

    /// <summary>
    /// Gives the words' array back to the shared pool and the item lists back to the thread; the word items already made
    /// stay. After this the fingerprint has no words and no items: call it once the fingerprint is no longer compared.
    /// </summary>
    internal void Release()
    {
        if (_words.Length > 0)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_words);
        }

        _words = [];
        _wordsLength = 0;
        var lists = _lists;
        _lists = ItemLists.Released;
        lists.GiveBack();
    }

    private IReadOnlyList<FingerprintItem> WordItems()
    {
        if (_wordItems is not null)
        {
            return _wordItems;
        }

        var words = Words;
        var items = new List<FingerprintItem>(words.Count(' '));
        int owner = -1;
        foreach (var range in words.Split(' '))
        {
            int start = range.Start.Value;
            if (start == words.Length)
            {
                break;
            }

            // Each word is at least its following space long, so word starts and owners' starts are in the same order as
            // word indexes were: the word owned is the same.
            while (owner + 1 < _wordOwners.Count && _wordOwners[owner + 1].Start <= start)
            {
                owner++;
            }

            items.Add(new FingerprintItem(words[range].ToString(), owner < 0 ? null : _wordOwners[owner].Owner));
        }

        return _wordItems = items;
    }

    /// <summary>What a reader takes from <paramref name="root"/>, with nothing changed on purpose.</summary>
    public static Fingerprint Of(IElement root) => Of(root, LedgerMarks.None);

    /// <summary>
    /// As <see cref="Of(IElement)"/>, expecting what <paramref name="ledger"/> says was changed on purpose. <paramref name="peer"/>,
    /// the other page's fingerprint, only lends its equal texts (no difference in what is built).
    /// </summary>
    internal static Fingerprint Of(IElement root, LedgerMarks ledger, bool plainHeadings = false, Fingerprint? peer = null)
    {
        var fingerprint = new Fingerprint(ledger, plainHeadings, peer);
        fingerprint.FindFootnotes(root);
        fingerprint.Walk(root, 0, ledger.Of(root));
        fingerprint.FlushWords();
        fingerprint.CloseRun();
        fingerprint.ResolveInPageLinks(root);

        // Renderers put footnotes last and number them in order of first reference: compare them so.
        fingerprint._inFootnotes = true;
        // Most pages have no notes: no query, its iterators and set, built to find none.
        var notes = fingerprint._footnoteOrder.Count == 0 && fingerprint._footnoteLists.Count == 0 ? []
            : fingerprint._footnoteOrder.Concat(fingerprint._footnoteLists.SelectMany(l => l.Children.Where(c => c.LocalName == "li"))).Distinct().ToList();
        foreach (var li in notes)
        {
            fingerprint.Add(FingerprintAspect.Footnote, fingerprint.NormalizedText(FingerprintAspect.Footnote, "note: ", li), li);
            fingerprint._owner = li;
            fingerprint.Walk(li, 0, ledger.Of(li));
            fingerprint.FlushWords();
            fingerprint.CloseRun();
        }

        int length = fingerprint._buffers.WordsLength;
        fingerprint._words = length == 0 ? [] : System.Buffers.ArrayPool<char>.Shared.Rent(length);
        fingerprint._buffers.Words.AsSpan(0, length).CopyTo(fingerprint._words);
        fingerprint._wordsLength = length;
        fingerprint._buffers.GiveBack();
        return fingerprint;
    }

    private void Walk(INode node, int depth, LedgerMarks.Marks? nodeMarks = null)
    {
        // An element whose text the output links (an embed's URL written as its text): the text is linked.
        bool impliedLink = nodeMarks?.ImpliedLink is not null;
        // By index: INodeList's enumerator is an object per element walked, on both pages.
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t)
            {
                if (impliedLink)
                {
                    int format = _format;
                    _format |= Linked;
                    AppendText(t.Data);
                    _format = format;
                }
                else
                {
                    AppendText(t.Data);
                }

                continue;
            }

            if (child is not IElement e)
            {
                continue;
            }

            // The ledger is looked up once per element (it was six times, on every element of the source).
            var marks = _ledger.Of(e);
            if (IsSkipped(e, marks))
            {
                continue;
            }

            if (_footnoteReferences.Count > 0 && _footnoteReferences.TryGetValue(e, out var note))
            {
                // The reference's label is the renderer's choice; what it points at is content.
                Add(FingerprintAspect.Footnote, note, e);
                continue;
            }

            if (!_inFootnotes && _footnoteLists.Count > 0 && _footnoteLists.Contains(e))
            {
                continue;
            }

            if (marks is { Flattened: true })
            {
                // Its structure was deliberately given up (and reported); its words must still all be there.
                bool boundary = IsBlockBoundary(e);
                AppendText(boundary ? " " + TextOf(e) + " " : TextOf(e));
                continue;
            }

            if (e.LocalName == "br")
            {
                _text.Append(' ');
                continue;
            }

            bool block = IsBlockBoundary(e);
            var outer = _owner;
            if (block)
            {
                FlushWords();
                _owner = e;
            }

            Record(e, marks);
            int outerFormat = _format;
            EnterFormatting(e, marks);
            if (marks?.ImpliedText is { } implied)
            {
                int before = _format;
                _format |= marks.ImpliedLink is null ? 0 : Linked;
                AppendText(" " + implied + " ");
                _format = before;
            }

            if (depth < MaxDepth)
            {
                Walk(e, depth + 1, marks);
            }

            LeaveFormatting(e, outerFormat, marks);

            if (block)
            {
                FlushWords();
                _owner = outer;
            }
        }
    }

    private void Add(FingerprintAspect aspect, string text, IElement? where)
    {
        // The released lists are shared by every thread: nothing may be added to them.
        System.Diagnostics.Debug.Assert(!ReferenceEquals(_lists, ItemLists.Released), "a fingerprint was added to after Release");
        _items[(int)aspect].Add(new FingerprintItem(text, where));
    }

    /// <summary>Appends text under the formatting in force, noting where the formatting changed.</summary>
    private void AppendText(string text)
    {
        if (_formatChanges.Count == 0 ? _format != 0 : _formatChanges[^1].Format != _format)
        {
            _formatChanges.Add((_text.Length, _format));
        }

        _text.Append(text);
    }
}
