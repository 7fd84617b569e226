namespace CdsMigrate.Core.Rules;

/// <summary>What a block has that some rules require (<see cref="MatchPrerequisite"/>); read once per block.</summary>
[Flags]
internal enum BlockTraits
{
    None = 0,

    /// <summary>The class attribute holds "wp-block-": a block class may be among its tokens.</summary>
    BlockClass = 1,

    /// <summary>The element is a block comment's placeholder.</summary>
    Placeholder = 2,
}
