using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Rules;

namespace CdsMigrate.Tests.Verification;

/// <summary>A real rule whose output a test corrupts on purpose, to prove the verifier notices.</summary>
internal sealed class BreakingRule(IBlockRule inner, Func<MdBlock, MdBlock> breakBlock) : IBlockRule
{
    public string Name => inner.Name;

    public string Matches => inner.Matches;

    public string Produces => inner.Produces;

    public bool IsMatch(IElement element, ConversionContext context) => inner.IsMatch(element, context);

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context) => inner.Convert(element, context).Select(breakBlock).ToList();

    /// <summary>The default rules with the rule named <paramref name="name"/> broken.</summary>
    public static RuleSet Breaking(string name, Func<MdBlock, MdBlock> breakBlock) =>
        new(RuleSet.Default.Rules.Select(r => r.Name == name ? new BreakingRule(r, breakBlock) : r).ToList(), RuleSet.Default.Fallback);

    /// <summary>Rewrites every inline of a paragraph, recursively.</summary>
    public static Func<MdBlock, MdBlock> InParagraphs(Func<MdInline, IEnumerable<MdInline>> rewrite) => block =>
        block is MdParagraph p ? new MdParagraph(Rewrite(p.Inlines, rewrite)) : block;

    private static List<MdInline> Rewrite(IReadOnlyList<MdInline> inlines, Func<MdInline, IEnumerable<MdInline>> rewrite) =>
        inlines.SelectMany(i => rewrite(i switch
        {
            MdStrong s => new MdStrong(Rewrite(s.Children, rewrite)),
            MdEmphasis e => new MdEmphasis(Rewrite(e.Children, rewrite)),
            MdLink l => l with { Children = Rewrite(l.Children, rewrite) },
            _ => i,
        })).ToList();
}
