namespace CdsMigrate.Core.Site;

/// <summary>One language of a Hugo site: its code, its base URL and its permalink patterns by section.</summary>
internal sealed record HugoLanguage(string Code, string? BaseUrl, IReadOnlyDictionary<string, string> Permalinks, string? ContentDir);
