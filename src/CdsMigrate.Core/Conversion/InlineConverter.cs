using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// Converts inline HTML (text, strong, em, code, links, images, line breaks…) to the inline model.
/// Whitespace is collapsed the way a browser does; non-breaking spaces are text and stay.
/// </summary>
internal sealed class InlineConverter(ConversionContext context)
{
    /// <summary>Inline elements kept as HTML tags, with Markdown between them (they have no Markdown form).</summary>
    private static readonly HashSet<string> KeptAsHtml =
        ["sup", "sub", "mark", "small", "u", "abbr", "cite", "q", "ins", "kbd", "dfn", "var", "time", "bdi", "bdo", "data"];

    /// <summary>Attributes worth keeping on those tags: they carry meaning, not presentation.</summary>
    private static readonly string[] KeptAttributes = ["title", "datetime", "dir", "lang", "cite", "value"];

    public List<MdInline> Convert(IEnumerable<INode> nodes)
    {
        var result = new List<MdInline>();
        foreach (var node in nodes)
        {
            Append(node, result);
        }

        return result;
    }

    private void Append(INode node, List<MdInline> result)
    {
        switch (node)
        {
            case IText text:
                result.Add(new MdText(CollapseWhitespace(text.Data)));
                break;
            case IElement element:
                if (!context.Enter())
                {
                    context.Report(DiagnosticCodes.NestingTooDeep, element, $"inline markup nested deeper than {ConversionContext.MaxDepth} levels: the rest is kept as its text", element.LocalName);
                    result.Add(new MdText(CollapseWhitespace(ConversionContext.FlattenedText(element))));
                    break;
                }

                try
                {
                    AppendElement(element, result);
                }
                finally
                {
                    context.Leave();
                }

                break;
        }
    }

    private void AppendElement(IElement element, List<MdInline> result)
    {
        string name = element.LocalName;
        switch (name)
        {
            case "strong" or "b":
                result.Add(new MdStrong(Convert(element.ChildNodes)));
                break;
            case "em" or "i":
                result.Add(new MdEmphasis(Convert(element.ChildNodes)));
                break;
            case "code" or "tt" or "samp":
                result.Add(new MdCode(CollapseWhitespace(element.TextContent)));
                break;
            case "s" or "del" or "strike":
                result.Add(context.Flavor == MarkdownFlavor.CommonMark
                    ? new MdHtmlInline("del", "<del>", Convert(element.ChildNodes))
                    : new MdStrike(Convert(element.ChildNodes)));
                break;
            case "br":
                result.Add(new MdHardBreak());
                break;
            case "a":
                AppendLink(element, result);
                break;
            case "img":
                AppendImage(element, result);
                break;
            case "span" or "font":
                // Presentation only: keep the text. A colour or background is formatting the reader sees.
                string style = element.GetAttribute("style") ?? "";
                if (style.Contains("color", StringComparison.OrdinalIgnoreCase) || element.HasAttribute("color"))
                {
                    context.Report(DiagnosticCodes.InlineUnwrapped, element, $"<{name}> with a colour unwrapped: the colour is lost", name);
                }

                result.AddRange(Convert(element.ChildNodes));
                break;
            case "wbr" or "script" or "style" or "template":
                break;
            default:
                if (KeptAsHtml.Contains(name))
                {
                    result.Add(new MdHtmlInline(name, OpenTag(element), Convert(element.ChildNodes)));
                }
                else
                {
                    context.Report(DiagnosticCodes.InlineUnwrapped, element, $"<{name}> has no Markdown form: its text is kept without it", name);
                    result.AddRange(Convert(element.ChildNodes));
                }

                break;
        }
    }

    private void AppendLink(IElement link, List<MdInline> result)
    {
        var children = Convert(link.ChildNodes);
        string? href = link.GetAttribute("href");
        if (href is null)
        {
            // A named anchor (<a id> or <a name>) with no destination: its text stays.
            if (link.HasAttribute("id") || link.HasAttribute("name"))
            {
                context.Report(DiagnosticCodes.InlineUnwrapped, link, "anchor without href unwrapped: its id is not kept", "a");
            }

            result.AddRange(children);
            return;
        }

        if (!InlineContent.HasContent(children))
        {
            context.Report(DiagnosticCodes.EmptyLinkDropped, link, $"empty link to {Shorten(href)} dropped: it has no text or image", "a");
            result.AddRange(children); // whitespace only, kept so words either side stay apart
            return;
        }

        string? title = link.GetAttribute("title");
        result.Add(new MdLink(href.Trim(), string.IsNullOrWhiteSpace(title) ? null : title, children));
    }

    private void AppendImage(IElement image, List<MdInline> result)
    {
        string? src = image.GetAttribute("src") ?? image.GetAttribute("data-src");
        if (string.IsNullOrWhiteSpace(src))
        {
            context.Report(DiagnosticCodes.EmptyLinkDropped, image, "image without src dropped", "img");
            return;
        }

        string? title = image.GetAttribute("title");
        result.Add(new MdImage(src.Trim(), CollapseWhitespace(image.GetAttribute("alt") ?? "").Trim(), string.IsNullOrWhiteSpace(title) ? null : title));
    }

    private static string OpenTag(IElement element)
    {
        var sb = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in KeptAttributes)
        {
            string? value = element.GetAttribute(attribute);
            if (value is not null)
            {
                sb.Append(' ').Append(attribute).Append("=\"").Append(Writing.SummaryHtmlRenderer.Attr(value)).Append('"');
            }
        }

        return sb.Append('>').ToString();
    }

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    /// <summary>HTML collapses runs of ASCII whitespace to one space; U+00A0 and friends are not whitespace there.</summary>
    internal static string CollapseWhitespace(string text)
    {
        int i = text.AsSpan().IndexOfAny(" \t\n\r\f");
        if (i < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        bool inSpace = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                if (!inSpace)
                {
                    sb.Append(' ');
                }

                inSpace = true;
            }
            else
            {
                sb.Append(c);
                inSpace = false;
            }
        }

        return sb.ToString();
    }
}
