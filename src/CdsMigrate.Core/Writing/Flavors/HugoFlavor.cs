using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// Hugo (goldmark) has strikethrough, tables, footnotes and heading ids (<c>{#id}</c>, written for every heading that
/// has one), and shortcodes (figures, videos; "{{" escaped where it is not one); alerts it shows as text without a
/// render hook, so they are plain quotes.
/// </summary>
internal sealed class HugoFlavor : FlavorStrategy
{
    public static readonly HugoFlavor Instance = new();

    private HugoFlavor()
    {
    }

    public override MarkdownFlavor Flavor => MarkdownFlavor.Hugo;

    public override bool WritesHeadingIds => true;

    public override bool ReadsShortcodes => true;

    public override bool WritesFigureShortcode => true;

    public override bool WritesVideoShortcodes => true;

    protected override MdBlock? ReplaceBlock(MdBlock block, DegradationReport report)
    {
        if (block is MdAlert alert)
        {
            // Hugo 0.111 shows "[!NOTE]" as text; newer Hugo needs a blockquote render hook for alerts.
            ReportAlertAsQuote(alert, report, "Hugo shows [!NOTE] as text unless the site has a blockquote render hook (Hugo 0.132+)");
        }

        return null;
    }
}
