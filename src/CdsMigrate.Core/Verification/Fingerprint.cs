using System.Buffers;
using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;

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
internal sealed class Fingerprint
{
    private const int MaxDepth = 512;

    // Characters that join two words into one unbreakable unit, as French typography intends.
    private static readonly SearchValues<char> NonBreaking = SearchValues.Create("\u00a0\u202f\u2007");

    // Indexed by aspect (the enum's values are 0..n-1): an array, not a dictionary, as every word goes through Add.
    private readonly List<FingerprintItem>[] _items =
        Enum.GetValues<FingerprintAspect>().Select(_ => new List<FingerprintItem>()).ToArray();

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

    private Fingerprint(LedgerMarks ledger, bool plainHeadings = false)
    {
        _ledger = ledger;
        _plainHeadings = plainHeadings;
    }

    // The words (issue 11, point 3): the largest aspect by far, kept as one text, each word followed by a space (a word
    // holds no ASCII whitespace), instead of a string and an item per word. Two pages have the same words exactly when
    // these texts are equal, one vectorised comparison; the items are made only when asked for (a difference to report).
    // Each element that owns words is noted once, with the index of its first word.
    // The words' characters live in an array rented from the shared pool for the fingerprint's life (a string per
    // page was 3% of a run's allocations): the verifier gives it back (ReleaseWords) once both pages are compared.
    private char[] _words = [];
    private int _wordsLength;
    private int _wordCount;
    private readonly List<(int First, IElement? Owner)> _wordOwners = [];
    private IReadOnlyList<FingerprintItem>? _wordItems;

    /// <summary>The items of one aspect, in document order.</summary>
    public IReadOnlyList<FingerprintItem> this[FingerprintAspect aspect] => aspect == FingerprintAspect.Word ? WordItems() : _items[(int)aspect];

    /// <summary>Whether both pages have the same words in the same order (the same as comparing the word items' texts).</summary>
    public bool HasSameWords(Fingerprint other) => Words.SequenceEqual(other.Words);

    private ReadOnlySpan<char> Words => _words.AsSpan(0, _wordsLength);

