using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Writing;
using CdsMigrate.Core.Writing.Flavors;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CdsMigrate.Core.Reporting.SourceSpan;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Converts the inline HTML inside one Markdown paragraph, heading or table cell (issue 9): each element, from its
/// opening tag to its closing tag in the same run of text, is rendered as the site renders it, converted with the
/// inline rules and written back as inline Markdown that fits the characters around it. Only those spans change;
/// the Markdown around them is kept byte for byte. What cannot fit is kept as written, with a diagnostic.
/// </summary>
internal sealed partial class InlineHtmlConverter(ConversionOptions options, RuleSet rules, MarkdownWriter writer)
{
    private static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
        { "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr" };

    /// <summary>Converts the inline HTML of <paramref name="leaf"/>, read with <paramref name="rendering"/>, the site's rendering (<see cref="BodyReading.Rendering"/>).</summary>
    public void Convert(LeafBlock leaf, string text, SourceDocument document, MarkdownPipeline rendering, List<BodyEdit> edits, List<Diagnostic> diagnostics)
    {
        var place = new Place(leaf, text, document, rendering, edits, diagnostics);
        Walk(leaf.Inline!, place);
    }

    private sealed record Place(LeafBlock Leaf, string Text, SourceDocument Document, MarkdownPipeline Rendering, List<BodyEdit> Edits, List<Diagnostic> Diagnostics)
    {
        public bool InTable => Leaf.Parent is TableCell;

        public bool OneLine => InTable || Leaf is HeadingBlock;

        // Markdig's lines and columns are 0-based.
        public SourceSpan At(Inline inline) => SourcePosition.InFile(Document, inline.Line + 1, inline.Column + 1);
    }

