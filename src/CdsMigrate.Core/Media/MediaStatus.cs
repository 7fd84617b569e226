namespace CdsMigrate.Core.Media;

/// <summary>What happened to one media file.</summary>
internal enum MediaStatus
{
    /// <summary>Fetched over HTTP in this run.</summary>
    Downloaded,

    /// <summary>Copied from <c>--media-from</c> in this run.</summary>
    Copied,

    /// <summary>Already there with the manifest's size and SHA-256: not fetched again.</summary>
    Present,

    /// <summary>Not brought home: references keep their URL.</summary>
    Failed,
}
