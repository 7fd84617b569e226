using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Replaces <c>[gallery]</c> shortcodes with the images they show, found among the export's attachments:
/// <c>ids="1,2"</c> names them, otherwise they are the attachments uploaded to the post. Each becomes a
/// WordPress image figure, which the converter already knows. A gallery with no attachment found is left as written.
/// </summary>
internal static partial class GalleryShortcode
{
    public static void Expand(RewrittenText body, long? postId, WxrIndex index, SourceSpan where, List<Diagnostic> diagnostics)
    {
        if (!body.Text.Contains("[gallery", StringComparison.Ordinal))
        {
            return;
        }

        // The images are inserted where the shortcode was: what follows keeps its place in the export (issue 11, s5map).
        body.Replace(Gallery(), (match, text, step) =>
        {
            var idsMatch = Ids().Match(match.Groups[1].Value);
            IEnumerable<long> ids = idsMatch.Success
                ? idsMatch.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => long.TryParse(s, out var id) ? id : -1)
                : postId is { } p && index.AttachmentsByParent.TryGetValue(p, out var children) ? children : [];
            var images = ids.Select(id => index.Attachments.GetValueOrDefault(id)).Where(a => a is { IsImage: true }).ToList();
            if (images.Count == 0)
            {
                step.Copy(text, match.Index, match.Length);
                return;
            }

            diagnostics.Add(DiagnosticCodes.GalleryExpanded.At(where, $"{match.Value} expanded to {images.Count} image(s)"));
            var sb = new StringBuilder("\n\n");
            foreach (var image in images)
            {
                sb.Append("<figure class=\"wp-block-image\"><img src=\"").Append(WebUtility.HtmlEncode(image!.Url))
                    .Append("\" alt=\"").Append(WebUtility.HtmlEncode(image.Alt)).Append("\" /></figure>\n\n");
            }

            step.Insert(sb.ToString(), match.Index);
        });
    }

    [GeneratedRegex(@"\[gallery(\s[^\]]*)?\]")]
    private static partial Regex Gallery();

    [GeneratedRegex(@"\bids\s*=\s*[""']?([0-9,\s]+)")]
    private static partial Regex Ids();
}
