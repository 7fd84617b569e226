namespace CdsMigrate.Core.Rules;

/// <summary>A built-in rule that says what a block must have for it to match (see <see cref="MatchPrerequisite"/>).</summary>
internal interface IHasMatchPrerequisite
{
    /// <summary>Implied by the rule's <see cref="IBlockRule.IsMatch"/>: a block without it is not asked.</summary>
    MatchPrerequisite Prerequisite { get; }
}