    private void Walk(ContainerInline container, Place place)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            children.Add(child);
        }

        for (int i = 0; i < children.Count; i++)
        {
            if (children[i] is HtmlInline html)
            {
                i = Fragment(children, i, html, place);
            }
            else if (children[i] is ContainerInline inner)
            {
                Walk(inner, place);
            }
        }
    }

    /// <summary>Converts the element that starts at <paramref name="i"/>; returns the index of its last inline.</summary>
    private int Fragment(List<Inline> children, int i, HtmlInline open, Place place)
    {
        var tag = TagOf().Match(open.Tag);
        if (!tag.Success)
        {
            // A comment, a declaration, CDATA: invisible, kept.
            return i;
        }

        string name = tag.Groups["name"].Value.ToLowerInvariant();
        if (tag.Groups["close"].Success)
        {
            Keep(open, place, $"inline HTML </{name}> closes an element opened outside this run of text: kept as written");
            return i;
        }

        int last = i;
        if (!Void.Contains(name) && !tag.Groups["self"].Success)
        {
            last = ClosingIndex(children, i, name);
            if (last < 0)
            {
                Keep(open, place, $"inline HTML <{name}> is not closed in the same run of text: kept as written");
                return i;
            }
        }
        else if (name == "br")
        {
            // A line break: Markdown's own is a backslash at the end of a line, and two in a row cannot be
            // written at all. The tag renders the same: kept.
            return i;
        }

        ConvertSpan(children, i, last, name, place);
        return last;
    }

    private void ConvertSpan(List<Inline> children, int first, int last, string name, Place place)
    {
        string text = place.Text;
        int start = children[first].Span.Start;
        int end = children[last].Span.End + 1;
        var parsed = HtmlBodyParser.Parse(RenderHtml(children, first, last, place.Rendering));
        if (parsed.Body.Descendants<IElement>().FirstOrDefault(e => HtmlElements.IsBlock(e.LocalName)) is { } block)
        {
            Keep(children[first], place, $"inline HTML <{name}> holds a block element <{block.LocalName}>, which a paragraph cannot: kept as written");
            return;
        }

        var at = place.At(children[first]);
        var context = new ConversionContext(options, rules, at.File!, at.Line, at.Column, DocumentIndex.Build(parsed.Body, ShortcodeNames.Default.With(options.KnownShortcodes)));
        var converted = context.ConvertInlines(parsed.Body);
        var degradations = new DegradationReport();
        var inlines = writer.Degrade(converted, degradations);
        var diagnostics = context.Diagnostics.ToList();
        degradations.MergeInto(diagnostics);
        place.Diagnostics.AddRange(diagnostics.Select(d => d with { File = at.File, Line = at.Line, Column = at.Column }));
        if (inlines.All(i => i is MdHtmlInline or MdAnchor || (i is MdText t && string.IsNullOrWhiteSpace(t.Text))))
        {
            // The flavour's writer keeps these tags as HTML anyway (sup, sub, an anchor; del in commonmark): keep their bytes.
            return;
        }

        char before = start > 0 && text[start - 1] != '\n' ? text[start - 1] : ' ';
        char after = end < text.Length && text[end] != '\n' ? text[end] : ' ';
        string markdown = writer.WriteInlines(inlines, AtLineStart(text, start, place.Leaf), before, after);
        if (markdown.Contains('\n'))
        {
            Keep(children[first], place, $"inline HTML <{name}> holds a line break, which {(place.OneLine ? "this line" : "its place")} cannot take in Markdown: kept as written");
            return;
        }

        if (markdown.Length > 0 && ((markdown[0] is '*' or '_' or '~' && markdown[0] == before) || (markdown[^1] is '*' or '_' or '~' && markdown[^1] == after)))
        {
            // "***a***<em>, b</em>": its delimiters would join the run next to them and read as something else.
            // cdsmigrate writes such tags itself where delimiters cannot work (rest-real, re-converted).
            Keep(children[first], place, $"inline HTML <{name}> touches the emphasis next to it, which its Markdown delimiters would join: kept as written");
            return;
        }

        if (before == '!' && markdown.StartsWith('['))
        {
            Keep(children[first], place, $"inline HTML <{name}> follows a '!', which would make its link an image: kept as written");
            return;
        }

        if (place.InTable)
        {
            markdown = markdown.Replace("|", "\\|", StringComparison.Ordinal);
        }

        place.Edits.Add(new BodyEdit(start, end, markdown));
    }

    /// <summary>The element as the site renders it: the tags as written, the Markdown between them rendered.</summary>
    private static string RenderHtml(List<Inline> children, int first, int last, MarkdownPipeline rendering)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        rendering.Setup(renderer);
        for (int k = first; k <= last; k++)
        {
            renderer.Render(children[k]);
        }

        renderer.Writer.Flush();
        return writer.ToString();
    }

    private static int ClosingIndex(List<Inline> children, int open, string name)
    {
        int depth = 0;
        for (int k = open + 1; k < children.Count; k++)
        {
            if (children[k] is not HtmlInline html || TagOf().Match(html.Tag) is not { Success: true } tag
                || !tag.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase) || tag.Groups["self"].Success)
            {
                continue;
            }

            if (!tag.Groups["close"].Success)
            {
                depth++;
            }
            else if (depth-- == 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>True when only container markers (quote, list indentation) come before <paramref name="start"/> on its line.</summary>
    private static bool AtLineStart(string text, int start, LeafBlock leaf)
    {
        int lineStart = SourcePosition.LineStart(text, start);
        if (start == 0 || start == leaf.Span.Start)
        {
            return true;
        }

        for (int k = lineStart; k < start; k++)
        {
            if (text[k] is not (' ' or '\t' or '>'))
            {
                return false;
            }
        }

        return true;
    }

    private static void Keep(Inline inline, Place place, string message) =>
        place.Diagnostics.Add(DiagnosticCodes.InlineHtmlKeptAsWritten.At(place.At(inline), message));

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^>""']|""[^""]*""|'[^']*')*?)?(?<self>/)?>$")]
    private static partial Regex TagOf();
}