    /// <summary>
    /// Gives the words' array back to the shared pool; the word items already made stay. After this the fingerprint
    /// has no words: call it once the fingerprint is no longer compared.
    /// </summary>
    internal void ReleaseWords()
    {
        if (_words.Length > 0)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_words);
        }

        _words = [];
        _wordsLength = 0;
    }

    private IReadOnlyList<FingerprintItem> WordItems()
    {
        if (_wordItems is not null)
        {
            return _wordItems;
        }

        var items = new List<FingerprintItem>(_wordCount);
        int owner = -1;
        var words = Words;
        foreach (var range in words.Split(' '))
        {
            if (range.Start.Value == words.Length)
            {
                break;
            }

            while (owner + 1 < _wordOwners.Count && _wordOwners[owner + 1].First <= items.Count)
            {
                owner++;
            }

            items.Add(new FingerprintItem(words[range].ToString(), owner < 0 ? null : _wordOwners[owner].Owner));
        }

        return _wordItems = items;
    }

    /// <summary>What a reader takes from <paramref name="root"/>, with nothing changed on purpose.</summary>
    public static Fingerprint Of(IElement root) => Of(root, LedgerMarks.None);

    internal static Fingerprint Of(IElement root, LedgerMarks ledger, bool plainHeadings = false)
    {
        var fingerprint = new Fingerprint(ledger, plainHeadings);
        fingerprint.FindFootnotes(root);
        fingerprint.Walk(root, 0, ledger.Of(root));
        fingerprint.FlushWords();
        fingerprint.CloseRun();
        fingerprint.ResolveInPageLinks(root);

        // Renderers put footnotes last and number them in order of first reference: compare them so.
        fingerprint._inFootnotes = true;
        var notes = fingerprint._footnoteOrder.Concat(fingerprint._footnoteLists.SelectMany(l => l.Children.Where(c => c.LocalName == "li"))).Distinct().ToList();
        foreach (var li in notes)
        {
            fingerprint.Add(FingerprintAspect.Footnote, fingerprint.NormalizedText("note: ", li), li);
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

    /// <summary>One thread's working buffers; a fingerprint borrows them for its walk (none left behind if it throws).</summary>
    private sealed class Buffers
    {
        // Past this, a buffer grown for one huge page is not kept for the thread's life.
        private const int MaxKeptChars = 64 * 1024;

        [ThreadStatic]
        private static Buffers? t_free;

        public StringBuilder Text { get; } = new();

        public StringBuilder Run { get; } = new();

        // A plain array: a StringBuilder's Append cost more than copying a five-letter word.
        public char[] Words { get; set; } = new char[1024];

        public int WordsLength { get; set; }

        public StringBuilder Scratch { get; } = new();

        public char[] ScratchChars { get; set; } = new char[256];

        public char[] Flush { get; set; } = new char[256];

        public static Buffers Borrow()
        {
            var buffers = t_free ?? new Buffers();
            t_free = null;
            return buffers;
        }

        public void GiveBack()
        {
            if (Text.Capacity > MaxKeptChars || Run.Capacity > MaxKeptChars || Flush.Length > MaxKeptChars || Words.Length > 4 * MaxKeptChars
                || Scratch.Capacity > MaxKeptChars || ScratchChars.Length > MaxKeptChars)
            {
                return;
            }

            Text.Clear();
            Run.Clear();
            WordsLength = 0;
            t_free = this;
        }
    }

    /// <summary>
    /// Footnotes are compared by what they say, not by how they are wired: a reference is the text of the
    /// note it points at (labels and ids differ between WordPress and Markdown renderers), and the links
    /// back from a note to its reference are navigation that renderers add themselves.
    /// </summary>
    private void FindFootnotes(IElement root)
    {
        var notes = Parsing.FootnoteShape.FindNotes(root);
        foreach (var back in notes.BackReferences)
        {
            _skipped.Add(back);
        }

        foreach (var (reference, note) in notes.References)
        {
            _footnoteReferences[reference] = NormalizedText("reference to: ", note);
            _footnoteOrder.Add(note);
        }

        _footnoteLists.AddRange(notes.Lists.Where(l => !notes.Lists.Any(o => o != l && o.Contains(l))));
        _inPageLinks = notes.InPageLinks;
    }

    /// <summary>An anchor the converter dropped breaks the links to it: compare which targets resolve.</summary>
    private void ResolveInPageLinks(IElement root)
    {
        if (_inPageLinks.Count == 0)
        {
            // Most pages link nowhere inside themselves: no walk for their ids (issue 11, point 3).
            return;
        }

        // Same as QuerySelectorAll("[id], a[name]") without parsing a selector for every document.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in root.Descendants<IElement>())
        {
            bool named = e.LocalName == "a" && e.HasAttribute("name");
            if (e.Id is null && !named) continue;
            ids.Add(e.Id ?? "");
            if (named) ids.Add(e.GetAttribute("name")!);
        }

        foreach (var link in _inPageLinks)
        {
            if (_footnoteReferences.ContainsKey(link) || IsInsideDropped(link))
            {
                continue;
            }

            string id = Uri.UnescapeDataString(link.GetAttribute("href")![1..]);
            if (id.Length > 0)
            {
                Add(FingerprintAspect.InPageLink, $"#{id} {(ids.Contains(id) ? "resolves" : "has no target")}", link);
            }
        }
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

    private void Add(FingerprintAspect aspect, string text, IElement? where) => _items[(int)aspect].Add(new FingerprintItem(text, where));

    /// <summary>Appends text under the formatting in force, noting where the formatting changed.</summary>
    private void AppendText(string text)
    {
        if (_formatChanges.Count == 0 ? _format != 0 : _formatChanges[^1].Format != _format)
        {
            _formatChanges.Add((_text.Length, _format));
        }

        _text.Append(text);
    }

    // The inline formatting a reader sees, one bit each; HTML's synonyms are one (b = strong, i = em, s = strike = del).
    private const int Em = 1, Strong = 2, Code = 4, Del = 8, Sup = 16, Sub = 32, Mark = 64, Kbd = 128, Linked = 256;

    private static readonly string[] FormatNames = ["em", "strong", "code", "del", "sup", "sub", "mark", "kbd", "link"];

    private static int FormatOf(IElement e) => e.LocalName switch
    {
        "em" or "i" => Em,
        "strong" or "b" => Strong,
        "code" or "tt" or "samp" => Code,
        "del" or "s" or "strike" => Del,
        "sup" => Sup,
        "sub" => Sub,
        "mark" => Mark,
        "kbd" => Kbd,
        "a" when e.HasAttribute("href") => Linked,
        _ => 0,
    };

    /// <summary>Bold, italic or line-through set in a style attribute (a pasted span): the emphasis a reader sees.</summary>
    private static int StyleFormat(IElement e)
    {
        // Only where the converter can say it (a span or font); a paragraph's own italic style is styling, reported lost (CDS1200).
        if (e.LocalName is not ("span" or "font") || Attr(e, "style") is not { } style)
        {
            return 0;
        }

        int format = 0;
        foreach (var range in style.AsSpan().Split(';'))
        {
            var declaration = style.AsSpan()[range];
            int colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            string property = declaration[..colon].Trim().ToString().ToLowerInvariant();
            string value = declaration[(colon + 1)..].Trim().ToString().ToLowerInvariant();
            format |= property switch
            {
                "font-weight" when value is "bold" or "bolder" || int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int w) && w >= 600 => Strong,
                "font-style" when value is "italic" or "oblique" => Em,
                "text-decoration" or "text-decoration-line" when value.Contains("line-through", StringComparison.Ordinal) => Del,
                _ => 0,
            };
        }

        return format;
    }

    private void EnterFormatting(IElement e, LedgerMarks.Marks? marks)
    {
        switch (e.LocalName)
        {
            // A pre read as text (a verse) is paragraphs; in a code block, code around it is the block's.
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                // A code block shows its text only (the code aspect compares it): formatting around or inside it is
                // not Markdown's to keep, except links (a pre with links is kept as HTML).
                _preDepth++;
                _format &= Linked;
                return;
            case ['h', >= '1' and <= '6']:
                _headingDepth++;
                return;
            case "summary":
                // A summary's formatting is the renderer's (bold by default, a heading inside it): its text is compared
                // by the details aspect. In a details read as a quote (a CDS alert) the summary is the bold title.
                _summaryDepth++;
                _format = IsInsideQuote(e) ? _format | Strong : _format;
                return;
        }

        if (_summaryDepth > 0)
        {
            return;
        }

        int bit = FormatOf(e) | StyleFormat(e);
        if (_preDepth > 0 || (_format & Code) != 0)
        {
            // Markdown's code spans and blocks hold no formatting but a link around them.
            bit &= Linked;
        }

        // --plain-headings drops bold and italic in headings on purpose (CDS1250).
        if (_headingDepth > 0 && _plainHeadings)
        {
            bit &= ~(Em | Strong);
        }

        _format |= bit;
    }

    private void LeaveFormatting(IElement e, int format, LedgerMarks.Marks? marks)
    {
        switch (e.LocalName)
        {
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                _preDepth--;
                break;
            case ['h', >= '1' and <= '6']:
                _headingDepth--;
                break;
            case "summary":
                _summaryDepth--;
                break;
        }

        _format = format;
    }

    /// <summary>
    /// The formatted runs of the pending text, as "strong: Do not": a run is the text between two characters of
    /// different formatting. Whitespace and block edges belong to no run, so edges do not count and
    /// <c>&lt;b&gt;Do&lt;/b&gt; &lt;b&gt;not&lt;/b&gt;</c> is one run, as are two bold paragraphs in a row (a link
    /// around three divs is one linked paragraph with line breaks, issue 10: where the blocks end is compared by
    /// the other aspects); nesting order does not count (<c>***x***</c> is em in strong or strong in em).
    /// </summary>
    private void FlushFormatting(ReadOnlySpan<char> text)
    {
        if (_formatChanges.Count == 0 && _runFormat == 0)
        {
            return;
        }

        int change = 0;
        int format = 0;
        bool space = _run.Length > 0;
        for (int i = 0; i < text.Length; i++)
        {
            while (change < _formatChanges.Count && _formatChanges[change].Start <= i)
            {
                format = _formatChanges[change++].Format;
            }

            char c = text[i];
            if (char.IsWhiteSpace(c) || IsEdgeJoiner(c))
            {
                space = _run.Length > 0;
                continue;
            }

            if (format != _runFormat)
            {
                CloseRun();
                _runFormat = format;
                _runOwner = _owner;
                space = false;
            }

            if (_runFormat != 0)
            {
                if (space)
                {
                    _run.Append(' ');
                }

                _run.Append(c);
                space = false;
            }
            else if (format == 0)
            {
                // Plain text with no run open (most text): nothing happens until the formatting changes again.
                i = (change < _formatChanges.Count ? _formatChanges[change].Start : text.Length) - 1;
            }
        }

        _formatChanges.Clear();
    }

    private void CloseRun()
    {
        if (_runFormat != 0 && _run.Length > 0)
        {
            // "strong+em: text", made in one allocation: a StringBuilder per run was 1.5% of a run's allocations (issue 11).
            string prefix = FormatPrefix(_runFormat);
            string item = string.Create(prefix.Length + _run.Length, (prefix, _run), static (chars, state) =>
            {
                state.prefix.CopyTo(chars);
                state._run.CopyTo(0, chars[state.prefix.Length..], state._run.Length);
            });
            Add(FingerprintAspect.Inline, item, _runOwner);
        }

        _run.Clear();
        _runFormat = 0;
    }

    // One prefix per combination of formats ("em: ", "em+strong: "…), made once (declared after FormatNames, which it sizes on).
    private static readonly string?[] FormatPrefixes = new string?[1 << FormatNames.Length];

    private static string FormatPrefix(int format)
    {
        if (FormatPrefixes[format] is { } known)
        {
            return known;
        }

        var names = new StringBuilder();
        for (int bit = 0; bit < FormatNames.Length; bit++)
        {
            if ((format & (1 << bit)) != 0)
            {
                names.Append(names.Length > 0 ? "+" : "").Append(FormatNames[bit]);
            }
        }

        // Racing threads make equal strings: either may stay.
        return FormatPrefixes[format] = names.Append(": ").ToString();
    }

    /// <summary>
    /// Closest(...) without a CSS selector: AngleSharp parses the selector string on every call, and these run
    /// for many elements of every page. Includes <paramref name="e"/> itself, as Closest does.
    /// </summary>
    private static IElement? ClosestNamed(IElement e, string localName)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (p.LocalName == localName) return p;
        }

        return null;
    }

    /// <summary>Whether the element or an ancestor was deliberately dropped or is skipped.</summary>
    private bool IsInsideDropped(IElement e)
    {
        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (_ledger.Of(p) is { Dropped: true } || _skipped.Contains(p)) return true;
        }

        return false;
    }

    /// <summary>Whether the element or an ancestor is read as a quote (the ledger says so).</summary>
    private bool IsInsideQuote(IElement e)
    {
        if (_ledger.IsEmpty)
        {
            return false;
        }

        for (var p = e; p is not null; p = p.ParentElement)
        {
            if (_ledger.Of(p) is { ReadAs: LedgerKind.ReadAsQuote }) return true;
        }

        return false;
    }

    /// <summary>QuerySelector("img") is not null, without parsing a selector.</summary>
    private static bool HasImage(IElement e) => e.Descendants<IElement>().Any(d => d.LocalName == "img");

    /// <summary>
    /// Whether a link shows text or an image: TextOf(e).Trim().Length &gt; 0 || HasImage(e) without building the text
    /// (it ran for every link of both pages).
    /// </summary>
    private bool ShowsSomething(INode node, int depth)
    {
        // By index: INodeList's enumerator is an object per element walked, on both pages.
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            switch (child)
            {
                case IText t when !t.Data.AsSpan().Trim().IsEmpty:
                    return true;
                case IElement { LocalName: "img" }:
                    return true;
                case IElement e when _ledger.Of(e)?.ImpliedText is { } implied && !implied.AsSpan().Trim().IsEmpty:
                    return true;
                case IElement { LocalName: "br" }:
                    break;
                case IElement e when depth < MaxDepth && (!IsSkipped(e) ? ShowsSomething(e, depth + 1) : HasImage(e)):
                    return true;
            }
        }

        return false;
    }

    private void Record(IElement e, LedgerMarks.Marks? marks)
    {
        if (marks?.ImpliedLink is { } link)
        {
            Add(FingerprintAspect.Link, NormalizeUrl(link), e);
        }

        if (marks?.ImpliedImage is { } image)
        {
            Add(FingerprintAspect.Image, $"{NormalizeUrl(image)} \"{Normalize(marks.ImpliedAlt ?? "")}\"", e);
        }

        // An alert is a quote to its reader, whether the source made it a details box or the renderer a div.
        if (marks?.ReadAs == LedgerKind.ReadAsQuote || HasClass(e, "markdown-alert"))
        {
            Add(FingerprintAspect.Quote, NormalizedText("", e), e);
            return;
        }

        switch (e.LocalName)
        {
            // An empty heading shows nothing, and the converter drops it; a heading in a summary is the summary.
            case ['h', >= '1' and <= '6'] when ClosestNamed(e, "summary") is null:
                // The text is walked once: long headings inside big sections are costly to walk twice.
                string heading = NormalizedText(HeadingPrefixes[e.LocalName[1] - '1'], e);
                if (heading.Length > 3)
                {
                    Add(FingerprintAspect.Heading, heading, e);
                }

                break;
            case "li" when e.ParentElement is not { } list || _ledger.Of(list)?.ReadAs != LedgerKind.ReadAsLayout:
                Add(FingerprintAspect.ListItem, MarkerOf(e), e);
                break;
            case "a" when Attr(e, "href") is { } href && ShowsSomething(e, 0):
                Add(FingerprintAspect.Link, NormalizeUrl(href), e);
                break;
            case "img":
                Add(FingerprintAspect.Image, $"{NormalizeUrl(e.GetAttribute("src") ?? e.GetAttribute("data-src") ?? FirstSrcsetUrl(e.GetAttribute("srcset")) ?? "")} \"{Normalize(e.GetAttribute("alt") ?? "")}\"", e);
                break;
            // An empty quote shows nothing, and the converter drops it (property test seed 0CEIEv4fV4E1).
            case "blockquote":
                // A quote holds whole sections: walk its text once.
                string quote = NormalizedText("", e);
                if (quote.Length > 0 || HasImage(e))
                {
                    Add(FingerprintAspect.Quote, quote, e);
                }

                break;
            case "details" when !IsInsideQuote(e):
                var summary = e.Children.FirstOrDefault(c => c.LocalName == "summary");
                Add(FingerprintAspect.Details, summary is null ? "summary: " : NormalizedText("summary: ", summary), e);
                Add(FingerprintAspect.Details, NormalizedText("content: ", e, skip: summary), e);
                break;
            // A one-cell table is page layout (a coloured box), not data: a wrapper like a div.
            case "td" or "th" when ClosestNamed(e, "table") is not { } table || !IsLayoutTable(table):
                Add(FingerprintAspect.TableCell, NormalizedText("", e), e);
                break;
            // An empty code block shows nothing, and the converter drops it (property test seed 53yE8M5JrIn1).
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                string code = CodeText(e);
                if (code.Length > 0)
                {
                    Add(FingerprintAspect.Code, code, e);
                }

                break;
        }
    }

    /// <summary>
    /// Not part of what a reader gets: deliberately dropped (footnote back-links are marked so), invisible, and the label a
    /// renderer adds to an alert ("Note", Markdig's <c>markdown-alert-title</c>), which is not the author's text.
    /// </summary>
    private static readonly string[] HeadingPrefixes = ["h1 ", "h2 ", "h3 ", "h4 ", "h5 ", "h6 "];

    private bool IsSkipped(IElement e) => IsSkipped(e, _ledger.Of(e));

    private bool IsSkipped(IElement e, LedgerMarks.Marks? marks) =>
        e.LocalName is "script" or "style" or "template" || HasClass(e, "markdown-alert-title") || marks is { Dropped: true } || (_skipped.Count > 0 && _skipped.Contains(e));

    /// <summary>
    /// GetAttribute(name) lower-cases the name on every call (a measurable cost: it runs several times for every
    /// element of both pages). These names are lower-case already and none is a prefixed foreign attribute
    /// (xlink:href…), so the lookup without namespace finds the same attribute.
    /// </summary>
    private static string? Attr(IElement e, string name) => e.GetAttribute(null, name);

    /// <summary>ClassList.Contains without building a token list for every element of every page (a hot path).</summary>
    private static bool HasClass(IElement e, string name)
    {
        // Most elements have no class, or not this one: one vectorised search says so without splitting.
        if (Attr(e, "class") is not { } classes || !classes.Contains(name, StringComparison.Ordinal))
        {
            return false;
        }

        foreach (var token in classes.AsSpan().Split(' '))
        {
            if (classes.AsSpan()[token].Trim().SequenceEqual(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An image with only a srcset shows its first candidate (the converter writes that one).</summary>
    private static string? FirstSrcsetUrl(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0);

    private bool IsLayoutTable(IElement table)
    {
        if (!_layoutTables.TryGetValue(table, out bool layout))
        {
            _layoutTables[table] = layout = table.Descendants<IElement>().Count(c => c.LocalName is "td" or "th" && ClosestNamed(c, "table") == table) == 1;
        }

        return layout;
    }

    /// <summary>
    /// The number a browser shows for an ordered list item (start, reversed, value), a bullet otherwise.
    /// </summary>
    private string MarkerOf(IElement li)
    {
        if (li.ParentElement is not { LocalName: "ol" } ol)
        {
            return "•";
        }

        if (!_markers.TryGetValue(li, out var marker))
        {
            var items = ol.Children.Where(c => c.LocalName == "li").ToList();
            bool reversed = ol.HasAttribute("reversed");
            int n = int.TryParse(ol.GetAttribute("start"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int s) ? s : reversed ? items.Count : 1;
            foreach (var item in items)
            {
                if (int.TryParse(item.GetAttribute("value"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
                {
                    n = value;
                }

                _markers[item] = n.ToString(CultureInfo.InvariantCulture);
                n += reversed ? -1 : 1;
            }

            marker = _markers[li];
        }

        return marker;
    }

    private static bool IsBlockBoundary(IElement e) => Parsing.HtmlElements.IsBlock(e.LocalName) || e.LocalName is "li";

    /// <summary>
    /// Turns the pending text into words. Split in place: copying the builder into a reused buffer and
    /// slicing it costs no string but the words themselves (this ran a string per block, a string per
    /// whitespace-separated token and a trimmed copy of each, and was ~13% of a verified conversion).
    /// </summary>
    private void FlushWords()
    {
        int length = _text.Length;
        if (length == 0)
        {
            return;
        }

        if (_flushBuffer.Length < length)
        {
            _flushBuffer = new char[Math.Max(length, _flushBuffer.Length * 2)];
        }

        _text.CopyTo(0, _flushBuffer, length);
        _text.Clear();
        ReadOnlySpan<char> text = _flushBuffer.AsSpan(0, length);
        FlushFormatting(text);

        // NextToken's split, inlined: this loop sees every character of both pages.
        int position = 0;
        while (position < text.Length)
        {
            while (position < text.Length && IsAsciiWhitespace(text[position])) position++;
            int start = position;
            bool joined = false;
            while (position < text.Length)
            {
                char c = text[position];
                if (IsAsciiWhitespace(c)) break;
                joined |= IsNonBreaking(c);
                position++;
            }

            int end = position;
            if (joined)
            {
                while (start < end && IsEdgeJoiner(text[start])) start++;
                while (end > start && IsEdgeJoiner(text[end - 1])) end--;
            }
            else
            {
                // Only a zero-width space can be at an edge here.
                while (start < end && text[start] == '\u200b') start++;
                while (end > start && text[end - 1] == '\u200b') end--;
            }

            if (end == start)
            {
                continue;
            }

            var token = text[start..end];
            if (!joined || token.IndexOfAny(NonBreaking) < 0)
            {
                // The usual token, joined to nothing: it is the word.
                AddWord(token);
                continue;
            }

            Add(FingerprintAspect.Nbsp, token.ToString(), _owner);

            // The words a non-breaking space joins are each still a word (empty pieces dropped, as Split's RemoveEmptyEntries).
            while (!token.IsEmpty)
            {
                int cut = token.IndexOfAny(NonBreaking);
                var word = cut < 0 ? token : token[..cut];
                token = cut < 0 ? default : token[(cut + 1)..];
                if (!word.IsEmpty)
                {
                    AddWord(word);
                }
            }
        }
    }

    private void AddWord(ReadOnlySpan<char> word)
    {
        if (_wordOwners.Count == 0 || _wordOwners[^1].Owner != _owner)
        {
            _wordOwners.Add((_wordCount, _owner));
        }

        _wordCount++;
        // A video URL written as text compares in its canonical form, as the converter writes it.
        if (word.StartsWith("http", StringComparison.Ordinal))
        {
            word = Writing.VideoEmbeds.Canonicalize(word.ToString());
        }

        var buffers = _buffers;
        int length = buffers.WordsLength;
        if (length + word.Length + 1 > buffers.Words.Length)
        {
            var grown = new char[Math.Max(length + word.Length + 1, buffers.Words.Length * 2)];
            buffers.Words.AsSpan(0, length).CopyTo(grown);
            buffers.Words = grown;
        }

        word.CopyTo(buffers.Words.AsSpan(length));
        buffers.Words[length + word.Length] = ' ';
        buffers.WordsLength = length + word.Length + 1;
    }

    /// <summary>
    /// The next token of <paramref name="text"/> from <paramref name="position"/>, or null at the end.
    /// Splits on ASCII whitespace only: U+00A0 (and U+202F, U+2007) join words, as French typography intends;
    /// at a token's edge they join nothing and are trimmed (with U+200B), and a token left empty is skipped.
    /// </summary>
    private static Range? NextToken(ReadOnlySpan<char> text, ref int position)
    {
        // A plain loop: words are a few characters long, too short for vectorised searches and trims to pay off.
        while (position < text.Length)
        {
            while (position < text.Length && IsAsciiWhitespace(text[position])) position++;
            int start = position;
            while (position < text.Length && !IsAsciiWhitespace(text[position])) position++;
            int end = position;
            while (start < end && IsEdgeJoiner(text[start])) start++;
            while (end > start && IsEdgeJoiner(text[end - 1])) end--;
            if (end > start)
            {
                return new Range(start, end);
            }
        }

        return null;
    }

    // Bits 9, 10, 12, 13 and 32 (tab, line feed, form feed, carriage return, space): one test for the usual character.
    private const ulong AsciiWhitespaceBits = (1UL << '\t') | (1UL << '\n') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    private static bool IsAsciiWhitespace(char c) => c <= ' ' && ((AsciiWhitespaceBits >> c) & 1) != 0;

    private static bool IsNonBreaking(char c) => c is '\u00a0' or '\u202f' or '\u2007';

    private static bool IsEdgeJoiner(char c) => c is '\u00a0' or '\u202f' or '\u2007' or '\u200b';

    /// <summary>The text of an element, skipping what is not compared, with breaks and block edges as spaces.</summary>
    internal string TextOf(IElement element, IElement? skip = null)
    {
        var sb = new StringBuilder();
        AppendTextOf(element, skip, sb, 0);
        return sb.ToString();
    }

    /// <summary>
    /// <paramref name="prefix"/> followed by <c>Normalize(TextOf(element, skip))</c>, built in this thread's scratch
    /// buffers: one string where there were five (a builder grown chunk by chunk, its string, the normalised copy and
    /// the prefixed copy), for texts that are whole sections (a details box's content, a quote). Its length is the
    /// prefix's when the element shows no text.
    /// </summary>
    private string NormalizedText(string prefix, IElement element, IElement? skip = null)
    {
        var raw = _buffers.Scratch;
        raw.Clear();
        AppendTextOf(element, skip, raw, 0);
        int length = raw.Length;
        if (_buffers.ScratchChars.Length < length)
        {
            _buffers.ScratchChars = new char[Math.Max(length, _buffers.ScratchChars.Length * 2)];
        }

        raw.CopyTo(0, _buffers.ScratchChars, length);
        raw.Clear();
        ReadOnlySpan<char> text = _buffers.ScratchChars.AsSpan(0, length);
        raw.Append(prefix);
        int position = 0;
        while (NextToken(text, ref position) is { } range)
        {
            if (raw.Length > prefix.Length) raw.Append(' ');
            raw.Append(text[range]);
        }

        string result = raw.Length == prefix.Length ? prefix : raw.ToString();
        raw.Clear();
        return result;
    }

    private void AppendTextOf(INode node, IElement? skip, StringBuilder sb, int depth)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            var child = children[i];
            if (child is IText t) sb.Append(t.Data);
            else if (child is IElement { LocalName: "br" }) sb.Append(' ');
            else if (child is IElement e && e != skip && !IsSkipped(e) && depth < MaxDepth)
            {
                if (_ledger.Of(e)?.ImpliedText is { } implied) sb.Append(' ').Append(implied).Append(' ');
                if (IsBlockBoundary(e)) sb.Append(' ');
                AppendTextOf(e, skip, sb, depth + 1);
                if (IsBlockBoundary(e)) sb.Append(' ');
            }
        }
    }

    /// <summary>
    /// Code keeps its line breaks and the text of each line. Indentation is not compared: Markdig removes the
    /// fence's column from code lines inside list items (" 4f" comes back "4f") where CommonMark, GitHub and
    /// Hugo keep it, so comparing it would report Markdig's quirk as a converter bug.
    /// </summary>
    internal string CodeText(IElement pre)
    {
        var sb = new StringBuilder();
        Append(pre, sb, 0);
        var lines = sb.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim());
        return string.Join('\n', lines).Trim('\n');

        void Append(INode node, StringBuilder sb, int depth)
        {
            var children = node.ChildNodes;
            for (int i = 0; i < children.Length; i++)
            {
                var child = children[i];
                if (child is IText t) sb.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) sb.Append('\n');
                else if (child is IElement e && !IsSkipped(e) && depth < MaxDepth) Append(e, sb, depth + 1);
            }
        }
    }

    /// <summary>Words joined by single spaces; non-breaking spaces inside words are kept.</summary>
    internal static string Normalize(string text)
    {
        // Text already normal (the usual case) is returned as is, found so without building its copy first.
        if (IsNormal(text))
        {
            return text;
        }

        // Built from slices of the text: no string per word.
        var builder = new StringBuilder(text.Length);
        int position = 0;
        while (NextToken(text, ref position) is { } range)
        {
            if (builder.Length > 0) builder.Append(' ');
            builder.Append(text.AsSpan()[range]);
        }

        return builder.Equals(text.AsSpan()) ? text : builder.ToString();
    }

    /// <summary>Whether <see cref="Normalize"/> would return the text unchanged: its tokens, from its start to its end, one plain space apart.</summary>
    private static bool IsNormal(string text)
    {
        int position = 0;
        int next = 0;
        while (NextToken(text, ref position) is { } range)
        {
            int start = range.Start.Value;
            if (start != next || (start > 0 && text[start - 1] != ' '))
            {
                return false;
            }

            next = range.End.Value + 1;
        }

        return next == text.Length + 1 || text.Length == 0;
    }

    internal static string NormalizeUrl(string url)
    {
        url = Writing.VideoEmbeds.Canonicalize(url.Trim());
        try
        {
            return Uri.UnescapeDataString(url);
        }
        catch (UriFormatException)
        {
            return url;
        }
    }
}
