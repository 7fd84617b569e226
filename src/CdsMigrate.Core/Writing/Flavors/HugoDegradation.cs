using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// Hugo (goldmark) has strikethrough, tables, footnotes and heading ids (<c>{#id}</c>, written by the writer for
/// every heading that has one); alerts it shows as text without a render hook.
/// </summary>
internal sealed class HugoDegradation : FlavorDegradation
{
    public static readonly HugoDegradation Instance = new();

    private HugoDegradation()
    {
    }

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
