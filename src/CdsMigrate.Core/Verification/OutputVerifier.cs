using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// Renders the produced Markdown back to HTML with Markdig and compares what a reader gets from it with
/// what the source HTML gave, aspect by aspect (<see cref="FingerprintAspect"/>). Each difference is an
/// error with its aspect's code (CDS9002–CDS9013, CDS9020) pointing at the source block. Independent (issue 11):
/// it sees the source as the site reads it, the output, and the converter's <see cref="DropLedger"/>, whose every
/// entry carries the diagnostic that told the user; nothing else of the conversion.
/// </summary>
internal static class OutputVerifier
{
    /// <summary>At most this many differences are reported per aspect: past that, one more says there are more.</summary>
    public const int MaxDifferencesPerAspect = 10;

    /// <summary>The code and the name in messages of each aspect.</summary>
    public static IReadOnlyDictionary<FingerprintAspect, (DiagnosticCode Code, string Noun)> Aspects { get; } =
        new Dictionary<FingerprintAspect, (DiagnosticCode, string)>
        {
            [FingerprintAspect.Word] = (DiagnosticCodes.VerifyWord, "word"),
            [FingerprintAspect.Nbsp] = (DiagnosticCodes.VerifyNbsp, "non-breaking space"),
            [FingerprintAspect.Heading] = (DiagnosticCodes.VerifyHeading, "heading"),
            [FingerprintAspect.ListItem] = (DiagnosticCodes.VerifyListNumber, "list item number"),
            [FingerprintAspect.Link] = (DiagnosticCodes.VerifyLink, "link"),
            [FingerprintAspect.Image] = (DiagnosticCodes.VerifyImage, "image"),
            [FingerprintAspect.Quote] = (DiagnosticCodes.VerifyQuote, "quote"),
            [FingerprintAspect.Details] = (DiagnosticCodes.VerifyDetails, "details"),
            [FingerprintAspect.TableCell] = (DiagnosticCodes.VerifyTableCell, "table cell"),
            [FingerprintAspect.Code] = (DiagnosticCodes.VerifyCode, "code block"),
            [FingerprintAspect.Footnote] = (DiagnosticCodes.VerifyFootnote, "footnote"),
            [FingerprintAspect.InPageLink] = (DiagnosticCodes.VerifyInPageLink, "in-page link"),
            [FingerprintAspect.Inline] = (DiagnosticCodes.VerifyInline, "inline formatting"),
        };

    /// <summary>Compares <paramref name="markdown"/> (the body, without front matter) with the source body, read as HTML.</summary>
    public static IReadOnlyList<Diagnostic> Verify(IElement sourceBody, string markdown, ConversionOptions options, string file, int htmlLine, int htmlColumn = 1) =>
        Verify(SiteReference.OfHtml(sourceBody, file, htmlLine, htmlColumn), markdown, new DropLedger(), options);

    /// <summary>
    /// Compares <paramref name="markdown"/> (the body, without front matter) with the source body as its site reads it,
    /// expecting what <paramref name="ledger"/> says the converter changed on purpose.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(SiteReference reference, string markdown, DropLedger ledger, ConversionOptions options) =>
        Verify(reference, markdown, ledger, options, out _);

    /// <summary>
    /// As <see cref="Verify(SiteReference, string, DropLedger, ConversionOptions)"/>; <paramref name="output"/> is the
    /// output as the verifier parsed it (null when it could not), for whoever would parse the same text again.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(SiteReference reference, string markdown, DropLedger ledger, ConversionOptions options, out ParsedOutput? output)
    {
        output = null;
        var diagnostics = new List<Diagnostic>();
        CheckDecisions(reference, diagnostics);
        var marks = LedgerMarks.From(CheckedEntries(ledger, diagnostics), reference.Place, entry =>
            diagnostics.Add(DiagnosticCodes.VerifyLedger.At(entry.At,
                $"the converter recorded a deliberate change ({entry.Kind}) to an element the verifier cannot find in the source as the site reads it", entry.Because.Block)));
        Fingerprint actual;
        try
        {
            actual = OutputFingerprint.Of(markdown, options, out var parsed);
            output = parsed;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            diagnostics.Add(DiagnosticCodes.VerificationMismatch.At(reference.Locate(null), $"the output could not be rendered back to HTML ({ex.GetType().Name}: {ex.Message})"));
            return diagnostics;
        }

        // Taken second, it borrows the output's item texts where they are equal (no copy of what agrees).
        var expected = Fingerprint.Of(reference.Body, marks, options.PlainHeadings, peer: actual);
        foreach (var (aspect, (code, noun)) in Aspects)
        {
            // The words are compared as one text; their items are made only to report a difference.
            if (aspect == FingerprintAspect.Word && expected.HasSameWords(actual))
            {
                continue;
            }

            Compare(code, noun, aspect, expected[aspect], actual[aspect], diagnostics, reference);
        }

        expected.Release();
        actual.Release();
        return diagnostics;
    }

    /// <summary>
    /// Ledger entries whose justification is no diagnostic a user would read as one (a verification code: the
    /// converter cannot excuse itself with the verifier's own findings) are not honoured, and said.
    /// </summary>
    private static IEnumerable<LedgerEntry> CheckedEntries(DropLedger ledger, List<Diagnostic> diagnostics)
    {
        foreach (var entry in ledger.Entries)
        {
            if (DiagnosticCodes.IsVerification(entry.Because.Code))
            {
                diagnostics.Add(DiagnosticCodes.VerifyLedger.At(entry.At, $"a deliberate change ({entry.Kind}) is justified by {entry.Because.Code}, a verification code: not honoured", entry.Because.Block));
                continue;
            }

            yield return entry;
        }
    }

