namespace CdsMigrate.Core.Sources;

/// <summary>Which front matter an exported item gets.</summary>
internal enum FrontMatterPreset
{
    /// <summary>Everything useful for any static site: title, dates, slug, draft, taxonomies, aliases, a <c>wp</c> map.</summary>
    Default,

    /// <summary>Exactly the CDS site's blog schema (layout, title, description, author, date, image, image-alt, thumb, tags, translationKey).</summary>
    Cds,
}
