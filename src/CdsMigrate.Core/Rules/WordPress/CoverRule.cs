using System.Text.RegularExpressions;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/cover (and the old core/cover-image): text over a background. Markdown cannot layer, so the
/// background image comes first as an image, then the text. A background video stays HTML.
/// </summary>
internal sealed partial class CoverRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/cover";

    public string Matches => "div.wp-block-cover, .wp-block-cover-image";

    public string Produces => "the background image as an image (a video as raw HTML), then the text (info: overlay lost)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost, DiagnosticCodes.MediaKeptAsHtml];

    [GeneratedRegex(@"background-image\s*:\s*url\(\s*['""]?(?<url>[^'"")]+)['""]?\s*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BackgroundUrl();

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) =>
        BlockNaming.HasBlockClass(element, "cover") || BlockNaming.HasBlockClass(element, "cover-image");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var blocks = new List<MdBlock>();
        (IElement Holder, string Url, string Alt)? implied = null;
        var background = element.Children.FirstOrDefault(IsBackground);
        if (background is { LocalName: "img" } img)
        {
            blocks.AddRange(context.ConvertFlow([img]));
        }
        else if (background is { LocalName: "video" } video)
        {
            blocks.AddRange(context.ConvertBlock(video));
        }
        else if (BackgroundUrl().Match((background ?? element).GetHtmlAttribute("style") ?? "") is { Success: true } match)
        {
            // Only in a style attribute (old covers, fixed backgrounds): the image becomes explicit, so
            // tell the verifier to expect it. A fixed background is a div with role="img" and its alt as aria-label.
            var holder = background ?? element;
            string url = match.Groups["url"].Value.Trim();
            string alt = InlineConverter.CollapseWhitespace(holder.GetHtmlAttribute("aria-label") ?? "").Trim();
            blocks.Add(new MdParagraph([new MdImage(url, alt)]));
            implied = (holder, url, alt);
        }

        var inner = element.Children.FirstOrDefault(c => c.ClassList.Any(k => k.EndsWith("__inner-container", StringComparison.Ordinal)));
        var content = inner is not null
            ? inner.ChildNodes
            : element.ChildNodes.Where(n => !(n is IElement e && (e == background || IsDecoration(e))));
        blocks.AddRange(context.ConvertFlow(content));

        var layoutLost = context.Report(DiagnosticCodes.LayoutLost, element,
            "cover layout not kept: the background " + (background is null && blocks.FirstOrDefault() is not MdParagraph { Inlines: [MdImage] } ? "colour is lost" : "comes first, then the text"),
            BlockNaming.NameOf(element));
        if (implied is var (holderElement, impliedUrl, impliedAlt))
        {
            context.ImplyImage(holderElement, impliedUrl, impliedAlt, layoutLost);
        }
        return blocks;
    }

    private static bool IsBackground(IElement e) =>
        e.LocalName is "img" or "video" or "div" && e.ClassList.Any(c => c.EndsWith("__image-background", StringComparison.Ordinal) || c.EndsWith("__video-background", StringComparison.Ordinal));

    /// <summary>The overlay span carries colour only.</summary>
    private static bool IsDecoration(IElement e) =>
        e.LocalName == "span" && e.ClassList.Any(c => c.StartsWith("wp-block-cover__", StringComparison.Ordinal) || c.StartsWith("has-background", StringComparison.Ordinal));
}
