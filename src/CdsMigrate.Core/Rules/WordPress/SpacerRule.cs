using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>core/spacer: vertical space only, which Markdown leaves to the site's styles.</summary>
internal sealed class SpacerRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/spacer";

    public string Matches => "div.wp-block-spacer";

    public string Produces => "nothing (info diagnostic)";

    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.BlockClass;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.HasBlockClass(element, "spacer");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        if (element.TextContent.Trim().Length > 0 || element.QuerySelector("img") is not null)
        {
            return context.ConvertChildren(element);
        }

        context.Report(DiagnosticCodes.LayoutLost, element, "spacer dropped: Markdown has no vertical space", Name);
        return [];
    }
}
