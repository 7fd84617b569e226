using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// Blocks with no saved content (latest-posts, query, comments, a reusable block reference, cds/contact,
/// cds/request, cds/site-counter…): WordPress builds them on each page view, so the export holds nothing
/// to convert. A warning names the block; nothing else is written.
/// </summary>
internal sealed class DynamicBlockRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "dynamic blocks";

    public string Matches => "a void block comment <!-- wp:name /--> or a block comment pair with nothing inside (core/latest-posts, core/query, cds/contact…)";

    public string Produces => "nothing; a warning naming the block";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.DynamicBlock];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Placeholder;

    public bool IsMatch(IElement element, ConversionContext context) => BlockNaming.PlaceholderOf(element) == BlockCommentAnnotator.Dynamic;

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string block = BlockNaming.NameOf(element);
        string? reference = BlockCommentParser.NumberAttribute(BlockNaming.AttributesOf(element), "ref");
        string why = block == "core/block" && reference is not null
            ? $"reusable block {reference} lives elsewhere in the site: its content is not in this post"
            : element.HasChildNodes
                ? "its saved markup is a template WordPress fills on each page view"
                : "it has no saved content (WordPress builds it on each page view)";
        // A query loop or comments area saves a template (labels, "no results" text): not content.
        context.Drop(element, context.Report(DiagnosticCodes.DynamicBlock, element, $"dynamic block {block} not converted: {why}", block));
        return [];
    }
}
