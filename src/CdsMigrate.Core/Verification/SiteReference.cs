using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

using SourceSpan = CdsMigrate.Core.Reporting.SourceSpan;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// What the verifier compares the output with: the source body as its site renders it (issue 9), as a DOM, with
/// a way back from each element to its place in the source file, and the pieces the converter deliberately read
/// differently (<see cref="Decisions"/>).
/// </summary>
internal sealed class SiteReference
{
    private readonly Func<IElement?, SourceSpan> _locate;

    private SiteReference(IElement body, Func<IElement?, SourceSpan> locate, IReadOnlyList<ReadingDecision> decisions)
    {
        Body = body;
        _locate = locate;
        Decisions = decisions;
    }

    /// <summary>The rendered source body.</summary>
    public IElement Body { get; }

    /// <summary>Where the site's reading and the converter's differ on purpose, each with its diagnostic.</summary>
    public IReadOnlyList<ReadingDecision> Decisions { get; }

    /// <summary>Where <paramref name="element"/> of <see cref="Body"/> comes from in the source file.</summary>
    public SourceSpan Locate(IElement? element) => _locate(element);

    /// <summary>
    /// A body the site reads as HTML blocks only: the site passes them through, so its rendering is the HTML itself
    /// and the parsed source DOM is the reference, with no render. Indented HTML the site shows as code is read as
    /// HTML only through <paramref name="decisions"/>.
    /// </summary>
    public static SiteReference OfHtml(IElement body, string file, int htmlLine, int htmlColumn, IReadOnlyList<ReadingDecision>? decisions = null) =>
        new(body, element => PositionOf(element, file, htmlLine, htmlColumn), decisions ?? []);

    /// <summary>
    /// A Markdown or mixed body: rendered with the flavour's pipeline, as the site renders it. An HTML block the
    /// converter converted is rendered from its converted DOM (<paramref name="convertedHtmlByLine"/>, by its
    /// 0-based line in the body), which carries the rules' marks (dropped, implied) the comparison needs.
    /// </summary>
    public static SiteReference Render(BodyReading reading, IReadOnlyDictionary<int, string> convertedHtmlByLine, MarkdownFlavor flavor,
        string file, int htmlLine, int htmlColumn)
    {
        string text = reading.Text;
        var pipeline = MarkdownRendering.ReadingPipelineFor(flavor);
        MarkdownDocument document = reading.Document;
        if (flavor == MarkdownFlavor.Hugo)
        {
            // The site runs the shortcodes the output may hold; the expansion keeps every line where it was.
            string expanded = HugoShortcodeRendering.Expand(text);
            if (!ReferenceEquals(expanded, text) && expanded != text)
            {
                text = expanded;
                document = Markdown.Parse(text, pipeline);
            }
        }

        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        if (convertedHtmlByLine.Count > 0)
        {
            renderer.ObjectRenderers.Replace<HtmlBlockRenderer>(new ConvertedHtmlBlockRenderer(convertedHtmlByLine));
        }

        var lineStarts = LineStarts(text);
        var map = new List<Placed>();
        var rendered = writer.GetStringBuilder();
        int renderedLines = 0;
        int counted = 0;
        foreach (var block in document)
        {
            renderer.Writer.Flush();
            renderedLines += CountNewlines(rendered, counted);
            counted = rendered.Length;
            int last = LineOf(lineStarts, Math.Max(block.Span.End, block.Span.Start));
            map.Add(new Placed(renderedLines, block.Line, Math.Max(last, block.Line), block.Column));
            renderer.Render(block);
        }

        renderer.Writer.Flush();
        var body = HtmlBodyParser.Parse(rendered.ToString()).Body;
        return new SiteReference(body, element => Locate(element, map, file, htmlLine, htmlColumn), reading.Decisions);
    }

    private readonly record struct Placed(int RenderedLine, int SourceLine, int SourceLastLine, int Column);

    private static SourceSpan Locate(IElement? element, List<Placed> map, string file, int htmlLine, int htmlColumn)
    {
        if (element?.SourceReference is not { } reference || map.Count == 0)
        {
            return new SourceSpan(file, htmlLine, htmlColumn);
        }

        int renderedLine = reference.Position.Line - 1;
        int lo = 0;
        int hi = map.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (map[mid].RenderedLine <= renderedLine) lo = mid; else hi = mid - 1;
        }

        var placed = map[lo];
        int line = Math.Clamp(placed.SourceLine + renderedLine - placed.RenderedLine, placed.SourceLine, placed.SourceLastLine);
        int column = line == placed.SourceLine ? placed.Column + 1 : 1;
        return new SourceSpan(file, line + htmlLine, line == 0 ? column + htmlColumn - 1 : column);
    }

    private static SourceSpan PositionOf(IElement? element, string file, int htmlLine, int htmlColumn)
    {
        if (element?.SourceReference is { } reference)
        {
            var p = reference.Position;
            int column = p.Line == 1 ? p.Column + htmlColumn - 1 : p.Column;
            return new SourceSpan(file, p.Line + htmlLine - 1, column);
        }

        return new SourceSpan(file, htmlLine, htmlColumn);
    }

    private static int CountNewlines(StringBuilder sb, int from)
    {
        int n = 0;
        for (int i = from; i < sb.Length; i++)
        {
            if (sb[i] == '\n') n++;
        }

        return n;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') starts.Add(i + 1);
        }

        return starts;
    }

    private static int LineOf(List<int> starts, int offset)
    {
        int index = starts.BinarySearch(offset);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>Renders an HTML block the converter converted from its converted (and marked) DOM.</summary>
    private sealed class ConvertedHtmlBlockRenderer(IReadOnlyDictionary<int, string> convertedByLine) : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
        {
            if (convertedByLine.TryGetValue(obj.Line, out var html))
            {
                renderer.EnsureLine();
                renderer.Write(html);
                renderer.EnsureLine();
                return;
            }

            renderer.WriteLeafRawLines(obj, true, false);
        }
    }
}
