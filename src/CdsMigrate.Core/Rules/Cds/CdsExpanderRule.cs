using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Rules.Html;

namespace CdsMigrate.Core.Rules.Cds;

/// <summary>cds-snc/expander: details whose summary is the text of its <c>&lt;h3&gt;</c>, content from the inner div.</summary>
internal sealed class CdsExpanderRule : IBlockRule
{
    private readonly DetailsRule _details = new();

    public string Name => "cds-snc/expander";

    public string Matches => "details.wp-block-cds-snc-expander";

    public string Produces => "<details> whose summary is the <h3> text, Markdown inside";

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "details" && BlockNaming.HasBlockClass(element, "cds-snc-expander");

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => _details.Convert(element, context);
}
