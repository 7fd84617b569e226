using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Rewriting;

/// <summary>
/// Finds URL parameters of Hugo shortcodes (<c>{{&lt; figure src=`…` link=`…` &gt;}}</c>, which the hugo flavour
/// writes for figures). Hugo reads shortcodes before Markdown, so the whole shortcode is claimed: a URL inside it
/// is never also taken as a Markdown autolink. The comment form <c>{{&lt;/* … */&gt;}}</c> is text, not a shortcode.
/// </summary>
internal static partial class ShortcodeReferenceScanner
{
    private static readonly HashSet<string> UrlParameters = new(StringComparer.OrdinalIgnoreCase) { "src", "link", "href", "url", "poster", "image" };

    public static void Scan(ReferenceCollector collector, int start, int end)
    {
        foreach (Match shortcode in Shortcode().Matches(collector.Text[..end], start))
        {
            var parameters = shortcode.Groups["params"];
            foreach (Match parameter in Parameter().Matches(parameters.Value))
            {
                string name = parameter.Groups["name"].Value;
                if (!UrlParameters.Contains(name))
                {
                    continue;
                }

                var value = parameter.Groups["value"];
                string url = Unquote(value.Value);
                collector.Add(ReferenceKind.ShortcodeParameter, url, name, shortcode.Groups["name"].Value,
                    parameters.Index + value.Index, value.Length, ReferenceSyntax.ShortcodeValue);
            }

            // Claimed after its own parameters are added, before any other scanner runs.
            collector.Claim(shortcode.Index, shortcode.Length);
        }
    }

    private static string Unquote(string value) => value switch
    {
        ['`', .. var inner, '`'] => inner,
        ['"', .. var inner, '"'] => inner.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal),
        _ => value,
    };

    [GeneratedRegex(@"\{\{[<%]\s*(?!/\*)(?<name>[\w./-]+)(?<params>(?:[^`""%>]|`[^`]*`|""(?:[^""\\]|\\.)*"")*?)\s*[>%]\}\}", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"(?<name>[\w-]+)\s*=\s*(?<value>`[^`]*`|""(?:[^""\\]|\\.)*""|[^\s""`]+)", RegexOptions.CultureInvariant)]
    private static partial Regex Parameter();
}
