using System.Text;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Rules.WordPress;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Writing;
using CdsMigrate.Core.Writing.Flavors;
using Markdig.Syntax;

using SourceSpan = CdsMigrate.Core.Reporting.SourceSpan;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Converts the HTML pieces of a body that is Markdown with HTML inside (issue 9), and keeps every other byte:
/// an HTML block is converted with the rules like a small HTML document and its Markdown put in its place, with
/// the quote or list markers of its lines; inline HTML inside a paragraph becomes inline Markdown
/// (<see cref="InlineHtmlConverter"/>). An HTML block that encloses Markdown (its element closed by a later
/// block), holds only comments, or converts to nothing but raw HTML keeps its bytes: so converting an output of
/// cdsmigrate (details, HTML tables with Markdown cells, raw fallbacks) again changes nothing.
/// </summary>
internal sealed class MixedBodyConverter(ConversionOptions options, RuleSet rules, MarkdownWriter writer)
{
    private readonly InlineHtmlConverter _inline = new(options, rules, writer);

    public MixedBody Convert(SourceDocument document, BodyReading reading)
    {
        string text = reading.Text;
        var diagnostics = new List<Diagnostic>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var converted = new Dictionary<int, AngleSharp.Dom.IElement>();
        var ledger = new DropLedger();
        var edits = new List<BodyEdit>();
        bool failed = false;

        var htmlPieces = reading.Pieces.Where(p => p.Kind == BodyPieceKind.HtmlBlock).ToList();
        var htmlTexts = htmlPieces.Select(p => BlockText((LeafBlock)p.Block!)).ToList();
        var partners = HtmlTagBalance.Partners(htmlTexts);
        int h = 0;
        bool inCustomHtml = false;
        foreach (var piece in reading.Pieces)
        {
            // Between <!-- wp:html --> and <!-- /wp:html --> the author (or our own earlier run) chose HTML: kept as written.
            if (inCustomHtml)
            {
                if (piece.Kind == BodyPieceKind.HtmlBlock)
                {
                    h++;
                    inCustomHtml = !BlockText((LeafBlock)piece.Block!).Contains(HtmlBlockRule.ClosingComment, StringComparison.Ordinal);
                }

                continue;
            }

            if (piece.Kind == BodyPieceKind.HtmlBlock && BlockText((LeafBlock)piece.Block!) is var opening
                && opening.TrimStart().StartsWith(HtmlBlockRule.OpeningComment, StringComparison.Ordinal))
            {
                h++;
                inCustomHtml = !opening.Contains(HtmlBlockRule.ClosingComment, StringComparison.Ordinal);
                continue;
            }

            if (piece.Kind == BodyPieceKind.MixedParagraph)
            {
                _inline.Convert((LeafBlock)piece.Block!, text, document, reading.Rendering, edits, diagnostics);
                continue;
            }

            if (piece.Kind != BodyPieceKind.HtmlBlock)
            {
                continue;
            }

            int index = h++;
            var block = (LeafBlock)piece.Block!;
            if (partners[index] >= 0)
            {
                if (partners[index] > index)
                {
                    int closing = SourcePosition.InFile(document, htmlPieces[partners[index]].Line, 1).Line;
                    diagnostics.Add(DiagnosticCodes.HtmlAroundMarkdownKept.At(SpanOf(block, document),
                        $"this HTML block opens an element the HTML block on line {closing} closes, with Markdown between them: its tags are kept as written, the Markdown inside is read as Markdown",
                        "html"));
                }

                continue;
            }

            if (HtmlTagBalance.OnlyComments(htmlTexts[index]))
            {
                continue;
            }

            failed |= ConvertHtmlBlock(block, htmlTexts[index], text, document, edits, diagnostics, counts, converted, ledger);
        }

        return new MixedBody(Apply(text, edits, options.MarkdownPieceRewriter), diagnostics, counts, converted, ledger, failed);
    }

