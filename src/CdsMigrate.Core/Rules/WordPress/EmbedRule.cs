using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/embed (YouTube, Vimeo, X/Twitter, any oEmbed): a link to the embedded URL, then the caption.
/// Saved content holds the URL as text; rendered content holds the provider's iframe (whose player URL
/// is turned back into the page URL for YouTube and Vimeo) or, for posts, a quote of the post that is
/// converted as a quote.
/// </summary>
internal sealed class EmbedRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/embed";

    public string Matches => "figure.wp-block-embed (all providers)";

    public string Produces => "a link to the URL on its own line, the caption after it (info); a rendered post quote stays a quote";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.EmbedAsLink];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = new(["figure", "div"], BlockTraits.BlockClass);

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName is "figure" or "div" && (BlockNaming.HasBlockClass(element, "embed") || ClassTokens.AnyStartsWith(element, "wp-block-embed-"));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        var caption = element.Children.FirstOrDefault(c => c.LocalName == "figcaption");
        var wrapper = element.Children.FirstOrDefault(c => c.ClassList.Contains("wp-block-embed__wrapper")) ?? element;
        string? provider = NullIfEmpty(BlockCommentParser.StringAttribute(BlockNaming.AttributesOf(element), "providerNameSlug"))
            ?? element.ClassList.FirstOrDefault(c => c.StartsWith("is-provider-", StringComparison.Ordinal))?["is-provider-".Length..]
            ?? element.ClassList.FirstOrDefault(c => c.StartsWith("wp-block-embed-", StringComparison.Ordinal))?["wp-block-embed-".Length..];
        var blocks = new List<MdBlock>();

        var iframe = wrapper.QuerySelector("iframe");
        string written = Fingerprint(wrapper);
        string? url = BlockCommentParser.StringAttribute(BlockNaming.AttributesOf(element), "url");
        if (wrapper.QuerySelector("blockquote, p, a[href]") is not null && iframe is null)
        {
            // A rendered post (X, Mastodon…): its quote carries the text and the link to it.
            blocks.AddRange(context.ConvertFlow(wrapper.ChildNodes.Where(n => n is not IElement { LocalName: "script" })));
            context.Report(DiagnosticCodes.EmbedAsLink, element, $"{provider ?? "embed"} kept as its quoted text and links: the card is not kept", Name);
        }
        else
        {
            url = LooksLikeUrl(written) ? written : url;
            url ??= iframe?.GetHtmlAttribute("src") is { } src ? PageUrlOf(src) : null;
            if (url is null)
            {
                context.Report(DiagnosticCodes.EmbedAsLink, element, "embed without a URL: only its caption is kept", Name);
            }
            else
            {
                // The URL as saved text is already a word of the source; an iframe has none, so say so.
                // A link whose text is the URL, on its own line (hugo: the youtube/vimeo shortcodes).
                blocks.Add(new MdEmbed(url, provider ?? ProviderOf(url), [new MdText(url)]));
                var asLink = context.Report(DiagnosticCodes.EmbedAsLink, element, $"{provider ?? ProviderOf(url) ?? "embed"} written as a link to {url}", Name);
                context.ImplyLink(wrapper, url, asLink);
                if (written != url)
                {
                    context.ImplyText(wrapper, url, asLink);
                }

                if (iframe is not null)
                {
                    context.Drop(iframe, asLink);
                }
            }

        }

        if (caption is not null)
        {
            var inlines = context.ConvertInlines(caption);
            if (InlineContent.HasContent(inlines))
            {
                blocks.Add(new MdParagraph(inlines));
            }
        }

        return blocks;
    }

    private static string Fingerprint(IElement wrapper) => string.Join(' ', wrapper.ChildNodes.OfType<IText>().Select(t => t.Data.Trim()).Where(t => t.Length > 0));

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static bool LooksLikeUrl(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !text.Contains(' ');

    /// <summary>A player URL back to the page people share: youtube.com/embed/ID → youtube.com/watch?v=ID.</summary>
    internal static string PageUrlOf(string src)
    {
        if (!Uri.TryCreate(src.StartsWith("//", StringComparison.Ordinal) ? "https:" + src : src, UriKind.Absolute, out var uri))
        {
            return src;
        }

        string host = uri.Host.ToLowerInvariant();
        var segments = uri.AbsolutePath.Trim('/').Split('/');
        if (host.EndsWith("youtube.com", StringComparison.Ordinal) || host.EndsWith("youtube-nocookie.com", StringComparison.Ordinal))
        {
            if (segments is ["embed", var id] && id.Length > 0)
            {
                return "https://www.youtube.com/watch?v=" + id;
            }
        }
        else if (host == "player.vimeo.com" && segments is ["video", var vid])
        {
            return "https://vimeo.com/" + vid;
        }

        return src;
    }

    private static string? ProviderOf(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        string host = uri.Host.ToLowerInvariant();
        return host switch
        {
            _ when host.EndsWith("youtube.com", StringComparison.Ordinal) || host == "youtu.be" => "youtube",
            _ when host.EndsWith("vimeo.com", StringComparison.Ordinal) => "vimeo",
            _ when host is "twitter.com" or "x.com" or "www.twitter.com" or "www.x.com" => "twitter",
            _ => null,
        };
    }
}
