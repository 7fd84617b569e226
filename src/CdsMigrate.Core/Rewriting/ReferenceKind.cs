namespace CdsMigrate.Core.Rewriting;

/// <summary>Where a URL sits in a Markdown document, which decides how a new URL is written there.</summary>
internal enum ReferenceKind
{
    /// <summary>The destination of an inline link: <c>[text](URL)</c>.</summary>
    Link,

    /// <summary>The source of an inline image: <c>![alt](URL)</c>.</summary>
    Image,

    /// <summary>An autolink: <c>&lt;URL&gt;</c>, or a bare URL that GFM and Hugo (linkify) turn into a link.</summary>
    Autolink,

    /// <summary>A link reference definition: <c>[label]: URL</c> (used by links and images alike).</summary>
    ReferenceDefinition,

    /// <summary>A URL attribute of a raw HTML tag (<c>href</c>, <c>src</c>, <c>poster</c>, <c>data-src</c>).</summary>
    HtmlAttribute,

    /// <summary>One candidate of a raw HTML <c>srcset</c> (each candidate is its own reference).</summary>
    HtmlSrcset,

    /// <summary>A URL parameter of a Hugo shortcode (<c>{{&lt; figure src=… link=… &gt;}}</c>).</summary>
    ShortcodeParameter,

    /// <summary>An image field of the front matter (<c>image</c>, <c>thumb</c>, <c>featured_image</c>, <c>images</c> items…).</summary>
    FrontMatterField,
}
