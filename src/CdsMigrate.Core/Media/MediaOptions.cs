namespace CdsMigrate.Core.Media;

/// <summary>How media are brought home (issue 12, point 1).</summary>
internal sealed record MediaOptions
{
    public static MediaOptions Keep { get; } = new();

    public MediaMode Mode { get; init; } = MediaMode.Keep;

    /// <summary>
    /// Where files go, keeping their path below the uploads folder (<c>2022/10/name.png</c>). Null: beside the page
    /// for page-bundle outputs (<c>…/index.md</c>), else <c>media</c> in the output folder.
    /// </summary>
    public string? Directory { get; init; }

    /// <summary>The URL prefix references get (<c>/media/</c>); null: a path relative to the document.</summary>
    public string? UrlPrefix { get; init; }

    /// <summary>Origins of the old site (beside those an export names); references elsewhere are left alone.</summary>
    public IReadOnlyList<string> SiteUrls { get; init; } = [];

    /// <summary>The local copy of the uploads folder, for <see cref="MediaMode.Copy"/>.</summary>
    public string? From { get; init; }

    /// <summary>Files larger than this are refused (a wrong URL can lead to a huge file). 200 MB by default.</summary>
    public long MaxBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>How many downloads run at once: a migration must not overload the old site.</summary>
    public int Concurrency { get; init; } = 4;

    /// <summary>The longest one attempt may take, headers and body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts after the first one, on a 5xx answer, a network error or a timeout.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>The wait before the first retry; it doubles at each retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);
}
