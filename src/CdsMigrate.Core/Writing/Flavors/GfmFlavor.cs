using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>GFM has strikethrough, tables, footnotes and alerts; a heading's targeted id becomes an anchor in its text.</summary>
internal sealed class GfmFlavor : FlavorStrategy
{
    public static readonly GfmFlavor Instance = new();

    private GfmFlavor()
    {
    }

    public override MarkdownFlavor Flavor => MarkdownFlavor.Gfm;

    public override bool WritesAlertMarker => true;

    protected override MdBlock? ReplaceBlock(MdBlock block, DegradationReport report)
    {
        if (block is MdAlert { Origin: { } origin } alert)
        {
            // The source is a details box a reader can close; a GitHub alert always shows (issue 11: every reading
            // the verifier is told of carries the diagnostic that tells the user).
            string name = alert.Kind.ToString().ToUpperInvariant();
            report.Report(origin, DiagnosticCodes.LayoutLost, $"alert ({name}) written as a [!{name}] alert: the box no longer opens and closes");
            return null;
        }

        return AnchorInHeadingText(block);
    }
}
