using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/media-text: media beside text. Markdown reads top to bottom, so the media comes first (even
/// when the editor put it on the right), then the text.
/// </summary>
internal sealed class MediaTextRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/media-text";

    public string Matches => "div.wp-block-media-text";

    public string Produces => "the image (or video as raw HTML), then the text (info: side-by-side layout lost)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.EmptyAlt, DiagnosticCodes.MediaKeptAsHtml];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "media-text");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var media = element.Children.FirstOrDefault(c => c.ClassList.Contains("wp-block-media-text__media"));
        var content = element.Children.FirstOrDefault(c => c.ClassList.Contains("wp-block-media-text__content"));
        var blocks = new List<MdBlock>();
        if (media is not null)
        {
            blocks.AddRange(context.ConvertFlow(media.ChildNodes));
            foreach (var img in media.QuerySelectorAll("img"))
            {
                ImageFigureRule.ReportEmptyAlt(img, context, Name);
            }
        }

        blocks.AddRange(content is not null
            ? context.ConvertChildren(content)
            : context.ConvertFlow(element.ChildNodes.Where(n => n != media)));
        context.Report(DiagnosticCodes.LayoutLost, element, "media and text side by side not kept: the media comes first, then the text", Name);
        return blocks;
    }
}
