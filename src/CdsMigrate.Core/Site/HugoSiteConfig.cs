namespace CdsMigrate.Core.Site;

/// <summary>
/// What the converter needs to know of the Hugo site the output goes into (<c>--site DIR</c>): its languages
/// (base URL, permalinks, content folder) to compute the old URLs of post files, and the Markdown settings the
/// output relies on (issue 12, point 6).
/// </summary>
internal sealed record HugoSiteConfig
{
    /// <summary>The config file read, as shown in diagnostics.</summary>
    public required string File { get; init; }

    /// <summary>The site root.</summary>
    public required string Root { get; init; }

    /// <summary>The languages; a site without a languages section has one, named by <c>defaultContentLanguage</c> (en).</summary>
    public IReadOnlyList<HugoLanguage> Languages { get; init; } = [];

    public string DefaultLanguage { get; init; } = "en";

    /// <summary><c>markup.goldmark.renderer.unsafe</c>: raw HTML rendered (false by default in Hugo).</summary>
    public bool GoldmarkUnsafe { get; init; }

    /// <summary><c>markup.goldmark.extensions.typographer</c> (true by default).</summary>
    public bool Typographer { get; init; } = true;

    /// <summary><c>markup.goldmark.parser.autoHeadingID</c> (true by default).</summary>
    public bool AutoHeadingId { get; init; } = true;

    /// <summary><c>markup.goldmark.parser.attribute.title</c>: <c>{#id}</c> after a heading (true by default).</summary>
    public bool HeadingAttributes { get; init; } = true;

    /// <summary><c>disablePathToLower</c>: URLs keep their case.</summary>
    public bool DisablePathToLower { get; init; }

    public HugoLanguage? Language(string? code) =>
        Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase))
        ?? (code is null ? Languages.FirstOrDefault(l => string.Equals(l.Code, DefaultLanguage, StringComparison.OrdinalIgnoreCase)) : null);

    /// <summary>True when <paramref name="code"/> is one of the site's languages.</summary>
    public bool HasLanguage(string code) => Languages.Any(l => string.Equals(l.Code, code, StringComparison.OrdinalIgnoreCase));
}
