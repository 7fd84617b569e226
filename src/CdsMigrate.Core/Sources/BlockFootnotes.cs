using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// WordPress 6.3+ block footnotes: the post keeps only <c>&lt;!-- wp:footnotes /--&gt;</c> and the references; the
/// notes' texts live in the <c>footnotes</c> postmeta as JSON (<c>[{"id":…,"content":…}]</c>), and WordPress
/// renders the list on each page view. This writes that list where the block stands, in the form WordPress
/// renders (<c>ol.wp-block-footnotes</c>, each note with its back link), which the footnotes rule converts
/// (issue 10: the notes were lost, reported as a block with no saved content).
/// </summary>
internal static partial class BlockFootnotes
{
    public static string Expand(string html, string? metaJson, SourceSpan where, List<Diagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(metaJson) || !html.Contains("wp:footnotes", StringComparison.Ordinal))
        {
            return html;
        }

        var notes = new List<(string Id, string Content)>();
        try
        {
            using var json = JsonDocument.Parse(metaJson);
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                return html;
            }

            foreach (var note in json.RootElement.EnumerateArray())
            {
                if (note.ValueKind == JsonValueKind.Object
                    && note.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && note.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String)
                {
                    notes.Add((id.GetString()!, content.GetString()!));
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the block stays empty, and the dynamic block rule says so.
            return html;
        }

        if (notes.Count == 0)
        {
            return html;
        }

        bool expanded = false;
        string result = SelfClosingFootnotes().Replace(html, _ =>
        {
            expanded = true;
            // One line, as the comment was: the lines after it keep their numbers for diagnostics.
            var sb = new StringBuilder("<!-- wp:footnotes --><ol class=\"wp-block-footnotes\">");
            for (int i = 0; i < notes.Count; i++)
            {
                string id = WebUtility.HtmlEncode(notes[i].Id);
                sb.Append("<li id=\"").Append(id).Append("\">").Append(notes[i].Content.Replace('\n', ' '))
                    .Append(" <a href=\"#").Append(id).Append("-link\" aria-label=\"Jump to footnote reference ")
                    .Append(i + 1).Append("\">↩︎</a></li>");
            }

            return sb.Append("</ol><!-- /wp:footnotes -->").ToString();
        }, 1);
        if (expanded)
        {
            diagnostics.Add(DiagnosticCodes.FootnotesFromMeta.At(where, $"{notes.Count} footnote(s) read from the footnotes postmeta"));
        }

        return result;
    }

    [GeneratedRegex(@"<!--\s*wp:footnotes(\s+\{[^>]*?\})?\s*/-->")]
    private static partial Regex SelfClosingFootnotes();
}
