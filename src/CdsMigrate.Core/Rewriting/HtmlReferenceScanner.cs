using System.Net;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// Finds URL attributes in a piece of raw HTML (an HTML block or inline tag as Markdig delimits it): the value
/// of <c>href</c>, <c>src</c>, <c>poster</c> and their lazy-loading twins, and each candidate of a
/// <c>srcset</c>. Comments are skipped. Offsets are into the whole document.
/// </summary>
internal static partial class HtmlReferenceScanner
{
    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "poster", "data-src", "data-full-url", "data-orig-file",
    };

    private static readonly HashSet<string> SrcsetAttributes = new(StringComparer.OrdinalIgnoreCase) { "srcset", "data-srcset" };

    public static void Scan(ReferenceCollector collector, int start, int length)
    {
        string html = collector.Text.Substring(start, length);
        var comments = Comment().Matches(html).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (Match tag in Tag().Matches(html))
        {
            if (comments.Any(c => tag.Index >= c.Index && tag.Index < c.End))
            {
                continue;
            }

            string element = tag.Groups["tag"].Value.ToLowerInvariant();
            var attributes = tag.Groups["attrs"];
            foreach (Match attribute in Attribute().Matches(attributes.Value))
            {
                string name = attribute.Groups["name"].Value;
                bool srcset = SrcsetAttributes.Contains(name);
                if (!srcset && !UrlAttributes.Contains(name))
                {
                    continue;
                }

                var (value, syntax) = attribute.Groups["dq"].Success ? (attribute.Groups["dq"], ReferenceSyntax.HtmlDoubleQuoted)
                    : attribute.Groups["sq"].Success ? (attribute.Groups["sq"], ReferenceSyntax.HtmlSingleQuoted)
                    : (attribute.Groups["uq"], ReferenceSyntax.HtmlUnquoted);
                int valueStart = start + attributes.Index + value.Index;
                if (!srcset)
                {
                    // Attribute values lose leading and trailing spaces for URLs (HTML's "valid URL potentially
                    // surrounded by spaces"): the span is the URL itself, so a rewrite keeps the spaces.
                    string raw = value.Value;
                    int lead = raw.Length - raw.TrimStart().Length;
                    string trimmed = raw.Trim();
                    collector.Add(ReferenceKind.HtmlAttribute, WebUtility.HtmlDecode(trimmed), name.ToLowerInvariant(), element, valueStart + lead, trimmed.Length, syntax);
                    continue;
                }

                foreach (Match candidate in SrcsetCandidate().Matches(value.Value))
                {
                    var url = candidate.Groups["url"];
                    collector.Add(ReferenceKind.HtmlSrcset, WebUtility.HtmlDecode(url.Value), name.ToLowerInvariant(), element, valueStart + url.Index, url.Length, syntax);
                }
            }
        }
    }

    [GeneratedRegex(@"<!--.*?(?:-->|$)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(?<tag>[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*/?>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"(?<name>[^\s""'>/=]+)(?:\s*=\s*(?:""(?<dq>[^""]*)""|'(?<sq>[^']*)'|(?<uq>[^\s""'=<>`]+)))?", RegexOptions.CultureInvariant)]
    private static partial Regex Attribute();

    // A srcset is comma-separated "URL [descriptor]" candidates; a URL may itself hold commas, but not at its end
    // and not before a space (the HTML standard's parsing), which is what this reads.
    [GeneratedRegex(@"(?:^|,)\s*(?<url>[^\s,][^\s]*?)(?=,?(?:\s|$))(?:\s+[^,]*)?", RegexOptions.CultureInvariant)]
    private static partial Regex SrcsetCandidate();
}
