using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;
using CdsMigrate.Core.Verification;
using CdsMigrate.Core.Writing;
using CdsMigrate.Core.Writing.Flavors;

namespace CdsMigrate.Core;

/// <summary>
/// Converts one <see cref="SourceDocument"/> to Markdown. A content file's body is first read as its site reads
/// it (<see cref="BodyReader"/>, issue 9): Markdown is kept byte for byte, a body of HTML blocks converts whole
/// (parse the HTML, convert blocks with the rules, merge continued lists, write Markdown), and in a mixed body
/// only the HTML pieces are converted (<see cref="MixedBodyConverter"/>). Then front matter, and verification
/// against the site's reading. Thread-safe: one instance can convert many documents in parallel.
/// </summary>
internal sealed class DocumentConverter(ConversionOptions options, RuleSet? rules = null)
{
    private readonly RuleSet _rules = rules ?? options.Rules;
    private readonly MixedBodyConverter _mixed = new(options, rules ?? options.Rules, new MarkdownWriter(options.Flavor));

    public ConversionOptions Options { get; } = options;

    public ConversionResult Convert(SourceDocument document)
    {
        var diagnostics = new List<Diagnostic>(document.Diagnostics);
        try
        {
            var reading = document.BodySyntax == BodySyntax.Markdown ? BodyReader.Read(document, Options.Flavor) : null;
            if (reading is { Kind: not BodyKind.Html })
            {
                return ConvertMarkdown(document, reading, diagnostics);
            }

            var decisions = reading?.Decisions ?? [];
            diagnostics.AddRange(decisions.Select(d => d.Diagnostic));
            var (parsed, context, _) = DocumentPreparation.Prepare(document, Options, _rules);
            DocumentPreparation.ReportParseErrors(parsed.Errors, document, diagnostics);
            if (parsed.FirstTooDeep is { } deep)
            {
                diagnostics.Add(DiagnosticCodes.HtmlTooDeep.At(SourcePosition.InFile(document, deep.Line, deep.Column),
                    $"HTML nested deeper than {HtmlBodyParser.MaxDepth} levels: {parsed.TagsDroppedTooDeep} tag(s) beyond that depth dropped, their text kept"));
            }

            PasteResidue.Report(parsed.Body, document.Html, context);
            var blocks = FootnotePlacement.MoveToEnd(ListContinuation.Merge(context.ConvertChildren(parsed.Body)));
            if (context.Failed)
            {
                diagnostics.AddRange(context.Diagnostics);
                return new ConversionResult(document, null, diagnostics) { BlockCounts = context.BlockCounts };
            }

            // Per document: saved content gets no typographer escapes in hugo (ContentOrigin, issue 10). The writer
            // decides how the flavour says each construct, and reports what it degrades among the rules' diagnostics.
            var degradations = new DegradationReport();
            string body = new MarkdownWriter(Options.Flavor, document.Origin).Write(blocks, degradations);
            var converted = context.Diagnostics.ToList();
            degradations.MergeInto(converted);
            diagnostics.AddRange(converted);
            context.Ledger.Justify(degradations.Reported);
            string? frontMatter = FrontMatterText(document);
            string markdown;
            if (reading is not null && blocks.Count > 0 && blocks.All(b => b is MdHtmlBlock))
            {
                // A content file whose HTML converts to nothing but raw HTML: its own bytes say the same, and a
                // re-run over an output (whose raw HTML the browser may serialise differently) changes nothing.
                body = document.Html;
                markdown = frontMatter is null ? body : frontMatter + body;
            }
            else
            {
                body = ThematicBreakFirst(body, frontMatter);
                // One concatenation: "\n" + body first would copy the whole body twice (issue 11: 4% of a run's allocations).
                markdown = frontMatter is null ? body : body.Length > 0 ? string.Concat(frontMatter, "\n", body) : frontMatter;
            }
            StructureCounts? structure = null;
            if (Options.Verify)
            {
                var reference = SiteReference.OfHtml(parsed.Body, document.SourcePath, document.HtmlLine, document.HtmlColumn, decisions);
                diagnostics.AddRange(OutputVerifier.Verify(reference, body, context.Ledger, Options, out var output));
                structure = StructureFrom(output, document, markdown);
            }
            else
            {
                diagnostics.Add(DiagnosticCodes.VerificationSkipped.At(new SourceSpan(document.SourcePath, document.HtmlLine, document.HtmlColumn),
                    "not verified (--no-verify): the output was not compared with the source"));
            }

            return new ConversionResult(document, markdown, diagnostics) { BlockCounts = context.BlockCounts, OutputStructure = structure };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug must not take down the other documents: report it against this one.
            diagnostics.Add(DiagnosticCodes.InternalError.At(SourcePosition.InFile(document, 1, 1),
                $"internal error while converting ({ex.GetType().Name}: {ex.Message})"));
            return new ConversionResult(document, null, diagnostics);
        }
    }

