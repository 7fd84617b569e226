using System.Text;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// What each rule does, for people: <c>cdsmigrate rules</c> prints it and <c>docs/rules.md</c> is generated
/// from it (a test keeps the two equal), so the documentation cannot drift from the code.
/// </summary>
internal static class RuleCatalog
{
    public sealed record Entry(string Name, string Matches, string Produces, IReadOnlyList<DiagnosticCode> Diagnostics);

    /// <summary>Inline content is converted by one converter rather than by block rules; it is listed too.</summary>
    private static readonly Entry Inline = new(
        "inline",
        "text and inline elements inside blocks",
        "`*em*`, `**strong**`, `` `code` ``, links (titles, mailto:, tel:), images (also inside links), `\\` hard breaks (a trailing <br> dropped); sup, sub, mark, kbd, abbr, small, u, cite kept as HTML; s/del as `~~` (raw <del> in commonmark); span/font unwrapped; links inside code as links whose text is code; a block inside inline content on a line of its own; scripts in text dropped; anchors kept only where an in-page link targets them; footnote references `[^1]`; registered shortcodes kept verbatim (others, and any inside code or a [code] shortcode, are text)",
        [DiagnosticCodes.InlineUnwrapped, DiagnosticCodes.EmptyLinkDropped, DiagnosticCodes.NestingTooDeep, DiagnosticCodes.StrikeAsHtml, DiagnosticCodes.StylingLost, DiagnosticCodes.NestingRepaired, DiagnosticCodes.PasteResidueDropped, DiagnosticCodes.ScriptDropped, DiagnosticCodes.ShortcodeKept]);

    /// <summary>The rules of <paramref name="rules"/> in the order they are tried, then the fallback, then inline content.</summary>
    public static IReadOnlyList<Entry> Entries(RuleSet rules) =>
        [.. rules.Rules.Select(Describe), Describe(rules.Fallback), Inline];

    private static Entry Describe(IBlockRule rule) => new(rule.Name, rule.Matches, rule.Produces, rule.Diagnostics);

    /// <summary>Plain text for the terminal.</summary>
    public static string Text(RuleSet rules)
    {
        var sb = new StringBuilder();
        foreach (var e in Entries(rules))
        {
            sb.Append(e.Name).Append('\n');
            sb.Append("  matches:     ").Append(e.Matches).Append('\n');
            sb.Append("  converts to: ").Append(e.Produces).Append('\n');
            foreach (var d in e.Diagnostics)
            {
                sb.Append("  may report:  ").Append(d.Code).Append(' ').Append(d.Severity.ToString().ToLowerInvariant()).Append(": ").Append(d.Title).Append('\n');
            }

            sb.Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>A Markdown table (docs/rules.md, the README's block table).</summary>
    public static string Markdown(RuleSet rules)
    {
        var sb = new StringBuilder();
        sb.Append("| Rule | Matches | Converts to | Diagnostics |\n| --- | --- | --- | --- |\n");
        foreach (var e in Entries(rules))
        {
            string codes = e.Diagnostics.Count == 0 ? "none" : string.Join(", ", e.Diagnostics.Select(d => d.Code));
            sb.Append("| `").Append(e.Name).Append("` | ").Append(Cell(e.Matches)).Append(" | ").Append(Cell(e.Produces)).Append(" | ").Append(codes).Append(" |\n");
        }

        return sb.ToString();
    }

    /// <summary>Table cells: pipes escaped, and tags shown as text rather than read as HTML.</summary>
    private static string Cell(string text)
    {
        var sb = new StringBuilder();
        bool inCode = false;
        foreach (char c in text)
        {
            if (c == '`') inCode = !inCode;
            sb.Append(c switch
            {
                '|' => "\\|",
                '<' when !inCode => "&lt;",
                '>' when !inCode => "&gt;",
                '&' when !inCode => "&amp;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }
}
