using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// An embed given as a URL alone in a paragraph (WordPress auto-embeds those) or as <c>[embed]URL[/embed]</c>
/// (see <see cref="ShortcodeExpander"/>), to a link to the URL; Hugo's youtube/vimeo shortcodes in hugo.
/// </summary>
internal sealed class EmbedUrlRule : IBlockRule
{
    public string Name => "embed URL";

    public string Matches => "p holding only a URL, [embed]URL[/embed]";

    public string Produces => "a link to the URL on its own line; `{{< youtube ID >}}` / `{{< vimeo ID >}}` in hugo";

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "p"
        && element.Children is [{ LocalName: "a" } link] && link.HasAttribute(ShortcodeExpander.EmbedAttribute)
        && element.ChildNodes.All(n => n == link || (n is IText t && t.Data.Trim().Length == 0));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        string url = element.Children[0].GetAttribute("href")!;
        return [new MdEmbed(url, null, [new MdText(url)])];
    }
}
