namespace CdsMigrate.Core.Batch;

/// <summary>What writing one output did (or, in a dry run, would do).</summary>
internal enum WriteAction
{
    /// <summary>The file did not exist and was created.</summary>
    Created,

    /// <summary>The file existed with other content and was replaced (--force).</summary>
    Replaced,

    /// <summary>The file already held exactly this content: not touched, timestamp kept.</summary>
    Unchanged,

    /// <summary>The file exists with other content and was left alone (no --force).</summary>
    KeptExisting,
}
