using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = CdsMigrate.Core.Reporting.SourceSpan;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Reads a content file's body as its site does (issue 9): Markdig with the flavour's pipeline, which tells
/// Markdown from HTML blocks and inline HTML, with exact positions. The result says whether the body is
/// Markdown (kept), HTML (converted whole, as WordPress wrote it) or both (only the HTML pieces converted).
/// </summary>
internal static class BodyReader
{
    public static BodyReading Read(SourceDocument document, MarkdownFlavor flavor)
    {
        string text = document.Html;
        var markdown = Markdown.Parse(text, MarkdownRendering.ReadingPipelineFor(flavor));
        var html = new List<BodyPiece>();
        foreach (var block in markdown.Descendants<Block>())
        {
            if (block is HtmlBlock)
            {
                html.Add(PieceOf(BodyPieceKind.HtmlBlock, block));
            }
            else if (block is LeafBlock { Inline: { } inline } && inline.Descendants<HtmlInline>().Any())
            {
                html.Add(PieceOf(BodyPieceKind.MixedParagraph, block));
            }
        }

        if (html.Count == 0)
        {
            return new BodyReading(text, BodyKind.Markdown, text.Length == 0 ? [] : [new BodyPiece(BodyPieceKind.Markdown, 0, text.Length, 1, 1)], []) { Document = markdown, Rendering = MarkdownRendering.PipelineFor(flavor) };
        }

        html.Sort((a, b) => a.Start.CompareTo(b.Start));
        var pieces = WithMarkdownBetween(html, text);
        if (IsHtmlBody(markdown, text, out var indented))
        {
            var decisions = indented.Select(block => Decide(block, document)).ToList();
            return new BodyReading(text, BodyKind.Html, pieces, decisions) { Document = markdown, Rendering = MarkdownRendering.PipelineFor(flavor) };
        }

        return new BodyReading(text, BodyKind.Mixed, pieces, []) { Document = markdown, Rendering = MarkdownRendering.PipelineFor(flavor) };
    }

    /// <summary>
    /// A WordPress body, to the site: every top-level block is an HTML block, or a paragraph that opens with an
    /// inline tag (an <c>&lt;img&gt;</c> line WordPress left outside a <c>&lt;p&gt;</c>) and holds no Markdown syntax,
    /// or an indented HTML line after a blank line (<paramref name="indented"/>: the site shows it as code, the author
    /// meant HTML). Such a body reads the same whole, as a browser reads it: it converts as it always has.
    /// </summary>
    private static bool IsHtmlBody(MarkdownDocument markdown, string text, out List<CodeBlock> indented)
    {
        indented = [];
        bool sawHtml = false;
        foreach (var block in markdown)
        {
            switch (block)
            {
                case HtmlBlock:
                    sawHtml = true;
                    break;
                case CodeBlock code when code is not FencedCodeBlock && FirstCharacter(code) == '<':
                    indented.Add(code);
                    break;
                case ParagraphBlock { Inline.FirstChild: HtmlInline } paragraph when IsPlain(paragraph, text):
                    sawHtml = true;
                    break;
                default:
                    return false;
            }
        }

        return sawHtml;
    }

    /// <summary>Text, tags, entities and soft line breaks only: nothing Markdown would read differently from HTML.</summary>
    private static bool IsPlain(ParagraphBlock paragraph, string text)
    {
        foreach (var inline in paragraph.Inline!.Descendants<Inline>())
        {
            if (inline is not (LiteralInline or HtmlInline or HtmlEntityInline or LineBreakInline { IsHard: false }))
            {
                return false;
            }
        }

        for (int i = paragraph.Span.Start; i < paragraph.Span.End && i + 1 < text.Length; i++)
        {
            // A backslash escape: Markdown shows the character, HTML the backslash too.
            if (text[i] == '\\' && text[i + 1] is > ' ' and < '\u007f' && !char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static char FirstCharacter(CodeBlock code)
    {
        for (int i = 0; i < code.Lines.Count; i++)
        {
            string s = code.Lines.Lines[i].Slice.ToString().TrimStart();
            if (s.Length > 0)
            {
                return s[0];
            }
        }

        return '\0';
    }

    private static ReadingDecision Decide(CodeBlock block, SourceDocument document)
    {
        var piece = PieceOf(BodyPieceKind.HtmlBlock, block);
        // Point at the tag, past the indentation that made it code.
        int tag = block.Span.Start;
        while (tag < document.Html.Length && document.Html[tag] is ' ' or '\t')
        {
            tag++;
        }

        piece = piece with { Column = piece.Column + tag - block.Span.Start };
        int lastLine = block.Line + Math.Max(block.Lines.Count, 1);
        var where = SourcePosition.InFile(document, piece.Line, piece.Column);
        string lines = lastLine > block.Line + 1 ? $"lines {where.Line}–{where.Line + lastLine - block.Line - 1}" : $"line {where.Line}";
        var diagnostic = DiagnosticCodes.IndentedHtmlReadAsHtml.At(where,
            $"{lines}: indented HTML after a blank line is a code block to CommonMark, so the site shows these tags as text; converted as the HTML the author meant");
        return new ReadingDecision(piece, "indented code block", diagnostic);
    }

    private static BodyPiece PieceOf(BodyPieceKind kind, Block block) =>
        new(kind, block.Span.Start, block.Span.End + 1, block.Line + 1, block.Column + 1) { Block = block };

    /// <summary>The HTML pieces, with the Markdown between them as pieces of their own.</summary>
    private static List<BodyPiece> WithMarkdownBetween(List<BodyPiece> html, string text)
    {
        // At most a Markdown piece before each HTML piece and one after the last: sized once, not grown by doubling
        // (issue 11: the list's arrays were 0.5% of a run's bytes).
        var pieces = new List<BodyPiece>(2 * html.Count + 1);
        int at = 0;
        int line = 1;
        int lineStart = 0;
        int scanned = 0;
        BodyPiece MarkdownPiece(int start, int end)
        {
            // Vectorised count and search, not a test per character: the text between pieces is most of the post.
            if (scanned < start)
            {
                var between = text.AsSpan(scanned, start - scanned);
                int breaks = between.Count('\n');
                if (breaks > 0)
                {
                    line += breaks;
                    lineStart = scanned + between.LastIndexOf('\n') + 1;
                }

                scanned = start;
            }

            return new BodyPiece(BodyPieceKind.Markdown, start, end, line, start - lineStart + 1);
        }

        foreach (var piece in html)
        {
            if (piece.Start > at)
            {
                pieces.Add(MarkdownPiece(at, piece.Start));
            }

            pieces.Add(piece);
            at = Math.Max(at, piece.End);
        }

        if (at < text.Length)
        {
            pieces.Add(MarkdownPiece(at, text.Length));
        }

        return pieces;
    }
}
