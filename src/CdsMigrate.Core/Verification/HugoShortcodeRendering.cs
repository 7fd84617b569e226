using System.Text;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// Stands in for Hugo when verifying hugo output with Markdig: the built-in shortcodes the writer emits
/// (<c>figure</c>, <c>youtube</c>, <c>vimeo</c>) are replaced by the HTML Hugo renders for them, so the
/// comparison sees the image, caption and video rather than the shortcode's text.
/// </summary>
internal static partial class HugoShortcodeRendering
{
    public static string Expand(string markdown)
    {
        if (!markdown.Contains("{{", StringComparison.Ordinal))
        {
            return markdown;
        }

        var lines = markdown.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            var m = ShortcodeLine().Match(lines[i]);
            if (!m.Success)
            {
                continue;
            }

            var parameters = Parameters(m.Groups["params"].Value);
            string name = m.Groups["name"].Value;
            string html = name switch
            {
                "figure" => Figure(parameters),
                _ when parameters.TryGetValue("0", out var id) => Video(VideoEmbeds.CanonicalUrl(name, id)),
                _ => null,
            } ?? lines[i];
            lines[i] = m.Groups["prefix"].Value + html;
        }

        // Shortcode examples in code are written in Hugo's comment form; Hugo shows them as written.
        return HugoShortcode.UnescapeInCode(string.Join('\n', lines));
    }

    private static string Figure(Dictionary<string, string> p)
    {
        var sb = new StringBuilder("<figure>");
        string img = $"<img src=\"{Attr(p.GetValueOrDefault("src", ""))}\" alt=\"{Attr(p.GetValueOrDefault("alt", ""))}\">";
        sb.Append(p.TryGetValue("link", out var link) ? $"<a href=\"{Attr(link)}\">{img}</a>" : img);
        if (p.TryGetValue("caption", out var caption))
        {
            // Hugo's figure passes the caption through markdownify.
            string rendered = Markdig.Markdown.ToHtml(caption, MarkdownRendering.PipelineFor(Conversion.MarkdownFlavor.Hugo)).Trim();
            if (rendered.StartsWith("<p>", StringComparison.Ordinal) && rendered.EndsWith("</p>", StringComparison.Ordinal))
            {
                rendered = rendered[3..^4];
            }

            sb.Append("<figcaption>").Append(rendered).Append("</figcaption>");
        }

        return sb.Append("</figure>").ToString();
    }

    private static string Video(string url) => $"<p><a href=\"{Attr(url)}\">{url}</a></p>";

    private static Dictionary<string, string> Parameters(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        int position = 0;
        foreach (Match m in Parameter().Matches(text))
        {
            string value = m.Groups["raw"].Success ? m.Groups["raw"].Value
                : m.Groups["quoted"].Success ? Regex.Unescape(m.Groups["quoted"].Value)
                : m.Groups["bare"].Value;
            result[m.Groups["key"].Success ? m.Groups["key"].Value : (position++).ToString(System.Globalization.CultureInfo.InvariantCulture)] = value;
        }

        return result;
    }

    private static string Attr(string value) => SummaryHtmlRenderer.Attr(value);

    [GeneratedRegex(@"^(?<prefix>(?:[ >]|[-*+] |[0-9]{1,9}[.)] )*)\{\{< (?<name>figure|youtube|vimeo)(?<params>.*?) >\}\}\s*$")]
    private static partial Regex ShortcodeLine();

    [GeneratedRegex(@"(?:(?<key>\w+)=)?(?:`(?<raw>[^`]*)`|""(?<quoted>(?:[^""\\]|\\.)*)""|(?<bare>[^\s`""]+))")]
    private static partial Regex Parameter();
}
