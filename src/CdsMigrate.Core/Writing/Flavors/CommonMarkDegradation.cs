using System.Globalization;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// CommonMark has no strikethrough, tables, footnotes, alerts or heading ids: each is said with raw HTML or plain
/// Markdown that shows the same, and the loss reported where the source had it.
/// </summary>
internal sealed class CommonMarkDegradation : FlavorDegradation
{
    public static readonly CommonMarkDegradation Instance = new();

    private CommonMarkDegradation()
    {
    }

    protected override MdBlock? ReplaceBlock(MdBlock block, DegradationReport report)
    {
        switch (block)
        {
            case MdFootnotes footnotes:
                // The writer writes the notes as a numbered list whose items start with the anchors the references link to.
                foreach (var origin in footnotes.Origins)
                {
                    report.Report(origin, DiagnosticCodes.FootnotesAsList, "footnotes written as a numbered list with anchors: CommonMark has no footnotes");
                }

                return null;
            case MdAlert alert:
                ReportAlertAsQuote(alert, report, "CommonMark has no alerts");
                return null;
            default:
                return AnchorInHeadingText(block);
        }
    }

    protected override IReadOnlyList<MdInline>? ReplaceInline(MdInline inline, DegradationReport report)
    {
        switch (inline)
        {
            case MdStrike { FromWrapper: true } strike:
                // An inline element around blocks (InlineWrapper): CommonMark output has always left this strike out,
                // without a diagnostic (kept byte for byte by issue 11; a <del> like the others would be more faithful).
                return strike.Children;
            case MdStrike strike:
                if (strike.Origin is { } origin)
                {
                    report.Report(origin, DiagnosticCodes.StrikeAsHtml, $"<{origin.Block}> kept as <del>: CommonMark has no strikethrough");
                }

                return [new MdHtmlInline("del", "<del>", strike.Children)];
            case MdFootnoteReference reference:
                // The notes are a numbered list with anchors (see MdFootnotes): the reference links to its note.
                string number = reference.Number.ToString(CultureInfo.InvariantCulture);
                return [new MdHtmlInline("sup", "<sup>", [new MdLink("#" + FootnoteIds.Note(reference.Number), null, [new MdText(number)])])];
            default:
                return null;
        }
    }
}
