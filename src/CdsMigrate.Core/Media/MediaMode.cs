namespace CdsMigrate.Core.Media;

/// <summary>What a run does with the media (images, files, video, audio) the documents reference on the old site.</summary>
internal enum MediaMode
{
    /// <summary>References keep pointing at the old site (the default).</summary>
    Keep,

    /// <summary>Files are fetched over HTTP and references point at the local copies.</summary>
    Download,

    /// <summary>Files are copied from a local copy of the uploads folder and references point at the copies.</summary>
    Copy,
}
