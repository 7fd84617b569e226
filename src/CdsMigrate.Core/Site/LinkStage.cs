using System.Net;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rewriting;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Rewrites the links between posts of a converted document (issue 12, point 2), through the shared
/// <see cref="MarkdownReferenceRewriter"/>, so only the URL text of each link concerned changes. Links and
/// <c>href</c>s only: images and media are the media stage's, shortcode parameters cannot hold a relref.
/// Each rewritten link is an info (CDS4051), each link into the old site that matches no post a warning
/// (CDS4050), located in the source where the URL is written. Thread-safe.
/// </summary>
internal sealed class LinkStage(LinkResolver resolver, MarkdownFlavor flavor)
{
    private int _rewritten;
    private int _unresolved;

    /// <summary>Links rewritten so far, across every document.</summary>
    public int Rewritten => Volatile.Read(ref _rewritten);

    /// <summary>Links into the old site that matched no post, so far.</summary>
    public int Unresolved => Volatile.Read(ref _unresolved);

    public ConversionResult Apply(ConversionResult result)
    {
        if (result.Markdown is not { } markdown || result.Source.Planned is not { } from || !MayHoldSiteLink(markdown))
        {
            return result;
        }

        var diagnostics = new List<Diagnostic>();
        var locator = new SourceLocator(result.Source);
        // The new URL goes in through a placeholder the encoder leaves alone, then replaces it verbatim: a relref is
        // Hugo syntax, not a URL, and must not be escaped as one. The placeholder is absent from the document.
        string prefix = "cdsmigrate-link-";
        while (markdown.Contains(prefix, StringComparison.Ordinal))
        {
            prefix = "x" + prefix;
        }

        var replacements = new List<(string Token, string OldUrl, string NewUrl)>();
        var rewrite = MarkdownReferenceRewriter.Rewrite(markdown, reference =>
        {
            if (!IsLink(reference))
            {
                return null;
            }

            var resolution = resolver.Resolve(reference.Url, from);
            var where = locator.Find(reference.Url);
            switch (resolution.Outcome)
            {
                case LinkOutcome.Unresolved:
                    Interlocked.Increment(ref _unresolved);
                    diagnostics.Add(DiagnosticCodes.LinkUnresolved.At(where, $"{reference.Url} is on the old site but matches no post or page of this run"));
                    return null;
                case LinkOutcome.Resolved:
                    string token = prefix + replacements.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-end";
                    replacements.Add((token, reference.Url, resolution.NewUrl!));
                    Interlocked.Increment(ref _rewritten);
                    diagnostics.Add(DiagnosticCodes.LinkRewritten.At(where, $"{reference.Url} → {resolution.NewUrl} ({resolution.Target!.SourcePath})"));
                    return token;
                default:
                    return null;
            }
        });

        if (diagnostics.Count == 0)
        {
            return result;
        }

        string text = rewrite.Text;
        foreach (var (token, oldUrl, newUrl) in replacements)
        {
            // A bare URL or autolink was visible text: it becomes a link that still shows the old address.
            text = text.Replace("[" + token + "](" + token + ")", "[" + MarkdownEscaper.EscapeLinkText(oldUrl, flavor) + "](" + newUrl + ")", StringComparison.Ordinal)
                .Replace(token, newUrl, StringComparison.Ordinal);
        }

        return result with { Markdown = text, Diagnostics = [.. result.Diagnostics, .. diagnostics], OutputStructure = null };
    }

    /// <summary>
    /// False when no URL of <paramref name="markdown"/> can be one the resolver acts on, so the document need not be
    /// scanned: the scan parses the whole output with Markdig, and most documents hold no link into the old site
    /// (issue 11: the scan was 3% of a 5,100-post run's CPU and 9% of its allocations, on posts none of whose links
    /// it rewrote). The resolver acts only on a URL with one of the old site's hosts or on a root-relative path, so
    /// the text must hold an old host (in any case), or a '/' where a destination or attribute value can start
    /// (after '(', "(&lt;", "]:", "]: &lt;", a quote, '=' or a backslash escape, blanks between), or a character
    /// reference (<c>&amp;#47;</c>, <c>&amp;sol;</c>), through which either could be written. A closing tag (<c>&lt;/p&gt;</c>)
    /// or a query's <c>&amp;utm_medium=</c> is neither. Anything else is scanned as before: this only ever skips work.
    /// </summary>
    internal bool MayHoldSiteLink(string markdown)
    {
        foreach (string host in resolver.Plan.Hosts)
        {
            if (markdown.Contains(host, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        for (int amp = markdown.IndexOf('&'); amp >= 0; amp = markdown.IndexOf('&', amp + 1))
        {
            if (IsCharacterReference(markdown, amp))
            {
                return true;
            }
        }

        for (int slash = markdown.IndexOf('/'); slash >= 0; slash = markdown.IndexOf('/', slash + 1))
        {
            int before = SkipBlanksBack(markdown, slash - 1);
            if (before < 0)
            {
                continue;
            }

            char c = markdown[before];
            if (c == '<')
            {
                // A pointy destination, (</x>) or [r]: </x>; any other '<' before a '/' opens a closing tag.
                before = SkipBlanksBack(markdown, before - 1);
                if (before >= 0 && (markdown[before] == '(' || IsDefinitionColon(markdown, before)))
                {
                    return true;
                }
            }
            else if (c is '(' or '"' or '\'' or '=' or '\\' || IsDefinitionColon(markdown, before))
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipBlanksBack(string text, int at)
    {
        while (at >= 0 && text[at] is ' ' or '\t' or '\n' or '\r')
        {
            at--;
        }

        return at;
    }

    private static bool IsDefinitionColon(string text, int at) => text[at] == ':' && at > 0 && text[at - 1] == ']';

    /// <summary>An HTML character reference starts at <paramref name="amp"/>: <c>&amp;#…</c> or <c>&amp;name;</c>.</summary>
    private static bool IsCharacterReference(string text, int amp)
    {
        int at = amp + 1;
        if (at < text.Length && text[at] == '#')
        {
            return true;
        }

        while (at < text.Length && char.IsAsciiLetterOrDigit(text[at]))
        {
            at++;
        }

        return at > amp + 1 && at < text.Length && text[at] == ';';
    }

    private static bool IsLink(MarkdownReference reference) => reference.Kind switch
    {
        ReferenceKind.Link or ReferenceKind.Autolink or ReferenceKind.ReferenceDefinition => true,
        ReferenceKind.HtmlAttribute => reference.Name is "href",
        _ => false,
    };

    /// <summary>Finds a URL in the document's source, in order, so a diagnostic points where the author wrote it.</summary>
    private sealed class SourceLocator(Sources.SourceDocument source)
    {
        private int _from;

        public SourceSpan Find(string url)
        {
            string html = source.Html;
            int at = IndexOf(html, url, _from);
            if (at < 0)
            {
                at = IndexOf(html, url, 0);
            }

            if (at < 0)
            {
                return new SourceSpan(source.SourcePath, source.HtmlLine, source.HtmlColumn);
            }

            _from = at + 1;
            return SourcePosition.AtOffset(source, at);
        }

        private static int IndexOf(string html, string url, int from)
        {
            int at = html.IndexOf(url, from, StringComparison.Ordinal);
            if (at < 0)
            {
                string encoded = WebUtility.HtmlEncode(url);
                at = encoded != url ? html.IndexOf(encoded, from, StringComparison.Ordinal) : -1;
            }

            return at;
        }
    }
}