    /// <summary>Converts one HTML block as a small HTML document; returns true when a rule failed the document.</summary>
    private bool ConvertHtmlBlock(LeafBlock block, string html, string text, SourceDocument document, List<BodyEdit> edits,
        List<Diagnostic> diagnostics, Dictionary<string, int> counts, Dictionary<int, AngleSharp.Dom.IElement> converted, DropLedger ledger)
    {
        var at = SpanOf(block, document);
        var piece = document with { Html = html, HtmlLine = at.Line, HtmlColumn = at.Column, Diagnostics = [] };
        var (parsed, context, _) = DocumentPreparation.Prepare(piece, options, rules, ledger);
        DocumentPreparation.ReportParseErrors(parsed.Errors, piece, diagnostics);
        var blocks = FootnotePlacement.MoveToEnd(ListContinuation.Merge(context.ConvertChildren(parsed.Body)));
        var blockDiagnostics = context.Diagnostics.ToList();
        foreach (var (name, count) in context.BlockCounts)
        {
            counts[name] = counts.GetValueOrDefault(name) + count;
        }

        if (context.Failed || (blocks.Count > 0 && blocks.All(b => b is MdHtmlBlock)))
        {
            // A raw-HTML fallback: the block's own bytes say the same, and a re-run finds them unchanged.
            diagnostics.AddRange(blockDiagnostics);
            return context.Failed;
        }

        converted[block.Line] = parsed.Body;
        var degradations = new DegradationReport();
        string markdown = writer.Write(blocks, degradations);
        degradations.MergeInto(blockDiagnostics);
        diagnostics.AddRange(blockDiagnostics);
        ledger.Justify(degradations.Reported);
        edits.Add(LineEdit(text, block, markdown));
        return false;
    }

    /// <summary>
    /// Replaces the lines of <paramref name="block"/> with <paramref name="markdown"/>, each line after the first
    /// prefixed as the block's container needs (a quote's "&gt; ", a list item's indentation), with blank lines
    /// around it where its neighbours touch it (a converted paragraph must not join the text above).
    /// </summary>
    private static BodyEdit LineEdit(string text, LeafBlock block, string markdown)
    {
        int start = block.Span.Start;
        int lineStart = SourcePosition.LineStart(text, start);
        int lineEnd = text.IndexOf('\n', Math.Max(block.Span.End, start));
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        string firstPrefix = text[lineStart..start];
        string prefix = Continuation(firstPrefix);
        bool opensItem = firstPrefix.Any(c => c is not (' ' or '\t' or '>'));
        var lines = markdown.TrimEnd('\n').Split('\n');
        if (markdown.Length == 0)
        {
            return opensItem ? new BodyEdit(lineStart, lineEnd, firstPrefix.TrimEnd()) : new BodyEdit(lineStart, Math.Min(lineEnd + 1, text.Length), "");
        }

        var sb = new StringBuilder();
        if (lineStart > 0 && !opensItem && !IsBlank(PreviousLine(text, lineStart)))
        {
            sb.Append(prefix.TrimEnd()).Append('\n');
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(i == 0 ? firstPrefix + lines[i] : lines[i].Length == 0 ? prefix.TrimEnd() : prefix + lines[i]);
        }

        if (lineEnd < text.Length && !IsBlank(NextLine(text, lineEnd)))
        {
            sb.Append('\n').Append(prefix.TrimEnd());
        }

        return new BodyEdit(lineStart, lineEnd, sb.ToString());
    }

    /// <summary>The prefix of a block's later lines: quote markers stay, list markers become their width in spaces.</summary>
    private static string Continuation(string firstPrefix) =>
        string.Concat(firstPrefix.Select(c => c is '>' or '\t' ? c : ' '));

    private static bool IsBlank(string line) => line.All(c => c is ' ' or '\t' or '>');

    private static string PreviousLine(string text, int lineStart)
    {
        int end = lineStart - 1;
        int begin = SourcePosition.LineStart(text, end);
        return text[begin..end];
    }

    private static string NextLine(string text, int lineEnd)
    {
        int end = text.IndexOf('\n', lineEnd + 1);
        return text[(lineEnd + 1)..(end < 0 ? text.Length : end)];
    }

    /// <summary>An HTML block's text without the markers of the containers it is in.</summary>
    private static string BlockText(LeafBlock block)
    {
        var sb = new StringBuilder();
        var lines = block.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('\n');
            }

            sb.Append(lines.Lines[i].Slice.AsSpan());
        }

        return sb.ToString();
    }

    // Markdig's lines and columns are 0-based.
    private static SourceSpan SpanOf(Block block, SourceDocument document) => SourcePosition.InFile(document, block.Line + 1, block.Column + 1);

    /// <summary>The body with the edits made; the text between them (the Markdown) through the test hook, if any.</summary>
    private static string Apply(string text, List<BodyEdit> edits, Func<string, string>? rewrite)
    {
        edits.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder(text.Length);
        int at = 0;
        foreach (var edit in edits)
        {
            if (edit.Start < at)
            {
                continue;
            }

            string between = text[at..edit.Start];
            sb.Append(rewrite is null ? between : rewrite(between)).Append(edit.Text);
            at = edit.End;
        }

        string rest = text[at..];
        return sb.Append(rewrite is null ? rest : rewrite(rest)).ToString();
    }
}
