using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>core/nextpage: <c>&lt;!--nextpage--&gt;</c> splits a post into pages; a Markdown page is one page.</summary>
internal sealed class NextPageRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/nextpage";

    public string Matches => "<!--nextpage--> (and <!-- wp:nextpage -->)";

    public string Produces => "nothing: the parts follow each other (warning)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.PageBreakDropped];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Placeholder;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.PlaceholderOf(element) == BlockCommentAnnotator.NextPage;

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        context.Report(DiagnosticCodes.PageBreakDropped, element, "page break <!--nextpage--> dropped: the pages follow each other", Name);
        return [];
    }
}
