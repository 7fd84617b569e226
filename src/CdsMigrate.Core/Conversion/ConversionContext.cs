using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// What a rule sees while converting one document: the options, the way to convert nested content
/// (through the same rules), source positions, and the diagnostics list. One per document; not shared.
/// </summary>
public sealed class ConversionContext
{
    /// <summary>
    /// Past this depth nested markup is flattened to text (a guard against stack exhaustion). 32, not more:
    /// each nested list costs Markdig two levels (list, item) and Markdig refuses documents nested deeper
    /// than 127 containers, so 64 nested lists came back as an internal error (issue 6, Robustness tests).
    /// </summary>
    public const int MaxDepth = 32;

    private readonly RuleSet _rules;
    private readonly int _lineOffset;
    private readonly int _columnOffset;
    private readonly List<Diagnostic> _diagnostics = [];
    private int _depth;

    internal ConversionContext(ConversionOptions options, RuleSet rules, string file, int htmlLine, int htmlColumn)
    {
        Options = options;
        _rules = rules;
        File = file;
        _lineOffset = htmlLine - 1;
        _columnOffset = htmlColumn - 1;
        Inlines = new InlineConverter(this);
    }

    public ConversionOptions Options { get; }

    public MarkdownFlavor Flavor => Options.Flavor;

    /// <summary>The source file, as shown in diagnostics.</summary>
    public string File { get; }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

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
            var p = reference.Position;
            int column = p.Line == 1 ? p.Column + _columnOffset : p.Column;
            return new SourceSpan(File, p.Line + _lineOffset, column);
        }

        return new SourceSpan(File, _lineOffset + 1, 1);
    }

    /// <summary>Records a diagnostic about <paramref name="node"/>.</summary>
    public void Report(DiagnosticCode code, INode? node, string message, string? block = null, Severity? severity = null) =>
        _diagnostics.Add(code.At(SpanOf(node), message, block, severity));

    /// <summary>
    /// Marks an element a rule deliberately left out (a duplicate download button, a dropped block), so
    /// that verification does not count its words as lost.
    /// </summary>
    public static void MarkDropped(IElement element) => element.SetAttribute(Verification.Fingerprint.DroppedAttribute, "");

    internal void Add(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    /// <summary>Converts the children of <paramref name="parent"/> as flow content: blocks, with loose inline runs as paragraphs.</summary>
    public IReadOnlyList<MdBlock> ConvertChildren(INode parent) => ConvertFlow(parent.ChildNodes);

    /// <summary>Converts a sequence of sibling nodes as flow content.</summary>
    public IReadOnlyList<MdBlock> ConvertFlow(IEnumerable<INode> nodes)
    {
        var blocks = new List<MdBlock>();
        var inlineRun = new List<INode>();
        foreach (var node in nodes)
        {
            if (node is IElement element && HtmlElements.IsBlock(element.LocalName))
            {
                FlushParagraph(inlineRun, blocks);
                blocks.AddRange(ConvertBlock(element));
            }
            else if (node is IElement or IText)
            {
                inlineRun.Add(node);
            }
        }

        FlushParagraph(inlineRun, blocks);
        return blocks;
    }

    /// <summary>Converts one block element with the first rule that matches it, or the fallback.</summary>
    public IReadOnlyList<MdBlock> ConvertBlock(IElement element)
    {
        if (_depth >= MaxDepth)
        {
            Report(DiagnosticCodes.NestingTooDeep, element, $"markup nested deeper than {MaxDepth} levels: the rest is kept as its text", BlockNaming.NameOf(element));
            string text = string.Join(' ', FlattenedText(element).Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
            return text.Length == 0 ? [] : [new MdParagraph([new MdText(text)])];
        }

        _depth++;
        try
        {
            var rule = _rules.Find(element, this);
            return rule is null ? _rules.Fallback.Convert(element, this) : rule.Convert(element, this);
        }
        finally
        {
            _depth--;
        }
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

    private void FlushParagraph(List<INode> inlineRun, List<MdBlock> blocks)
    {
        if (inlineRun.Count == 0)
        {
            return;
        }

        var inlines = Inlines.Convert(inlineRun);
        inlineRun.Clear();
        if (InlineContent.HasContent(inlines))
        {
            blocks.Add(new MdParagraph(inlines));
        }
    }
}
