namespace CdsMigrate.Core.Sources;

/// <summary>Post types WordPress uses for its own machinery: never content to publish.</summary>
internal static class InternalPostTypes
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "attachment", "revision", "nav_menu_item", "wp_template", "wp_template_part", "wp_global_styles",
        "wp_navigation", "wp_block", "custom_css", "customize_changeset", "oembed_cache", "user_request",
    };

    public static bool IsInternal(string type) =>
        Names.Contains(type) || type.StartsWith("wp_font_", StringComparison.Ordinal);
}
