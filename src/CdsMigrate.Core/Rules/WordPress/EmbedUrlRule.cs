using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// An embed given as a URL alone in a paragraph (WordPress auto-embeds those) or as <c>[embed]URL[/embed]</c>
/// (see <see cref="ShortcodeExpander"/>), to a link to the URL; Hugo's youtube/vimeo shortcodes in hugo.
/// </summary>
internal sealed class EmbedUrlRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "embed URL";

    public string Matches => "p holding only a URL, [embed]URL[/embed]";

    public string Produces => "a link to the URL on its own line; `{{< youtube ID >}}` / `{{< vimeo ID >}}` in hugo";

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("p");

    public bool IsMatch(IElement element, ConversionContext context)
    {
        if (element.LocalName != "p")
        {
            return false;
        }

        // Asked of every paragraph: one pass over the child nodes, with no Children collection nor closure. A link
        // with the embed mark and, besides it, only blank text.
        IElement? link = null;
        var nodes = element.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            switch (nodes[i])
            {
                case IElement { LocalName: "a" } a when link is null && a.HasHtmlAttribute(ShortcodeExpander.EmbedAttribute):
                    link = a;
                    break;
                case IText t when string.IsNullOrWhiteSpace(t.Data):
                    break;
                default:
                    return false;
            }
        }

        return link is not null;
    }

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string url = element.Children[0].GetHtmlAttribute("href")!;
        return [new MdEmbed(url, null, [new MdText(url)])];
    }
}
