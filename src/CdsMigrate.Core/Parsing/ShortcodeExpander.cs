using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Does to the parsed body what WordPress does when it shows a post, for the shortcodes whose meaning is
/// known: <c>[caption]…[/caption]</c> becomes a figure with its caption, <c>[embed]URL[/embed]</c> and a URL
/// alone in a paragraph become an embed link. Runs before conversion and before the source is fingerprinted
/// for verification, so the shortcode tags themselves (not content) are what disappears. Other shortcodes stay
/// in the text, where the inline converter keeps them verbatim with a diagnostic.
/// </summary>
internal static partial class ShortcodeExpander
{
    /// <summary>Marks a link made from an embed, for <see cref="Rules.WordPress.EmbedUrlRule"/>.</summary>
    public const string EmbedAttribute = "data-cdsmigrate-embed";

    /// <summary>Expands in place; returns the shortcodes replaced, in document order of expansion.</summary>
    public static IReadOnlyList<ExpandedShortcode> Expand(IElement body)
    {
        var document = body.Owner!;
        var expanded = new List<ExpandedShortcode>();

        // Most text has no '[' at all: looking for one (a vectorised search) first spares every text
        // node the case-insensitive searches for the shortcode names, and a post with none the second walk.
        // The same walk finds the paragraphs, which serve as they are while no shortcode changed the tree (issue 11: one
        // walk fewer for most posts, and none again for captions when there was no embed).
        var paragraphs = new List<IElement>();
        var bracketed = BracketedTexts(body, paragraphs);
        var embeds = bracketed.Where(t => t.Data.Contains("[embed", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var text in embeds)
        {
            ExpandEmbeds(text, document, expanded);
        }

        // Embeds replaced text nodes with new ones: walk again for captions.
        var captions = bracketed.Count == 0 ? [] : (embeds.Count == 0 ? bracketed : BracketedTexts(body, null)).Where(t => t.Data.Contains("[caption", StringComparison.OrdinalIgnoreCase) || t.Data.Contains("[wp_caption", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var text in captions)
        {
            // The text after one caption's closing tag may open the next caption: follow it.
            for (IText? next = text; next?.Parent is not null;)
            {
                next = ExpandCaption(next, document, expanded);
            }
        }

        if (embeds.Count > 0 || captions.Count > 0)
        {
            paragraphs.Clear();
            AddParagraphs(body, paragraphs);
        }

        foreach (var p in paragraphs)
        {
            // Matched on a span: most paragraphs are one text node, and trimming each made a copy of it.
            if (OnlyMeaningfulText(p) is { } only && BareUrl().IsMatch(only.Data.AsSpan().Trim()))
            {
                only.Replace(EmbedLink(document, only.Data.Trim()));
            }
        }

        return expanded;
    }

    /// <summary>
    /// The paragraph's one child that is not blank text, when it is text; null when there are others.
    /// (Stops at the second such child: paragraphs are usually long and rarely a bare URL.)
    /// </summary>
    private static IText? OnlyMeaningfulText(IElement p)
    {
        INode? meaningful = null;
        var nodes = p.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
        {
            var node = nodes[i];
            if (node is IText t && string.IsNullOrWhiteSpace(t.Data))
            {
                continue;
            }

            if (meaningful is not null)
            {
                return null;
            }

            meaningful = node;
        }

        return meaningful as IText;
    }

    private static void ExpandEmbeds(IText text, IDocument document, List<ExpandedShortcode> expanded)
    {
        var matches = EmbedShortcode().Matches(text.Data);
        if (matches.Count == 0)
        {
            return;
        }

        var parent = text.Parent!;
        int last = 0;
        foreach (Match m in matches)
        {
            parent.InsertBefore(document.CreateTextNode(text.Data[last..m.Index]), text);
            var link = EmbedLink(document, m.Groups[1].Value.Trim());
            parent.InsertBefore(link, text);
            expanded.Add(new ExpandedShortcode(ShortcodeSyntax.Find(m.Value).Select(ShortcodeSyntax.NameOf).FirstOrDefault() ?? "embed", link));
            last = m.Index + m.Length;
        }

        parent.InsertBefore(document.CreateTextNode(text.Data[last..]), text);
        parent.RemoveChild(text);
    }

    /// <summary>
    /// <c>[caption id=… caption="…"]&lt;img&gt; Caption text[/caption]</c>: the opening tag, the image and the
    /// closing tag are siblings (or in one text node when the image is a link's).
    /// </summary>
    private static IText? ExpandCaption(IText opening, IDocument document, List<ExpandedShortcode> expanded)
    {
        var open = CaptionOpen().Match(opening.Data);
        if (!open.Success)
        {
            return null;
        }

        var parent = opening.Parent!;
        // Find the closing tag in this node or a following sibling text node.
        var inside = new List<INode>();
        IText? closing = null;
        int closeAt = -1;
        string afterOpen = opening.Data[(open.Index + open.Length)..];
        int selfClose = CaptionClose().Match(afterOpen) is { Success: true } sm ? sm.Index : -1;
        if (selfClose < 0)
        {
            for (var node = opening.NextSibling; node is not null; node = node.NextSibling)
            {
                if (node is IText t && CaptionClose().Match(t.Data) is { Success: true } cm)
                {
                    closing = t;
                    closeAt = cm.Index;
                    break;
                }

                inside.Add(node);
            }

            if (closing is null)
            {
                return null; // unclosed: left as text, kept verbatim with a diagnostic
            }
        }

        var figure = document.CreateElement("figure");
        figure.ClassList.Add("wp-caption");
        var figcaption = document.CreateElement("figcaption");
        string before = opening.Data[..open.Index];
        string leading = selfClose >= 0 ? afterOpen[..selfClose] : afterOpen;
        string trailingAfterClose;
        if (selfClose >= 0)
        {
            trailingAfterClose = afterOpen[(selfClose + CaptionClose().Match(afterOpen).Length)..];
        }
        else
        {
            var cm = CaptionClose().Match(closing!.Data);
            trailingAfterClose = closing.Data[(cm.Index + cm.Length)..];
        }

        // The image (or the link around it) goes first; everything else is caption.
        var media = inside.FirstOrDefault(n => n is IElement e && (e.LocalName == "img" || e.QuerySelector("img") is not null));
        if (leading.Trim().Length > 0)
        {
            figcaption.AppendChild(document.CreateTextNode(leading));
        }

        foreach (var node in inside)
        {
            parent.RemoveChild(node);
            if (node == media)
            {
                figure.AppendChild(node);
            }
            else
            {
                figcaption.AppendChild(node);
            }
        }

        if (closing is not null && closeAt > 0)
        {
            figcaption.AppendChild(document.CreateTextNode(closing.Data[..closeAt]));
        }

        if (figcaption.TextContent.Trim().Length == 0 && ShortcodeSyntax.Attribute(open.Value, "caption") is { Length: > 0 } attributeCaption)
        {
            figcaption.TextContent = attributeCaption;
        }

        if (figcaption.TextContent.Trim().Length > 0)
        {
            figure.AppendChild(figcaption);
        }

        parent.InsertBefore(document.CreateTextNode(before), opening);
        parent.InsertBefore(figure, opening);
        expanded.Add(new ExpandedShortcode(ShortcodeSyntax.Find(open.Value).Select(ShortcodeSyntax.NameOf).FirstOrDefault() ?? "caption", figure));
        var trailing = document.CreateTextNode(trailingAfterClose);
        parent.InsertBefore(trailing, opening);
        parent.RemoveChild(opening);
        if (closing is not null)
        {
            parent.RemoveChild(closing);
        }

        return trailing;
    }

    private static IElement EmbedLink(IDocument document, string url)
    {
        var link = document.CreateElement("a");
        link.SetAttribute("href", url);
        link.SetAttribute(EmbedAttribute, "");
        link.TextContent = url;
        return link;
    }

    /// <summary>
    /// The <c>p</c> elements under <paramref name="node"/>, in document order: what <c>QuerySelectorAll("p")</c> finds,
    /// without its tree enumerator and result collection for every post. Recursive: the parser keeps the tree at most
    /// <see cref="NestingLimiter.MaxDepth"/> deep.
    /// </summary>
    private static void AddParagraphs(INode node, List<IElement> paragraphs)
    {
        var children = node.ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement element)
            {
                if (element.LocalName == "p")
                {
                    paragraphs.Add(element);
                }

                AddParagraphs(element, paragraphs);
            }
        }
    }

