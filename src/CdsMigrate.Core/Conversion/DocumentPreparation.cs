using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Conversion;

/// <summary>The steps before the rules run, shared by the converter, the mixed-body converter and the inventory.</summary>
internal static class DocumentPreparation
{
    /// <summary>
    /// Everything <see cref="DocumentConverter.Convert"/> does before the rules run: parse, expand the shortcodes WordPress
    /// would, index the document, annotate the block comments (their problems reported in the context).
    /// The inventory calls this too, so it attributes each element to the rule that really converts it.
    /// </summary>
    internal static PreparedDocument Prepare(SourceDocument document, ConversionOptions options, RuleSet rules, DropLedger? ledger = null)
    {
        var parsed = HtmlBodyParser.Parse(document.Html);
        var expanded = ShortcodeExpander.Expand(parsed.Body);
        var index = DocumentIndex.Build(parsed.Body, ShortcodeNames.Default.With(options.KnownShortcodes));
        var context = new ConversionContext(options, rules, document.SourcePath, document.HtmlLine, document.HtmlColumn, index, ledger)
        {
            SourceText = document.Html,
            BodyMap = document.BodyMap,
        };
        foreach (var issue in BlockCommentAnnotator.Annotate(parsed.Body, document.Html, index.HasComments))
        {
            if (issue.Line > 0)
            {
                context.ReportAt(issue.Code, issue.Line, issue.Column, issue.Message, issue.Block);
            }
            else
            {
                context.Report(issue.Code, issue.Near, issue.Message, issue.Block);
            }
        }

        return new PreparedDocument(parsed, context, expanded);
    }

    internal static void ReportParseErrors(IReadOnlyList<HtmlBodyParser.ParseError> errors, SourceDocument document, List<Diagnostic> diagnostics)
    {
        if (errors.Count == 0)
        {
            return;
        }

        var first = errors[0];
        string more = errors.Count > 1 ? $" (and {errors.Count - 1} more)" : "";
        // On the body's first line the column is shifted too (a WXR item's CDATA starts mid-line): this copy of the
        // arithmetic forgot that, the HtmlTooDeep one above did not (issue 11, point 5).
        diagnostics.Add(DiagnosticCodes.MalformedHtml.At(SourcePosition.InFile(document, first.Line, first.Column),
            $"malformed HTML repaired as a browser would: {first.Message}{more}"));
    }
}
