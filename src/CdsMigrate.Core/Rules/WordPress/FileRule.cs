using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/file: the link to the file. Its "Download" button points at the same file, so it is not
/// repeated; a button to another address becomes a second link.
/// </summary>
internal sealed class FileRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/file";

    public string Matches => "div.wp-block-file";

    public string Produces => "a link to the file, one per line; the download button not duplicated";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "file");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var blocks = new List<MdBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in element.QuerySelectorAll("a[href]"))
        {
            string href = link.GetHtmlAttribute("href")!.Trim();
            if (!seen.Add(href))
            {
                // The download button repeats the link before it (the file block's duplicate button).
                context.Drop(link, context.Report(DiagnosticCodes.LayoutLost, link,
                    $"the file block's download button ('{Clip(link.TextContent)}') is not kept: the link before it goes to the same file", Name));
                continue;
            }

            var inlines = context.ConvertInlines([link]);
            if (InlineContent.HasContent(inlines))
            {
                blocks.Add(new MdParagraph(inlines));
            }
        }

        // Anything else (an embedded PDF viewer) has no Markdown form.
        foreach (var other in element.Children.Where(c => c.LocalName is "object" or "embed" or "iframe"))
        {
            blocks.AddRange(context.ConvertBlock(other));
        }

        return blocks;
    }

    private static string Clip(string text)
    {
        text = InlineConverter.CollapseWhitespace(text).Trim();
        return text.Length <= 40 ? text : text[..37] + "...";
    }
}
