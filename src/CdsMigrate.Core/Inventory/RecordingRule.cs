using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Rules;

namespace CdsMigrate.Core.Inventory;

/// <summary>Wraps a rule to note which elements it converted, so the inventory says what handles what.</summary>
internal sealed class RecordingRule(IBlockRule inner, string name, Dictionary<IElement, string> log) : IBlockRule
{
    public string Name => inner.Name;

    public string Matches => inner.Matches;

    public string Produces => inner.Produces;

    public bool IsMatch(IElement element, ConversionContext context) => inner.IsMatch(element, context);

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        log[element] = name;
        return inner.Convert(element, context);
    }
}
