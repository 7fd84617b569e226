using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>
/// An <c>li</c> outside any list (a core/list-item block on its own, or broken markup): a one-item
/// bullet list, so its content and its list semantics both stay.
/// </summary>
internal sealed class OrphanListItemRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/list-item";

    public string Matches => "li outside ul/ol";

    public string Produces => "a one-item bullet list";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("li");

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "li" && element.ParentElement?.LocalName is not ("ul" or "ol" or "menu");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) =>
        [new MdList(false, 1, [new MdListItem(context.ConvertChildren(element))])];
}