    /// <summary>
    /// The reference reads a piece differently from the site only through a recorded decision: one that says what
    /// the site reads (an indented code block, which the site really has there) and carries its diagnostic.
    /// Anything else is a converter bug, reported rather than trusted (issue 9).
    /// </summary>
    private static void CheckDecisions(SiteReference reference, List<Diagnostic> diagnostics)
    {
        foreach (var decision in reference.Decisions)
        {
            bool holds = decision.Piece.Block is Markdig.Syntax.CodeBlock and not Markdig.Syntax.FencedCodeBlock
                && decision.Diagnostic.Code == DiagnosticCodes.IndentedHtmlReadAsHtml.Code;
            if (!holds)
            {
                diagnostics.Add(DiagnosticCodes.VerifyReadingDecision.At(new SourceSpan(decision.Diagnostic.File ?? "", decision.Diagnostic.Line, decision.Diagnostic.Column),
                    $"lines read as '{decision.SiteReading}' by the site were converted differently without a valid recorded decision"));
            }
        }
    }

    private static void Compare(DiagnosticCode code, string noun, FingerprintAspect aspect, IReadOnlyList<FingerprintItem> expected,
        IReadOnlyList<FingerprintItem> actual, List<Diagnostic> diagnostics, SiteReference reference)
    {
        // Nearly always both sides agree: check that first, without copying the texts into lists for the diff.
        if (SameTexts(expected, actual))
        {
            return;
        }

        var differences = SequenceDiff.Compare(expected.Select(x => x.Text).ToList(), actual.Select(x => x.Text).ToList(), MaxDifferencesPerAspect + 1);
        for (int n = 0; n < differences.Count; n++)
        {
            var d = differences[n];
            // An added item points at the source item it follows: that is where the output went wrong.
            var source = d.Missing > 0 ? expected[d.Expected].Where
                : d.Expected < expected.Count ? expected[d.Expected].Where
                : expected.Count > 0 ? expected[^1].Where : null;
            string message = n == MaxDifferencesPerAspect
                ? $"more {noun} differences follow; only the first {MaxDifferencesPerAspect} are reported"
                : Describe(noun, aspect, d, expected, actual);
            var block = BlockOf(source);
            diagnostics.Add(code.At(reference.Locate(block ?? source), message, block is null ? null : BlockNaming.NameOf(block)));
        }
    }

    private static bool SameTexts(IReadOnlyList<FingerprintItem> expected, IReadOnlyList<FingerprintItem> actual)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        for (int i = 0; i < expected.Count; i++)
        {
            if (!string.Equals(expected[i].Text, actual[i].Text, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static string Describe(string noun, FingerprintAspect aspect, SequenceDiff.Difference d, IReadOnlyList<FingerprintItem> expected, IReadOnlyList<FingerprintItem> actual)
    {
        string Show(IReadOnlyList<FingerprintItem> items, int from, int count)
        {
            var shown = items.Skip(from).Take(Math.Min(count, 5)).Select(x => Display(x.Text, aspect));
            return "'" + Clip(string.Join(aspect is FingerprintAspect.Word or FingerprintAspect.Nbsp ? " " : "', '", shown)) + "'" + (count > 5 ? $" and {count - 5} more" : "");
        }

        string counts = $" (source has {expected.Count}, output {actual.Count})";
        string near = aspect is FingerprintAspect.Word or FingerprintAspect.Nbsp ? Context(expected, d.Expected) : "";
        return (d.Missing, d.Extra) switch
        {
            ( > 0, 0) => $"{noun} {Show(expected, d.Expected, d.Missing)} is missing from the output{near}{counts}",
            (0, > 0) => $"the output has an extra {noun} {Show(actual, d.Actual, d.Extra)}{near}{counts}",
            _ => $"{noun} {Show(expected, d.Expected, d.Missing)} became {Show(actual, d.Actual, d.Extra)} in the output{near}{counts}",
        };
    }

    /// <summary>Non-breaking spaces are invisible in a message: show where they are.</summary>
    private static string Display(string text, FingerprintAspect aspect) =>
        aspect == FingerprintAspect.Nbsp ? text.Replace("\u00a0", "<nbsp>").Replace("\u202f", "<nnbsp>").Replace("\u2007", "<figsp>") : text.Replace("\n", "\\n");

    private static string Context(IReadOnlyList<FingerprintItem> items, int i)
    {
        if (items.Count < 2)
        {
            return "";
        }

        var around = items.Skip(Math.Max(0, i - 3)).Take(7).Select(x => Display(x.Text, FingerprintAspect.Nbsp));
        return $" near \"{Clip(string.Join(' ', around), 80)}\"";
    }

    /// <summary>The block that holds <paramref name="element"/>: where a person looks for the difference.</summary>
    private static IElement? BlockOf(IElement? element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "body" or "html")
            {
                return null;
            }

            if (HtmlElements.IsBlock(e.LocalName))
            {
                return e;
            }
        }

        return element;
    }

    private static string Clip(string text, int max = 60) => text.Length <= max ? text : text[..(max - 3)] + "...";
}