    /// <summary>
    /// The structure of <paramref name="markdown"/> counted from the verifier's parse of its body, when translation
    /// pairing will want it (the document has a language and a key) and that parse reads as the counter's would; else
    /// null, and it is counted from the text if needed (issue 11: one Markdig parse of the output instead of two).
    /// </summary>
    private static StructureCounts? StructureFrom(ParsedOutput? output, SourceDocument document, string markdown) =>
        output is not null && TranslationIdentity.Of(document) is ({ }, { }) ? StructureCounter.CountParsed(markdown, output) : null;

    /// <summary>
    /// Without front matter, a body whose first line is "---" would be read back (by cdsmigrate and by Hugo) as
    /// front matter that is never closed: that thematic break is written "***" (gutenberg core__separator).
    /// </summary>
    private static string ThematicBreakFirst(string body, string? frontMatter) =>
        frontMatter is null && (body == "---\n" || body.StartsWith("---\n", StringComparison.Ordinal)) ? "***" + body[3..] : body;

    /// <summary>
    /// The output's front matter: a post file's own text with only its fixes applied (issue 9, point 5), or, for
    /// an exported item, the mapping written fresh; null when there is none.
    /// </summary>
    private static string? FrontMatterText(SourceDocument document) =>
        document.RawFrontMatter?.Fixed() ?? (document.FrontMatter is null ? null : FrontMatterWriter.Write(document.FrontMatter));

    /// <summary>
    /// A body that is Markdown, or Markdown with HTML inside: its Markdown is kept byte for byte (through the
    /// test hook, if set) and only its HTML pieces are converted; the result is verified against the source as the
    /// site renders it. A body with no HTML that comes out unchanged is "already Markdown".
    /// </summary>
    private ConversionResult ConvertMarkdown(SourceDocument document, BodyReading reading, List<Diagnostic> diagnostics)
    {
        MixedBody mixed = reading.Kind == BodyKind.Mixed
            ? _mixed.Convert(document, reading)
            : new MixedBody(Options.MarkdownPieceRewriter is { } rewrite ? rewrite(reading.Text) : reading.Text, [], new Dictionary<string, int>(), new Dictionary<int, AngleSharp.Dom.IElement>(), new DropLedger(), false);
        diagnostics.AddRange(mixed.Diagnostics);
        if (mixed.Failed)
        {
            return new ConversionResult(document, null, diagnostics) { BlockCounts = mixed.BlockCounts };
        }

        string body = mixed.Body;
        string markdown = FrontMatterText(document) + body;
        bool unchanged = string.Equals(body, reading.Text, StringComparison.Ordinal);
        StructureCounts? structure = null;
        if (!Options.Verify)
        {
            diagnostics.Add(DiagnosticCodes.VerificationSkipped.At(new SourceSpan(document.SourcePath, document.HtmlLine, document.HtmlColumn),
                "not verified (--no-verify): the output was not compared with the source"));
        }
        else if (!unchanged)
        {
            // Unchanged bytes render as the source does: only a changed body is rendered and compared.
            var reference = SiteReference.Render(reading, mixed.ConvertedByLine, Options.Flavor, document.SourcePath, document.HtmlLine, document.HtmlColumn);
            diagnostics.AddRange(OutputVerifier.Verify(reference, body, mixed.Ledger, Options, out var output));
            structure = StructureFrom(output, document, markdown);
        }

        return new ConversionResult(document, markdown, diagnostics)
        {
            BlockCounts = mixed.BlockCounts,
            OutputStructure = structure,
            AlreadyMarkdown = reading.Kind == BodyKind.Markdown && unchanged,
        };
    }
}
