using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// Finds the image fields of a YAML front matter (<c>---</c> … <c>---</c>), line by line, keeping each
/// scalar's exact span: <c>image: URL</c>, <c>thumb: 'URL'</c>, nested <c>cover:\n  image: URL</c>, and the
/// items of an <c>images:</c> block list. The CDS schema writes <c>image</c> and <c>thumb</c>; the other names
/// are what common Hugo themes read. Multi-line and flow-style values are left alone.
/// </summary>
internal static partial class FrontMatterReferenceScanner
{
    private static readonly HashSet<string> ImageKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "image", "images", "thumb", "thumbnail", "featured_image", "featuredImage", "featured-image", "feature_image",
        "featureimage", "cover", "cover_image", "banner", "og_image", "header_image", "heroImage", "hero_image",
    };

    /// <summary>Scans the front matter if the text opens with one; returns where the body starts.</summary>
    public static int Scan(ReferenceCollector collector)
    {
        string text = collector.Text;
        int start = text.StartsWith('\uFEFF') ? 1 : 0;
        if (!IsFence(text, start, out int lineEnd))
        {
            return 0;
        }

        int position = lineEnd;
        string? listKey = null;
        int listIndent = -1;
        while (position < text.Length)
        {
            int end = text.IndexOf('\n', position);
            int next = end < 0 ? text.Length : end + 1;
            if (IsFence(text, position, out _) || text.AsSpan(position).StartsWith("...\n") || text.AsSpan(position).StartsWith("...\r\n"))
            {
                return next;
            }

            string line = text[position..(end < 0 ? text.Length : end)].TrimEnd('\r');
            var item = ListItem().Match(line);
            if (listKey is not null && item.Success && item.Groups["indent"].Length >= listIndent)
            {
                AddScalar(collector, listKey, position + item.Groups["value"].Index, item.Groups["value"].Value);
            }
            else
            {
                listKey = null;
                var field = Field().Match(line);
                if (field.Success && ImageKeys.Contains(field.Groups["key"].Value))
                {
                    string key = field.Groups["key"].Value;
                    var value = field.Groups["value"];
                    if (value.Length == 0)
                    {
                        listKey = key;
                        listIndent = field.Groups["indent"].Length;
                    }
                    else
                    {
                        AddScalar(collector, key, position + value.Index, value.Value);
                    }
                }
            }

            position = next;
        }

        // No closing fence: not a front matter Hugo would read.
        return 0;
    }

    private static bool IsFence(string text, int at, out int lineEnd)
    {
        lineEnd = at;
        if (!text.AsSpan(at).StartsWith("---"))
        {
            return false;
        }

        int end = text.IndexOf('\n', at);
        string rest = text[(at + 3)..(end < 0 ? text.Length : end)].TrimEnd('\r');
        lineEnd = end < 0 ? text.Length : end + 1;
        return rest.Trim().Length == 0;
    }

    private static void AddScalar(ReferenceCollector collector, string key, int offset, string value)
    {
        if (value.StartsWith('\''))
        {
            var quoted = SingleQuoted().Match(value);
            if (quoted.Success)
            {
                collector.Add(ReferenceKind.FrontMatterField, quoted.Groups["inner"].Value.Replace("''", "'", StringComparison.Ordinal), key, null, offset, quoted.Length, ReferenceSyntax.YamlSingleQuoted);
            }

            return;
        }

        if (value.StartsWith('"'))
        {
            var quoted = DoubleQuoted().Match(value);
            if (quoted.Success)
            {
                collector.Add(ReferenceKind.FrontMatterField, quoted.Groups["inner"].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal), key, null, offset, quoted.Length, ReferenceSyntax.YamlDoubleQuoted);
            }

            return;
        }

        if ("[{|>&*!%@`#".Contains(value[0]))
        {
            return;
        }

        // A plain scalar ends at a comment (" #") or at the line's end.
        int comment = value.IndexOf(" #", StringComparison.Ordinal);
        string plain = (comment < 0 ? value : value[..comment]).TrimEnd();
        collector.Add(ReferenceKind.FrontMatterField, plain, key, null, offset, plain.Length, ReferenceSyntax.YamlPlain);
    }

    [GeneratedRegex(@"^(?<indent>[ ]*)(?<key>[A-Za-z_][\w-]*)[ ]*:(?:[ ]+(?<value>\S.*?))?[ ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(?<indent>[ ]*)-[ ]+(?<value>\S.*?)[ ]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^'(?<inner>(?:[^']|'')*)'(?=\s*(?:#.*)?$)", RegexOptions.CultureInvariant)]
    private static partial Regex SingleQuoted();

    // Only the escapes a URL needs (\" and \\); a value with other escapes is left alone.
    [GeneratedRegex(@"^""(?<inner>(?:[^""\\]|\\[""\\])*)""(?=\s*(?:#.*)?$)", RegexOptions.CultureInvariant)]
    private static partial Regex DoubleQuoted();
}
