using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/footnotes (<c>ol.wp-block-footnotes</c>) and any ordered list whose items are all targets of
/// <c>&lt;sup&gt;&lt;a href="#…"&gt;</c> references, to Markdown footnotes <c>[^1]: …</c> at the end of the
/// document. The "↩︎" links back to the text are navigation that renderers add again: they are dropped.
/// </summary>
internal sealed class FootnotesRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/footnotes";

    public string Matches => "ol.wp-block-footnotes; an ol whose li ids <sup><a href=\"#id\"> references target";

    public string Produces => "`[^1]: note` footnotes at the end, references `[^1]`; in commonmark a numbered list with anchors";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.FootnotesAsList];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("ol");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "ol" && context.Index.IsFootnoteList(element);

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var notes = new List<MdFootnote>();
        foreach (var li in element.Children.Where(c => c.LocalName == "li"))
        {
            foreach (var back in li.QuerySelectorAll("a[href^='#']").Where(context.Index.IsBackReference))
            {
                context.SkipBackReference(back);
            }

            context.Index.TryGetNote(li, out int number);
            notes.Add(new MdFootnote(number, context.ConvertChildren(li)));
        }

        // After the notes: where CommonMark's writer reports its numbered list (CDS1304).
        return [new MdFootnotes(notes.OrderBy(n => n.Number).ToList()) { Origins = [context.OriginOf(element, Name)] }];
    }
}
