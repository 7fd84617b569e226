namespace CdsMigrate.Core.Sources;

/// <summary>How exports (WXR, REST JSON) are read: which items, which front matter, where they go.</summary>
internal sealed record SourceOptions
{
    /// <summary>Post types to convert; null means every type that is not internal.</summary>
    public IReadOnlySet<string>? Types { get; init; }

    /// <summary>The output path template; null means <see cref="OutputLayout.DefaultTemplate"/> (with the language when known).</summary>
    public string? Layout { get; init; }

    public FrontMatterPreset FrontMatter { get; init; } = FrontMatterPreset.Default;

    /// <summary>Copy public postmeta into a <c>meta</c> map of the front matter.</summary>
    public bool IncludeMeta { get; init; }

    /// <summary>Where the readers count the post types they meet; the runner sets one per run.</summary>
    public PostTypeCensus? Census { get; init; }

    /// <summary>
    /// True for the runner's planning read (issue 11): the site plan needs front matter and paths only, so readers
    /// leave the body empty instead of expanding galleries, footnotes and paragraphs that nobody reads; that garbage
    /// made the early peak of a large WXR's RSS.
    /// </summary>
    public bool PlanningOnly { get; init; }

    public static SourceOptions Default { get; } = new();

    /// <summary>True when items of <paramref name="type"/> are converted.</summary>
    public bool Wants(string type) => Types is null ? !InternalPostTypes.IsInternal(type) : Types.Contains(type);
}
