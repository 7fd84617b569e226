using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>hr (core/separator) to a thematic break.</summary>
internal sealed class ThematicBreakRule : IBlockRule
{
    public string Name => "core/separator";

    public string Matches => "hr (wp-block-separator)";

    public string Produces => "thematic break `---`";

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "hr";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => [new MdThematicBreak()];
}
