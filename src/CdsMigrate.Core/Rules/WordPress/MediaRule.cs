using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/video and core/audio: Markdown has no player, so the block stays HTML (a figure with its caption
/// is an HTML block every renderer passes through, and Hugo with unsafe HTML shows it).
/// </summary>
internal sealed class MediaRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/video";

    public string Matches => "figure.wp-block-video, figure.wp-block-audio, video, audio";

    public string Produces => "raw HTML (the figure with its caption) and an info diagnostic";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.MediaKeptAsHtml];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("video", "audio", "figure");

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName is "video" or "audio"
        || (element.LocalName == "figure" && (BlockNaming.HasBlockClass(element, "video") || BlockNaming.HasBlockClass(element, "audio")));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var media = element.LocalName is "video" or "audio" ? element : element.QuerySelector("video, audio");
        string kind = media?.LocalName ?? "media";
        string src = media?.GetHtmlAttribute("src") ?? media?.QuerySelector("source[src]")?.GetHtmlAttribute("src") ?? "";
        string shown = src.Length == 0 ? "no source" : src.StartsWith("data:", StringComparison.Ordinal) ? "an inline data URL" : src;
        context.Report(DiagnosticCodes.MediaKeptAsHtml, element, $"{kind} kept as raw HTML ({shown}): Markdown has no player", BlockNaming.NameOf(element));
        return [RawHtml.Of(element)];
    }
}
