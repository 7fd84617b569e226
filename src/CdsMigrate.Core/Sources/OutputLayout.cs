using System.Globalization;
using System.Text;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Turns an item into its output path from a template with tokens <c>{type} {lang} {yyyy} {MM} {dd} {slug} {id}
/// {path}</c>. <c>{path}</c> is the slug below its ancestors' slugs (<c>benefits/overview</c>): the one token that
/// makes folders, so pages keep their hierarchy. Every segment is made safe on Windows, macOS and Linux; segments
/// left empty (no language) disappear.
/// </summary>
internal static class OutputLayout
{
    public const string DefaultTemplate = "{type}/{slug}.md";

    public const string DefaultWithLanguage = "{lang}/{type}/{slug}.md";

    public static readonly IReadOnlyList<string> Tokens = ["{type}", "{lang}", "{yyyy}", "{MM}", "{dd}", "{slug}", "{id}", "{path}"];

    /// <summary>The template's problem, or null when it is usable.</summary>
    public static string? Validate(string template)
    {
        string rest = template;
        foreach (var token in Tokens)
        {
            rest = rest.Replace(token, "x", StringComparison.Ordinal);
        }

        if (rest.Contains('{') || rest.Contains('}'))
        {
            return $"unknown token in layout '{template}' (known: {string.Join(" ", Tokens)})";
        }

        if (!template.Contains("{slug}", StringComparison.Ordinal) && !template.Contains("{id}", StringComparison.Ordinal) && !template.Contains("{path}", StringComparison.Ordinal))
        {
            return $"layout '{template}' needs {{slug}}, {{path}} or {{id}}, or every item would get the same path";
        }

        return null;
    }

    /// <summary>The relative output path (forward slashes) of <paramref name="item"/>.</summary>
    public static string PathFor(ContentItem item, string? template)
    {
        template ??= string.IsNullOrEmpty(item.Lang) ? DefaultTemplate : DefaultWithLanguage;
        if (item.LanguageSplit && !string.IsNullOrEmpty(item.Lang) && !template.Contains("{lang}", StringComparison.Ordinal))
        {
            // The languages of one qTranslate item share every other token: Hugo's file-name language suffix tells them apart.
            template = (template.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? template[..^3] : template) + ".{lang}.md";
        }

        var date = item.Date?.Local;
        string Expand(string segment) => segment
            .Replace("{type}", item.Type, StringComparison.Ordinal)
            .Replace("{lang}", item.Lang ?? "", StringComparison.Ordinal)
            .Replace("{yyyy}", date?.ToString("yyyy", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace("{MM}", date?.ToString("MM", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace("{dd}", date?.ToString("dd", CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal)
            .Replace("{slug}", item.Slug, StringComparison.Ordinal)
            .Replace("{id}", item.Id?.ToString(CultureInfo.InvariantCulture) ?? "", StringComparison.Ordinal);

        // Split the template, not the expansion: a slash inside a slug never creates a folder. {path} alone
        // becomes several segments: the ancestors' slugs, then the slug.
        var segments = template.Replace('\\', '/').Split('/')
            .SelectMany(segment => ExpandPath(segment, item))
            .Select(Expand)
            .Where(s => s.Length > 0)
            .ToList();
        if (segments.Count == 0)
        {
            segments.Add(item.Slug + ".md");
        }

        var sb = new StringBuilder();
        for (int i = 0; i < segments.Count; i++)
        {
            if (i > 0)
            {
                sb.Append('/');
            }

            bool last = i == segments.Count - 1;
            sb.Append(last ? SafeFileName(segments[i]) : PathSegmentSanitizer.Sanitize(segments[i]));
        }

        return sb.ToString();
    }

    private static IEnumerable<string> ExpandPath(string segment, ContentItem item)
    {
        int at = segment.IndexOf("{path}", StringComparison.Ordinal);
        if (at < 0)
        {
            return [segment];
        }

        var parts = item.ParentPath.Split('/', StringSplitOptions.RemoveEmptyEntries).Append("{slug}").ToList();
        parts[0] = segment[..at] + parts[0];
        parts[^1] += segment[(at + "{path}".Length)..];
        return parts;
    }

    /// <summary>The file segment keeps (or gets) its <c>.md</c> extension outside the part that is sanitised.</summary>
    private static string SafeFileName(string segment)
    {
        string stem = segment.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? segment[..^3] : segment;
        return PathSegmentSanitizer.Sanitize(stem) + ".md";
    }
}
