namespace CdsMigrate.Core.Conversion;

/// <summary>What to do with a block that has no faithful Markdown form.</summary>
public enum UnknownBlockPolicy
{
    /// <summary>Keep it as raw HTML (the default: nothing is lost).</summary>
    Keep,

    /// <summary>Leave it out of the output.</summary>
    Drop,

    /// <summary>Fail the whole document.</summary>
    Fail,
}