    /// <summary>
    /// The text nodes holding a '[', in document order: a DomWalk, not an iterator with a stack and an interface cast per
    /// node, as this runs on every post (issue 11, point 3). The &lt;p&gt; elements go to <paramref name="paragraphs"/>
    /// (if given) in document order, as <see cref="AddParagraphs"/> finds them.
    /// </summary>
    private static List<IText> BracketedTexts(INode root, List<IElement>? paragraphs)
    {
        var texts = new List<IText>();
        var walk = new DomWalk(root);
        while (walk.NextNode() is { } node)
        {
            if (node is Element element)
            {
                if (paragraphs is not null && element.LocalName == "p")
                {
                    paragraphs.Add(element);
                }
            }
            else if (node.NodeType == NodeType.Text && node is IText text && text.Data.Contains('['))
            {
                texts.Add(text);
            }
        }

        return texts;
    }

    [GeneratedRegex(@"\[embed[^\]]*\]\s*(https?://[^\s\[\]<>]+)\s*\[/embed\]", RegexOptions.IgnoreCase)]
    private static partial Regex EmbedShortcode();

    [GeneratedRegex(@"\[(?:wp_)?caption(?:\s[^\]]*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionOpen();

    [GeneratedRegex(@"\[/(?:wp_)?caption\]", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionClose();

    [GeneratedRegex(@"^https?://[^\s<>""]+$")]
    private static partial Regex BareUrl();
}
