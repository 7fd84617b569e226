namespace CdsMigrate.Core.Parsing;

/// <summary>
/// The shortcode names a WordPress site expands. WordPress only replaces a bracketed tag whose name some code
/// registered (<c>add_shortcode</c>); any other "[name …]" is shown as written, so it is text here too (issue 10:
/// <c>a[i]</c>, <c>[i-1]</c> and a plugin's tag the site no longer runs are prose). The defaults are WordPress core,
/// Jetpack/WordPress.com and widespread plugins; a site's own are added with <see cref="With"/>
/// (<see cref="Conversion.ConversionOptions.KnownShortcodes"/>, <c>--shortcode</c>).
/// </summary>
internal sealed class ShortcodeNames
{
    private static readonly string[] Core = ["audio", "caption", "wp_caption", "embed", "gallery", "playlist", "video"];

    private static readonly string[] JetpackAndWordPressCom =
    [
        "archives", "bandcamp", "contact-form", "contact-field", "crowdsignal", "polldaddy", "dailymotion", "facebook",
        "flickr", "gist", "googleapps", "googlemaps", "gravatar", "instagram", "recipe", "scribd", "slideshare",
        "slideshow", "soundcloud", "spotify", "ted", "twitch", "twitter", "tweet", "vimeo", "youtube", "wufoo",
        "portfolio", "testimonials", "sitemap", "upcomingevents", "kickstarter", "mixcloud", "brightcove", "wpvideo",
        "videopress", "latex", "googledocs", "pinterest", "getty", "hulu", "vine", "blip.tv",
    ];

    private static readonly string[] Plugins =
    [
        "contact-form-7", "wpforms", "gravityform", "gravityforms", "ninja_form", "ninja_forms", "caldera_form", "mc4wp_form",
        "table", "rev_slider", "layerslider", "metaslider", "smartslider3", "footnote", "efn_note",
        "product_page", "add_to_cart", "woocommerce_cart", "woocommerce_checkout", "woocommerce_my_account",
        "pdf-embedder", "embeddoc", "wpdm_package",
    ];

    /// <summary>
    /// Code shortcodes (SyntaxHighlighter Evolved, WordPress.com's sourcecode, CodeColorer, Crayon): what they enclose
    /// is code shown as written, so no shortcode is read inside them. One-letter and prose-like aliases of
    /// SyntaxHighlighter (c, r, text, plain, go…) are left out: "[c]" in prose is more often a note than code.
    /// </summary>
    private static readonly string[] Code =
    [
        "code", "sourcecode", "source", "crayon", "cc", "ccb", "codecolorer", "as3", "actionscript3", "bash", "shell",
        "coldfusion", "clojure", "cpp", "c-sharp", "csharp", "css", "delphi", "pascal", "diff", "patch", "erlang", "fsharp",
        "golang", "groovy", "haskell", "java", "javafx", "javascript", "js", "jscript", "matlab", "objc", "perl", "php",
        "powershell", "python", "py", "ruby", "rails", "scala", "sql", "swift", "vb", "vbnet", "xml", "xhtml", "xslt", "html",
        "yaml", "json", "typescript",
    ];

    /// <summary>Page builders register hundreds of tags under one prefix (Divi, WPBakery, Avada, Shortcodes Ultimate).</summary>
    private static readonly string[] Prefixes = ["et_pb_", "vc_", "fusion_", "su_"];

    private static readonly HashSet<string> CodeNames = new(Code, StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _names;

    private ShortcodeNames(IEnumerable<string> names) => _names = new(names, StringComparer.OrdinalIgnoreCase);

    /// <summary>WordPress core, Jetpack and common plugin shortcodes.</summary>
    public static ShortcodeNames Default { get; } = new([.. Core, .. JetpackAndWordPressCom, .. Plugins, .. Code]);

    /// <summary>These names and <paramref name="more"/> (a site's own shortcodes); this instance when there are none.</summary>
    public ShortcodeNames With(IEnumerable<string>? more)
    {
        var extra = (more ?? []).Select(n => n.Trim().Trim('[', ']', '/').Trim()).Where(n => n.Length > 0 && !_names.Contains(n)).ToList();
        return extra.Count == 0 ? this : new ShortcodeNames([.. _names, .. extra]);
    }

    /// <summary>True when WordPress would expand a tag named <paramref name="name"/>.</summary>
    public bool IsKnown(string name) =>
        _names.Contains(name) || Prefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase) && name.Length > p.Length);

    /// <summary>True for a code shortcode, whose content is code: nothing inside it is a shortcode.</summary>
    public static bool IsCode(string name) => CodeNames.Contains(name);
}
