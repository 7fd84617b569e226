using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Golden;

namespace CdsMigrate.Tests.Rules;

/// <summary>
/// Issue 11: <see cref="RuleSet.Find"/> asks a built-in rule only of the blocks that have its
/// <see cref="MatchPrerequisite"/>. That is the same lookup only if every rule's IsMatch implies its prerequisite:
/// checked on every element of every golden input (placeholders of block comments included), and
/// <see cref="RuleSet.Find"/> against asking each rule in turn.
/// </summary>
public sealed class MatchPrerequisiteTests
{
    [Fact]
    public void Every_match_of_a_built_in_rule_has_its_prerequisite()
    {
        int matches = 0;
        foreach (var (context, element) in GoldenElements())
        {
            var traits = MatchPrerequisite.TraitsOf(element);
            foreach (var rule in RuleSet.Default.Rules)
            {
                if (rule is IHasMatchPrerequisite hinted && rule.IsMatch(element, context))
                {
                    matches++;
                    Assert.True(hinted.Prerequisite.Admits(element.LocalName, traits),
                        $"{rule.Name} matches <{element.LocalName} class=\"{element.GetAttribute("class")}\"> without its prerequisite");
                }
            }
        }

        Assert.True(matches > 300, $"only {matches} matches seen: the golden inputs were not read");
    }

    [Fact]
    public void Find_gives_the_first_rule_that_matches_in_the_set_order()
    {
        foreach (var (context, element) in GoldenElements())
        {
            var expected = RuleSet.Default.Rules.FirstOrDefault(r => r.IsMatch(element, context));
            Assert.Same(expected, RuleSet.Default.Find(element, context));
        }
    }

    private static IEnumerable<(ConversionContext Context, IElement Element)> GoldenElements()
    {
        var options = ConversionOptions.Default;
        foreach (var golden in GoldenCase.All().Where(c => !c.IsExport))
        {
            var document = new SourceDocument { SourcePath = "prerequisite.html", OutputPath = "prerequisite.md", Html = golden.Text() };
            var (parsed, context, _) = DocumentPreparation.Prepare(document, options, options.Rules);
            foreach (var element in parsed.Body.Descendants<IElement>())
            {
                yield return (context, element);
            }
        }
    }
}
