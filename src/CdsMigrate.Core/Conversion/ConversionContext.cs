using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Rules.Html;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What a rule sees while converting one document: the options, the way to convert nested content
/// (through the same rules), source positions, and the diagnostics list. One per document; not shared.
/// </summary>
public sealed partial class ConversionContext
{
    /// <summary>
    /// Past this depth nested markup is flattened to text (a guard against stack exhaustion). 32, not more:
    /// each nested list costs Markdig two levels (list, item) and Markdig refuses documents nested deeper
    /// than 127 containers, so 64 nested lists came back as an internal error (issue 6, Robustness tests).
    /// </summary>
    public const int MaxDepth = 32;

    private readonly RuleSet _rules;
    private readonly int _htmlLine;
    private readonly int _htmlColumn;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly Dictionary<string, int> _blockCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Diagnostic> _reportedOnce = new(StringComparer.Ordinal);
    private readonly StylingLosses _stylingLosses = new();
    private readonly HashSet<IElement> _skippedBackReferences = [];
    private int _depth;

    internal ConversionContext(ConversionOptions options, RuleSet rules, string file, int htmlLine, int htmlColumn, DocumentIndex? index = null, DropLedger? ledger = null)
    {
        Index = index ?? DocumentIndex.Empty;
        Ledger = ledger ?? new DropLedger();
        Options = options;
        _rules = rules;
        File = file;
        _htmlLine = htmlLine;
        _htmlColumn = htmlColumn;
        Inlines = new InlineConverter(this);
    }

    /// <summary>The options of this conversion.</summary>
    public ConversionOptions Options { get; }

    /// <summary>What the rules changed on purpose, each with its diagnostic: all the verifier learns of the conversion.</summary>
    internal DropLedger Ledger { get; }

    /// <summary>Document-wide facts: in-page link targets, footnotes.</summary>
    internal DocumentIndex Index { get; }

    /// <summary>Anchor ids already written, so a targeted id is kept once.</summary>
    internal HashSet<string> WrittenAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The source file, as shown in diagnostics.</summary>
    public string File { get; }

    /// <summary>
    /// The diagnostics so far. Styling losses are summed up per element kind (CDS1200) and join the list
    /// when it is read, which is after the document's blocks are converted.
    /// </summary>
    public IReadOnlyList<Diagnostic> Diagnostics
    {
        get
        {
            _stylingLosses.MoveTo(_diagnostics, this);
            return _diagnostics;
        }
    }

    /// <summary>How many blocks each rule converted (the fallback's count is what no rule handled), for reports.</summary>
    public IReadOnlyDictionary<string, int> BlockCounts => _blockCounts;

    /// <summary>Set when a block failed the document (<c>--unknown fail</c>).</summary>
    public bool Failed { get; internal set; }

    internal InlineConverter Inlines { get; }

    /// <summary>
    /// The HTML text the document's elements were parsed from (<see cref="Sources.SourceDocument.Html"/>), where a text
    /// node's own position is looked for; null when unknown (a fragment), and text is then placed at its element.
    /// </summary>
    internal string? SourceText { get; init; }

    /// <summary>Where <paramref name="node"/> starts in the source file.</summary>
    public SourceSpan SpanOf(INode? node)
    {
        if (node is IText text && text.Data.AsSpan().IndexOfAnyExcept(Whitespace) is >= 0 and var first)
        {
            // The text's first characters, up to one an entity may have written (issue 11, s5pos: bare text in the
            // implied body had line 0).
            int length = text.Data.AsSpan(first, Math.Min(40, text.Data.Length - first)).IndexOfAny(MaybeEntities) is > 0 and var stop ? stop : Math.Min(40, text.Data.Length - first);
            if (TextSpan(text, first, length) is { } span)
            {
                return span;
            }
        }

        while (node is not null && node is not IElement)
        {
            node = node.Parent;
        }

        // An element the parser implied (the body of a post with no tag around its text) has no position of its own: its parent has none either.
        while (node is IElement { SourceReference.Position.Line: 0 } implied && implied.Parent is IElement parent)
        {
            node = parent;
        }

        if (node is IElement { SourceReference.Position.Line: > 0 } positioned)
        {
            return SpanAt(positioned.SourceReference!.Position.Line, positioned.SourceReference.Position.Column);
        }

        if (node is IElement placeholder && int.TryParse(placeholder.GetHtmlAttribute(BlockCommentAnnotator.LineAttribute), out int line)
            && int.TryParse(placeholder.GetHtmlAttribute(BlockCommentAnnotator.ColumnAttribute), out int col))
        {
            // A placeholder for a block comment: where the comment was.
            return SpanAt(line, col);
        }

        // Nothing placed: the start of the HTML text (not line 0, and not column 1 of a WXR item's CDATA line).
        return SpanAt(1, 1);
    }

