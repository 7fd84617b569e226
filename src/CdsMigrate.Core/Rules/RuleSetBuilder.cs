using CdsMigrate.Core.Rules.Fallback;

namespace CdsMigrate.Core.Rules;

/// <summary>
/// Builds a changed copy of a <see cref="RuleSet"/> (issue 11, point 4: a library user adds a rule of their own).
/// Rules are identified by <see cref="IBlockRule.Name"/> (<c>core/quote</c>, <c>html/container</c>; <c>cdsmigrate
/// rules</c> lists them), since the built-in rule classes are not public. Order matters: the first rule that matches
/// a block converts it, so a rule for markup a built-in rule also matches goes first (<see cref="AddFirst"/>) or
/// before that rule (<see cref="AddBefore"/>). <c>html/container</c>, which unwraps any <c>div</c>, <c>section</c> or
/// <c>span</c> around blocks, is last among the built-in rules, so a rule added with <see cref="Add"/> never sees those.
/// </summary>
/// <example>
/// <code>
/// var rules = RuleSet.Default.ToBuilder().AddFirst(new MyWidgetRule()).Remove("core/spacer").Build();
/// var conversion = MarkdownConverter.Convert(html, new ConversionOptions { Rules = rules });
/// </code>
/// </example>
public sealed class RuleSetBuilder
{
    private readonly List<IBlockRule> _rules;
    private readonly FallbackRule _fallback;

    internal RuleSetBuilder(IEnumerable<IBlockRule> rules, FallbackRule fallback)
    {
        _rules = [.. rules];
        _fallback = fallback;
    }

    /// <summary>The rules so far, in order.</summary>
    public IReadOnlyList<IBlockRule> Rules => _rules;

    /// <summary>Adds <paramref name="rule"/> before every other rule: it sees every block first.</summary>
    /// <param name="rule">The rule to add.</param>
    public RuleSetBuilder AddFirst(IBlockRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Insert(0, rule);
        return this;
    }

    /// <summary>Adds <paramref name="rule"/> after every other rule, just before the fallback.</summary>
    /// <param name="rule">The rule to add.</param>
    public RuleSetBuilder Add(IBlockRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Add(rule);
        return this;
    }

    /// <summary>Adds <paramref name="rule"/> just before the first rule named <paramref name="name"/>.</summary>
    /// <param name="name">The name of a rule in the set.</param>
    /// <param name="rule">The rule to add.</param>
    /// <exception cref="ArgumentException">No rule has that name.</exception>
    public RuleSetBuilder AddBefore(string name, IBlockRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _rules.Insert(IndexOf(name), rule);
        return this;
    }

    /// <summary>Removes every rule named <paramref name="name"/>: the blocks it converted go to later rules or the fallback.</summary>
    /// <param name="name">The name of a rule in the set.</param>
    /// <exception cref="ArgumentException">No rule has that name (a misspelt name would otherwise change nothing).</exception>
    public RuleSetBuilder Remove(string name)
    {
        IndexOf(name);
        _rules.RemoveAll(r => r.Name == name);
        return this;
    }

    /// <summary>
    /// Replaces every rule named <paramref name="name"/> with what <paramref name="replace"/> makes of it: a
    /// different rule, or a wrapper that changes what the rule matches or returns.
    /// </summary>
    /// <param name="name">The name of a rule in the set.</param>
    /// <param name="replace">Given the rule, returns the rule to use in its place.</param>
    /// <exception cref="ArgumentException">No rule has that name.</exception>
    public RuleSetBuilder Replace(string name, Func<IBlockRule, IBlockRule> replace)
    {
        ArgumentNullException.ThrowIfNull(replace);
        IndexOf(name);
        for (int i = 0; i < _rules.Count; i++)
        {
            if (_rules[i].Name == name)
            {
                _rules[i] = replace(_rules[i]) ?? throw new InvalidOperationException($"the replacement for rule {name} is null");
            }
        }

        return this;
    }

    /// <summary>The rule set, with the fallback last. The builder can go on being used.</summary>
    public RuleSet Build() => new([.. _rules], _fallback);

    private int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int index = _rules.FindIndex(r => r.Name == name);
        return index >= 0 ? index : throw new ArgumentException($"no rule named '{name}' in the set (cdsmigrate rules lists them)", nameof(name));
    }
}
