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
    private readonly HashSet<string> _reportedOnce = new(StringComparer.Ordinal);
    private readonly StylingLosses _stylingLosses = new();
    private int _depth;

    internal ConversionContext(ConversionOptions options, RuleSet rules, string file, int htmlLine, int htmlColumn, DocumentIndex? index = null)
    {
        Index = index ?? DocumentIndex.Empty;
        Options = options;
        _rules = rules;
        File = file;
        _htmlLine = htmlLine;
        _htmlColumn = htmlColumn;
        Inlines = new InlineConverter(this);
    }

    /// <summary>The options of this conversion.</summary>
    public ConversionOptions Options { get; }

    /// <summary>Document-wide facts: in-page link targets, footnotes.</summary>
    internal DocumentIndex Index { get; }

    /// <summary>Anchor ids already written, so a targeted id is kept once.</summary>
    internal HashSet<string> WrittenAnchors { get; } = new(StringComparer.Ordinal);

    /// <summary>The flavour being written (<see cref="ConversionOptions.Flavor"/>).</summary>
    public MarkdownFlavor Flavor => Options.Flavor;

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

    /// <summary>Where <paramref name="node"/> starts in the source file.</summary>
    public SourceSpan SpanOf(INode? node)
    {
        while (node is not null && node is not IElement)
        {
            node = node.Parent;
        }

        if (node is IElement { SourceReference: { } reference })
        {
            return SpanAt(reference.Position.Line, reference.Position.Column);
        }

        if (node is IElement placeholder && int.TryParse(placeholder.GetAttribute(BlockCommentAnnotator.LineAttribute), out int line)
            && int.TryParse(placeholder.GetAttribute(BlockCommentAnnotator.ColumnAttribute), out int col))
        {
            // A placeholder for a block comment: where the comment was.
            return SpanAt(line, col);
        }

        return new SourceSpan(File, _htmlLine, 1);
    }

    /// <summary>A 1-based line and column of the HTML text, as a position in the source file.</summary>
    public SourceSpan SpanAt(int line, int column) => SourcePosition.InFile(File, line, column, _htmlLine, _htmlColumn);

    /// <summary>Records a diagnostic at a line and column of the HTML text.</summary>
    internal void ReportAt(DiagnosticCode code, int line, int column, string message, string? block = null) =>
        _diagnostics.Add(code.At(SpanAt(line, column), message, block));

    /// <summary>Records a diagnostic about <paramref name="node"/>.</summary>
    public void Report(DiagnosticCode code, INode? node, string message, string? block = null, Severity? severity = null) =>
        _diagnostics.Add(code.At(SpanOf(node), message, block, severity));

    /// <summary>
    /// Marks an element a rule deliberately left out (a duplicate download button, a dropped block), so
    /// that verification does not count its words as lost.
    /// </summary>
    public static void MarkDropped(IElement element) => element.SetAttribute(Verification.Fingerprint.DroppedAttribute, "");

    /// <summary>
    /// Marks content a rule makes explicit from markup that shows no text or link of its own: an embed's
    /// URL written as a link, a background image written as an image. The verifier then expects it.
    /// </summary>
    public static void MarkImplied(IElement element, string? link = null, string? image = null, string? text = null, string? imageAlt = null)
    {
        if (imageAlt is not null) element.SetAttribute(Verification.Fingerprint.ImpliedImageAltAttribute, imageAlt);
        if (link is not null) element.SetAttribute(Verification.Fingerprint.ImpliedLinkAttribute, link);
        if (image is not null) element.SetAttribute(Verification.Fingerprint.ImpliedImageAttribute, image);
        if (text is not null) element.SetAttribute(Verification.Fingerprint.ImpliedTextAttribute, text);
    }

    /// <summary>
    /// Tells the verifier how a reader now meets an element the rule restructured: <c>quote</c> (a CDS
    /// alert's details become a quote or alert), <c>text</c> (a verse's <c>pre</c> becomes paragraphs) or
    /// <c>layout</c> (a gallery's <c>ul</c> is a grid, not a list: its items are not list items).
    /// </summary>
    public static void MarkReadAs(IElement element, string reading) => element.SetAttribute(Verification.Fingerprint.ReadAsAttribute, reading);

    internal void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>
    /// Records a diagnostic once per document for <paramref name="key"/>: repairs and residue that recur
    /// on every line of a pasted post say so once, at the first place.
    /// </summary>
    public void ReportOnce(string key, DiagnosticCode code, INode? node, string message, string? block = null)
    {
        if (_reportedOnce.Add(code.Code + "\u0000" + key))
        {
            Report(code, node, message, block);
        }
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
        var wrapped = new List<INode>();
        void FlushWrapped()
        {
            if (wrapped.Count > 0)
            {
                flow.AddInlines(wrap!(Inlines.Convert(wrapped)));
                wrapped.Clear();
            }
        }

        foreach (var node in nodes)
        {
            if (node is IElement { } dropped && dropped.HasAttribute(Verification.Fingerprint.DroppedAttribute))
            {
                continue;
            }

            if (node is IElement element && (HtmlElements.IsBlock(element.LocalName) || InlineWrapper.IsLinkAroundStructure(element)))
            {
                FlushWrapped();
                var blocks = ConvertBlock(element);
                flow.AddBlocks(wrap is null ? blocks : BlockInlines.Wrap(blocks, wrap));
            }
            else if (node is IElement wrapper && InlineWrapper.HoldsBlocks(wrapper))
            {
                // A span, font, strong or code around paragraphs, a pre or an iframe (issue 10, point 2): the blocks
                // are what a reader sees, and the text before and after them continues the sentences around.
                FlushWrapped();
                if (!Enter())
                {
                    flow.AddBlocks(ConvertBlock(wrapper));
                    continue;
                }

                try
                {
                    AddFlow(flow, wrapper.ChildNodes, InlineWrapper.Formatting(wrapper, this, wrap));
                }
                finally
                {
                    Leave();
                }
            }
            else if (node is IElement or IText)
            {
                if (wrap is null)
                {
                    flow.AddInlineNode(node);
                }
                else
                {
                    wrapped.Add(node);
                }
            }
        }

        FlushWrapped();
    }

    /// <summary>Converts one block element with the first rule that matches it, or the fallback.</summary>
    public IReadOnlyList<MdBlock> ConvertBlock(IElement element)
    {
        if (_depth >= MaxDepth)
        {
            Report(DiagnosticCodes.NestingTooDeep, element, $"markup nested deeper than {MaxDepth} levels: the rest is kept as its text", BlockNaming.NameOf(element));
            string text = InlineConverter.CollapseWhitespace(FlattenedText(element)).Trim(' ');
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
            if (rule is not ContainerRule && converted.Count > 0 && !converted.All(b => b is MdHtmlBlock))
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

    /// <summary>
    /// The user's choice for this block by name (<see cref="BlockChoices"/>), or null to convert it. A drop is marked
    /// for the verifier like any deliberate drop; raw HTML is compared as such.
    /// </summary>
    private IReadOnlyList<MdBlock>? Chosen(IElement element)
    {
        string name = BlockNaming.NameOf(element);
        if (Options.Blocks.Drop.Contains(name))
        {
            MarkDropped(element);
            Report(DiagnosticCodes.BlockDroppedByChoice, element, $"{name} dropped as configured (--drop-block {name})", name);
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
        if (element.GetAttribute(BlockCommentAnnotator.NameAttribute) is not { } name
            || name.StartsWith("core/", StringComparison.Ordinal) || name.StartsWith("core-embed/", StringComparison.Ordinal) || name.StartsWith("cds-snc/", StringComparison.Ordinal) || name.StartsWith("cds/", StringComparison.Ordinal)
            || _rules.Rules.Any(r => r.Name == name))
        {
            return;
        }

        Report(DiagnosticCodes.UnknownBlockConverted, element, $"unknown block {name} converted from its HTML by {rule.Name}", name);
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
    /// nested blocks do not glue their words together, as TextContent would). The element is
    /// marked so that the verifier compares its words only, not the structure it deliberately lost.
    /// </summary>
    internal static string FlattenedText(IElement element)
    {
        element.SetAttribute(Verification.Fingerprint.FlattenedAttribute, "");
        return Verification.Fingerprint.TextOf(element);
    }
}