    /// <summary>
    /// Where the <paramref name="length"/> characters at <paramref name="index"/> of <paramref name="text"/>'s data are in the
    /// source file (a shortcode in a paragraph: its own line and column, not the paragraph's); the text's element when they
    /// cannot be found as written (entities, a fragment): the text's start, else its element.
    /// </summary>
    internal SourceSpan SpanOfText(IText text, int index, int length) => TextSpan(text, index, length) ?? SpanOf(text);

    private SourceSpan? TextSpan(IText text, int index, int length)
    {
        if (SourceText is null || length <= 0 || index + length > text.Data.Length)
        {
            return null;
        }

        int offset = SourcePosition.OffsetOf(text, index, text.Data.Substring(index, length), SourceText);
        if (offset < 0)
        {
            return null;
        }

        var (line, column) = SourcePosition.FromOffset(SourceText, offset);
        return SpanAt(line, column);
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\n\r\f");

    // Characters a source may have written as entities: the search stops before them.
    private static readonly System.Buffers.SearchValues<char> MaybeEntities = System.Buffers.SearchValues.Create("&<>\"'\u00A0\n");

    /// <summary>A 1-based line and column of the HTML text, as a position in the source file.</summary>
    public SourceSpan SpanAt(int line, int column) => SourcePosition.InFile(File, line, column, _htmlLine, _htmlColumn, BodyMap);

    /// <summary>How the reader rewrote <see cref="SourceText"/> from the source (wpautop, galleries); null when it did not.</summary>
    internal Parsing.RewrittenText? BodyMap { get; init; }

    /// <summary>Records a diagnostic at a line and column of the HTML text.</summary>
    internal void ReportAt(DiagnosticCode code, int line, int column, string message, string? block = null) =>
        _diagnostics.Add(code.At(SpanAt(line, column), message, block));

    /// <summary>Records a diagnostic about <paramref name="node"/>, and returns it (to justify a ledger entry).</summary>
    public Diagnostic Report(DiagnosticCode code, INode? node, string message, string? block = null, Severity? severity = null)
    {
        var diagnostic = code.At(SpanOf(node), message, block, severity);
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }

    /// <summary>
    /// Leaves <paramref name="element"/> out of the output on purpose (a duplicate download button, a dynamic
    /// block's template): the converter skips it and the verifier does not expect its content. The
    /// <paramref name="because"/> diagnostic (non-nullable: <c>Drop(e, null)</c> does not compile, warnings being
    /// errors) is reported if it was not already.
    /// </summary>
    public void Drop(IElement element, Diagnostic because) => Record(new LedgerEntry(element, SpanOf(element), LedgerKind.Dropped, because));

    /// <summary>Tells the verifier the output shows a link to <paramref name="url"/> that <paramref name="element"/> only implied.</summary>
    internal void ImplyLink(IElement element, string url, Diagnostic because) =>
        Record(new LedgerEntry(element, SpanOf(element), LedgerKind.ImpliedLink, because) { Value = url });

    /// <summary>Tells the verifier the output shows <paramref name="text"/>, which <paramref name="element"/> held only in an attribute.</summary>
    internal void ImplyText(IElement element, string text, Diagnostic because) =>
        Record(new LedgerEntry(element, SpanOf(element), LedgerKind.ImpliedText, because) { Value = text });

    /// <summary>Tells the verifier the output shows an image that <paramref name="element"/> held only in its style.</summary>
    internal void ImplyImage(IElement element, string url, string alt, Diagnostic because) =>
        Record(new LedgerEntry(element, SpanOf(element), LedgerKind.ImpliedImage, because) { Value = url, Alt = alt });

    /// <summary>
    /// Tells the verifier how a reader now meets an element the rule restructured: <see cref="LedgerKind.ReadAsQuote"/>
    /// (a CDS alert's details), <see cref="LedgerKind.ReadAsText"/> (a verse's pre) or <see cref="LedgerKind.ReadAsLayout"/>
    /// (a gallery's grid list).
    /// </summary>
    internal void ReadAs(IElement element, LedgerKind reading, Diagnostic because)
    {
        if (reading is not (LedgerKind.ReadAsQuote or LedgerKind.ReadAsText or LedgerKind.ReadAsLayout))
        {
            throw new ArgumentOutOfRangeException(nameof(reading), reading, "a reading is ReadAsQuote, ReadAsText or ReadAsLayout");
        }

        Record(new LedgerEntry(element, SpanOf(element), reading, because));
    }

    /// <summary>
    /// <see cref="ReadAs(IElement, LedgerKind, Diagnostic)"/> for a node whose diagnostic the writer reports at
    /// <paramref name="origin"/> (it depends on the flavour): the entry is made once the writer has reported it.
    /// </summary>
    internal void ReadAs(IElement element, LedgerKind reading, MdOrigin origin)
    {
        if (reading is not (LedgerKind.ReadAsQuote or LedgerKind.ReadAsText or LedgerKind.ReadAsLayout))
        {
            throw new ArgumentOutOfRangeException(nameof(reading), reading, "a reading is ReadAsQuote, ReadAsText or ReadAsLayout");
        }

        Ledger.AddAwaitingWriter(element, SpanOf(element), reading, origin);
    }

    /// <summary>
    /// Leaves out a footnote's link back to its reference: navigation the Markdown renderer adds itself. Not a ledger
    /// entry: only elements the document index found to be back-references (<see cref="FootnoteShape"/>, which the
    /// verifier uses too and ignores on both sides) are accepted, so nothing a reader sees can be skipped this way.
    /// </summary>
    internal void SkipBackReference(IElement link)
    {
        if (!Index.IsBackReference(link))
        {
            throw new ArgumentException("only a footnote back-reference can be skipped without a diagnostic", nameof(link));
        }

        _skippedBackReferences.Add(link);
    }

    internal bool IsSkippedBackReference(IElement element) => _skippedBackReferences.Count > 0 && _skippedBackReferences.Contains(element);

    private void Record(LedgerEntry entry)
    {
        Ledger.Add(entry);
        if (!_diagnostics.Contains(entry.Because))
        {
            // The ledger's justification is what the user reads: it is reported, whoever built it.
            _diagnostics.Add(entry.Because);
        }
    }

    internal void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>
    /// Where <paramref name="node"/> is, and its place among the diagnostics reported so far: set on a model node a
    /// flavour may have to degrade, for the writer's diagnostic (<see cref="MdOrigin"/>).
    /// </summary>
    internal MdOrigin OriginOf(INode node, string block) => new(SpanOf(node), block, _diagnostics.Count);

    /// <summary>
    /// Records a diagnostic once per document for <paramref name="key"/>: repairs and residue that recur
    /// on every line of a pasted post say so once, at the first place.
    /// </summary>
    public Diagnostic ReportOnce(string key, DiagnosticCode code, INode? node, string message, string? block = null)
    {
        string once = code.Code + "\u0000" + key;
        if (!_reportedOnce.TryGetValue(once, out var diagnostic))
        {
            _reportedOnce[once] = diagnostic = Report(code, node, message, block);
        }

        return diagnostic;
    }

    /// <summary>
    /// Notes the styling <paramref name="element"/> carried that the output does not keep (issue 10, point 5):
    /// summed up into one CDS1200 per element kind and document.
    /// </summary>
    public void NoteStylingLost(IElement element, bool emphasisConverted = false, bool container = false)
    {
        var lost = VisualStyle.Lost(element, emphasisConverted, container);
        if (lost.Count > 0)
        {
            _stylingLosses.Note(element, lost);
        }
    }

    /// <summary>Converts the children of <paramref name="parent"/> as flow content: blocks, with loose inline runs as paragraphs.</summary>
    public IReadOnlyList<MdBlock> ConvertChildren(INode parent) => ConvertFlow(parent.ChildNodes);

    /// <summary>Converts a sequence of sibling nodes as flow content.</summary>
    public IReadOnlyList<MdBlock> ConvertFlow(IEnumerable<INode> nodes)
    {
        var flow = new FlowBuilder(Inlines);
        AddFlow(flow, nodes, null);
        return flow.Finish();
    }

    /// <summary>
    /// Adds sibling nodes to <paramref name="flow"/>. <paramref name="wrap"/> is the formatting of the inline
    /// elements around them (bold, italic…), applied to their text and to each block they hold.
    /// </summary>
    private void AddFlow(FlowBuilder flow, IEnumerable<INode> nodes, Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>>? wrap)
    {
        // Every element's children pass here: a node list or a run is read by index (a foreach over the interface
        // allocates an enumerator), and only an inline wrapper's content collects nodes to wrap.
        var wrapped = wrap is null ? null : new List<INode>();
        switch (nodes)
        {
            case INodeList list:
                for (int i = 0; i < list.Length; i++)
                {
                    AddFlowNode(flow, list[i], wrap, wrapped);
                }

                break;
            case IReadOnlyList<INode> run:
                for (int i = 0; i < run.Count; i++)
                {
                    AddFlowNode(flow, run[i], wrap, wrapped);
                }

                break;
            default:
                foreach (var node in nodes)
                {
                    AddFlowNode(flow, node, wrap, wrapped);
                }

                break;
        }

        FlushWrapped(flow, wrap, wrapped);
    }

    /// <summary>One node of <see cref="AddFlow"/>: a block, an inline element around blocks, or inline content.</summary>
    private void AddFlowNode(FlowBuilder flow, INode node, Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>>? wrap, List<INode>? wrapped)
    {
        // One class test (is Element: every element of the DOM is one), not an interface cast per question: every
        // child of every element passes here (issue 11, point 3).
        if (node is not Element concrete)
        {
            if (node is IText)
            {
                AddInlineNode(flow, node, wrapped);
            }

            return;
        }

        IElement element = concrete;
        if (Ledger.IsDropped(element))
        {
            return;
        }

        if (HtmlElements.IsBlock(element.LocalName) || InlineWrapper.IsLinkAroundStructure(element))
        {
            FlushWrapped(flow, wrap, wrapped);
            var blocks = ConvertBlock(element);
            flow.AddBlocks(wrap is null ? blocks : BlockInlines.Wrap(blocks, wrap));
        }
        else if (InlineWrapper.HoldsBlocks(element))
        {
            // A span, font, strong or code around paragraphs, a pre or an iframe (issue 10, point 2): the blocks
            // are what a reader sees, and the text before and after them continues the sentences around.
            FlushWrapped(flow, wrap, wrapped);
            if (!Enter())
            {
                flow.AddBlocks(ConvertBlock(element));
                return;
            }

            try
            {
                AddFlow(flow, element.ChildNodes, InlineWrapper.Formatting(element, this, wrap));
            }
            finally
            {
                Leave();
            }
        }
        else
        {
            AddInlineNode(flow, node, wrapped);
        }
    }

    /// <summary>Inline content: to the paragraph being built, or to the inline wrapper's content being collected.</summary>
    private static void AddInlineNode(FlowBuilder flow, INode node, List<INode>? wrapped)
    {
        if (wrapped is null)
        {
            flow.AddInlineNode(node);
        }
        else
        {
            wrapped.Add(node);
        }
    }

    private void FlushWrapped(FlowBuilder flow, Func<IReadOnlyList<MdInline>, IReadOnlyList<MdInline>>? wrap, List<INode>? wrapped)
    {
        if (wrapped is { Count: > 0 })
        {
            flow.AddInlines(wrap!(Inlines.Convert(wrapped)));
            wrapped.Clear();
        }
    }

    /// <summary>Converts one block element with the first rule that matches it, or the fallback.</summary>
    public IReadOnlyList<MdBlock> ConvertBlock(IElement element)
    {
        if (_depth >= MaxDepth)
        {
            var deep = Report(DiagnosticCodes.NestingTooDeep, element, $"markup nested deeper than {MaxDepth} levels: the rest is kept as its text", BlockNaming.NameOf(element));
            string text = InlineConverter.CollapseWhitespace(FlattenedText(element, deep)).Trim(' ');
            return text.Length == 0 ? [] : [new MdParagraph([new MdText(text)])];
        }

        _depth++;
        try
        {
            if (!Options.Blocks.IsEmpty && Chosen(element) is { } chosen)
            {
                return chosen;
            }

            var rule = _rules.Find(element, this);
            string name = (rule ?? _rules.Fallback).Name;
            _blockCounts[name] = _blockCounts.GetValueOrDefault(name) + 1;
            if (rule is null)
            {
                return AnchorPlacement.Attach(element, _rules.Fallback.Convert(element, this), this);
            }

            ReportUnknownBlock(element, rule);
            var converted = rule.Convert(element, this);
            if (rule is not ContainerRule && converted.Count > 0 && !AllRawHtml(converted))
            {
                // Raw HTML keeps the element's styling; anything else leaves it behind. (Containers say it themselves.)
                NoteStylingLost(element, container: rule is Rules.WordPress.GroupRule);
            }

            return AnchorPlacement.Attach(element, converted, this);
        }
        finally
        {
            _depth--;
        }
    }

    // Indexed, for every block converted: All(…) over the interface allocated an enumerator.
    private static bool AllRawHtml(IReadOnlyList<MdBlock> blocks)
    {
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not MdHtmlBlock)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The user's choice for this block by name (<see cref="BlockChoices"/>), or null to convert it. A drop is a ledger
    /// entry like any deliberate drop, justified by its CDS7100; raw HTML is compared as such.
    /// </summary>
    private IReadOnlyList<MdBlock>? Chosen(IElement element)
    {
        string name = BlockNaming.NameOf(element);
        if (Options.Blocks.Drop.Contains(name))
        {
            Drop(element, Report(DiagnosticCodes.BlockDroppedByChoice, element, $"{name} dropped as configured (--drop-block {name})", name));
            return [];
        }

        if (Options.Blocks.Raw.Contains(name))
        {
            Report(DiagnosticCodes.BlockRawByChoice, element, $"{name} kept as raw HTML as configured (--raw-block {name})", name);
            return [RawHtml.Of(element)];
        }

        return null;
    }

    /// <summary>
    /// A block comment names a block no rule is about (a plugin's block) but its HTML matched a plain HTML
    /// rule: say so, since the plugin may have meant more than the HTML shows.
    /// </summary>
    private void ReportUnknownBlock(IElement element, IBlockRule rule)
    {
        if (element.GetHtmlAttribute(BlockCommentAnnotator.NameAttribute) is not { } name
            || name.StartsWith("core/", StringComparison.Ordinal) || name.StartsWith("core-embed/", StringComparison.Ordinal) || name.StartsWith("cds-snc/", StringComparison.Ordinal) || name.StartsWith("cds/", StringComparison.Ordinal)
            || IsRuleName(name))
        {
            return;
        }

        Report(DiagnosticCodes.UnknownBlockConverted, element, $"unknown block {name} converted from its HTML by {rule.Name}", name);
    }

    // A loop, not Rules.Any(r => r.Name == name): the lambda's closure was allocated for every block converted.
    private bool IsRuleName(string name)
    {
        var rules = _rules.Rules;
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Name == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Converts the children of <paramref name="parent"/> as inline content.</summary>
    public IReadOnlyList<MdInline> ConvertInlines(INode parent) => Inlines.Convert(parent.ChildNodes);

    /// <summary>Converts sibling nodes as inline content.</summary>
    public IReadOnlyList<MdInline> ConvertInlines(IEnumerable<INode> nodes) => Inlines.Convert(nodes);

    internal bool Enter()
    {
        if (_depth >= MaxDepth)
        {
            return false;
        }

        _depth++;
        return true;
    }

    internal void Leave() => _depth--;

    /// <summary>
    /// The text of an element flattened past <see cref="MaxDepth"/>: words separated at block boundaries (so
    /// nested blocks do not glue their words together, as TextContent would). The ledger tells the verifier to
    /// compare its words only, not the structure it deliberately lost (<paramref name="because"/>).
    /// </summary>
    internal string FlattenedText(IElement element, Diagnostic because)
    {
        Record(new LedgerEntry(element, SpanOf(element), LedgerKind.Flattened, because));
        var sb = new System.Text.StringBuilder();
        AppendText(element, sb, 0);
        return sb.ToString();
    }

    private void AppendText(INode node, System.Text.StringBuilder sb, int depth)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data);
                    break;
                case IElement { LocalName: "br" }:
                    sb.Append(' ');
                    break;
                case IElement { LocalName: "script" or "style" or "template" }:
                    break;
                case IElement e when !Ledger.IsDropped(e) && depth < HtmlBodyParser.MaxDepth:
                    bool block = HtmlElements.IsBlock(e.LocalName) || e.LocalName == "li";
                    sb.Append(block ? " " : "");
                    AppendText(e, sb, depth + 1);
                    sb.Append(block ? " " : "");
                    break;
            }
        }
    }
}
