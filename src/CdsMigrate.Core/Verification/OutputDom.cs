using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CdsMigrate.Core.Verification;

/// <summary>
/// The page a browser builds from Markdig's HTML for a Markdown document, built straight from Markdig's syntax tree
/// (issue 11, point 3): no HTML string, no re-parse of the whole output. Each node becomes the element Markdig's
/// HTML renderer writes for it; raw HTML (an <see cref="HtmlBlock"/> or <see cref="HtmlInline"/>) is read tag by
/// tag onto the same stack of open elements, as the browser's tree builder would. Where the browser would do more
/// than open and close elements in order (a tag closing another implicitly, a misnested tag, text moved out of a
/// table, a raw-text element, an entity it decodes its own way…), the document is not built here (null) and the
/// caller renders and parses it as before: never a different page, only a slower one.
/// </summary>
internal sealed class OutputDom
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions(), AngleSharp.BrowsingContext.New(AngleSharp.Configuration.Default));

    // The characters Markdig writes into a URL unchanged: the usual URL needs no escaping, so no renderer.
    private static readonly SearchValues<char> UrlAsIs = SearchValues.Create(
        "!#$%&()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

    [ThreadStatic]
    private static HtmlRenderer? t_urlRenderer;

    // One document per thread owns the pages built on it: a new document per page (parsing "") cost more than the
    // page's own elements. Each page is a detached body element; nothing is ever added to the document's tree.
    [ThreadStatic]
    private static IDocument? t_document;

    private readonly IDocument _document;
    private readonly List<IElement> _open = [];
    private readonly StringBuilder _pendingText = new();
    private bool _failed;

    private OutputDom(IDocument document)
    {
        _document = document;
        _body = document.CreateElement("body");
        _open.Add(_body);
    }

    private readonly IElement _body;

    private IElement Current => _open[^1];

    /// <summary>The body of the page, or null where only the browser's own parser is sure to build it right.</summary>
    public static IElement? TryBuild(MarkdownDocument markdown)
    {
        var dom = new OutputDom(t_document ??= Parser.ParseDocument(""));
        dom.Blocks(markdown, implicitParagraph: false);
        dom.FlushText();
        return dom._failed ? null : dom._body;
    }

    private void Fail() => _failed = true;

    private void Blocks(ContainerBlock container, bool implicitParagraph)
    {
        foreach (var block in container)
        {
            if (_failed)
            {
                return;
            }

            Block(block, implicitParagraph);
        }
    }

    private void Block(Block block, bool implicitParagraph)
    {
        switch (block)
        {
            case HtmlBlock html:
                RawLines(html);
                break;
            case ParagraphBlock paragraph when implicitParagraph:
                Inlines(paragraph.Inline);
                break;
            case ParagraphBlock paragraph:
                Open("p", paragraph);
                Inlines(paragraph.Inline);
                Close("p");
                break;
            case HeadingBlock heading:
                string name = "h" + heading.Level.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Open(name, heading);
                Inlines(heading.Inline);
                Close(name);
                break;
            case ThematicBreakBlock rule:
                Void("hr", rule);
                break;
            case Markdig.Extensions.Alerts.AlertBlock alert:
                Open("div", alert);
                // Markdig's title (an icon and the kind's name): the fingerprint skips it by its class.
                Open("p", null);
                SetAttribute(Current, "class", "markdown-alert-title");
                Text(alert.Kind.ToString());
                Close("p");
                Blocks(alert, implicitParagraph: false);
                Close("div");
                break;
            case QuoteBlock quote:
                Open("blockquote", quote);
                Blocks(quote, implicitParagraph: false);
                Close("blockquote");
                break;
            case ListBlock list:
                List(list);
                break;
            case CodeBlock code:
                Open("pre", null);
                Open("code", code);
                var lines = code.Lines;
                for (int i = 0; i < lines.Count; i++)
                {
                    var slice = lines.Lines[i].Slice;
                    _pendingText.Append(slice.AsSpan()).Append('\n');
                }

                Close("code");
                Close("pre");
                break;
            case Table table:
                Table(table);
                break;
            case Markdig.Extensions.Footnotes.FootnoteGroup group:
                // As Markdig's HtmlFootnoteGroupRenderer writes it.
                Open("div", null);
                SetAttribute(Current, "class", "footnotes");
                Void("hr", null);
                Open("ol", null);
                foreach (var footnoteBlock in group)
                {
                    var footnote = (Markdig.Extensions.Footnotes.Footnote)footnoteBlock;
                    Open("li", null);
                    SetAttribute(Current, "id", "fn:" + footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    Blocks(footnote, implicitParagraph: false);
                    Close("li");
                }

                Close("ol");
                Close("div");
                break;
            case LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            default:
                // Footnotes and whatever else this builder does not know: the renderer and the parser build it.
                Fail();
                break;
        }
    }

    private void List(ListBlock list)
    {
        string name = list.IsOrdered ? "ol" : "ul";
        Open(name, null);
        if (list.IsOrdered && list.BulletType != '1')
        {
            SetAttribute(Current, "type", list.BulletType.ToString());
        }

        if (list.IsOrdered && list.OrderedStart is not null && list.OrderedStart != "1")
        {
            SetAttribute(Current, "start", list.OrderedStart);
        }

        SetAttributes(Current, list);
        foreach (var item in list)
        {
            if (_failed)
            {
                return;
            }

            Open("li", item);
            Blocks((ListItemBlock)item, implicitParagraph: !list.IsLoose);
            Close("li");
        }

        Close(name);
    }

    private void Table(Table table)
    {
        Open("table", table);
        foreach (var column in table.ColumnDefinitions)
        {
            if (column.Width != 0.0f && column.Width != 1.0f)
            {
                // Column widths: col elements; not worth building.
                Fail();
                return;
            }
        }

        bool hasBody = false, hasHeader = false, headerOpen = false;
        foreach (var rowObject in table)
        {
            var row = (TableRow)rowObject;
            if (row.IsHeader)
            {
                if (!hasHeader)
                {
                    Open("thead", null);
                    headerOpen = true;
                }

                hasHeader = true;
            }
            else if (!hasBody)
            {
                if (headerOpen)
                {
                    Close("thead");
                    headerOpen = false;
                }

                Open("tbody", null);
                hasBody = true;
            }

            // A header row after the body has started is written inside the body, as Markdig does.
            Open("tr", row);
            foreach (var cellObject in row)
            {
                var cell = (TableCell)cellObject;
                string cellName = row.IsHeader ? "th" : "td";
                Open(cellName, null);
                if (cell.ColumnSpan != 1 || cell.RowSpan != 1)
                {
                    Fail();
                    return;
                }

                SetAttributes(Current, cell);
                Blocks(cell, implicitParagraph: cell.Count == 1);
                Close(cellName);
            }

            Close("tr");
        }

        if (hasBody)
        {
            Close("tbody");
        }
        else if (headerOpen)
        {
            Close("thead");
        }

        Close("table");
    }

    private void Inlines(ContainerInline? container)
    {
        for (var inline = container?.FirstChild; inline is not null && !_failed; inline = inline.NextSibling)
        {
            Inline(inline);
        }
    }

    private void Inline(Inline inline)
    {
        switch (inline)
        {
            case LiteralInline literal:
                _pendingText.Append(literal.Content.AsSpan());
                break;
            case EmphasisInline emphasis:
                string? tag = EmphasisTag(emphasis);
                if (tag is null)
                {
                    Fail();
                    return;
                }

                Open(tag, emphasis);
                Inlines(emphasis);
                Close(tag);
                break;
            case CodeInline code:
                Open("code", code);
                _pendingText.Append(code.ContentSpan);
                Close("code");
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.NextSibling is null)
                {
                    // Markdig writes nothing for a break that ends its container.
                    break;
                }

                if (lineBreak.IsHard)
                {
                    Void("br", null);
                }

                _pendingText.Append('\n');
                break;
            case LinkInline { IsImage: true } image:
                Void("img", null);
                var img = (IElement)Current.LastChild!;
                SetAttribute(img, "src", Url(image.GetDynamicUrl?.Invoke() ?? image.Url));
                SetAttributes(img, image);
                var alt = new StringBuilder();
                AltText(image, alt);
                SetAttribute(img, "alt", alt.ToString());
                if (!string.IsNullOrEmpty(image.Title))
                {
                    SetAttribute(img, "title", image.Title);
                }

                break;
            case LinkInline link:
                if (HasOpen("a"))
                {
                    Fail();
                    return;
                }

                Open("a", null);
                SetAttribute(Current, "href", Url(link.GetDynamicUrl?.Invoke() ?? link.Url));
                SetAttributes(Current, link);
                if (!string.IsNullOrEmpty(link.Title))
                {
                    SetAttribute(Current, "title", link.Title);
                }

                Inlines(link);
                Close("a");
                break;
            case AutolinkInline autolink:
                if (HasOpen("a"))
                {
                    Fail();
                    return;
                }

                Open("a", null);
                SetAttribute(Current, "href", (autolink.IsEmail ? "mailto:" : "") + Url(autolink.Url));
                SetAttributes(Current, autolink);
                _pendingText.Append(autolink.Url);
                Close("a");
                break;
            case HtmlEntityInline entity:
                _pendingText.Append(entity.Transcoded.AsSpan());
                break;
            case HtmlInline html:
                Raw(html.Tag, inline: true);
                break;
            case Markdig.Extensions.Footnotes.FootnoteLink footnoteLink:
                FootnoteLink(footnoteLink);
                break;
            default:
                Fail();
                break;
        }
    }

    /// <summary>A footnote reference or a note's link back to it, as Markdig's HtmlFootnoteLinkRenderer writes them.</summary>
    private void FootnoteLink(Markdig.Extensions.Footnotes.FootnoteLink link)
    {
        if (HasOpen("a"))
        {
            Fail();
            return;
        }

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        string order = link.Footnote.Order.ToString(culture);
        Open("a", null);
        if (link.IsBackLink)
        {
            SetAttribute(Current, "href", "#fnref:" + link.Index.ToString(culture));
            SetAttribute(Current, "class", "footnote-back-ref");
            Text("\u21a9");
        }
        else
        {
            SetAttribute(Current, "id", "fnref:" + link.Index.ToString(culture));
            SetAttribute(Current, "href", "#fn:" + order);
            SetAttribute(Current, "class", "footnote-ref");
            Open("sup", null);
            Text(order);
            Close("sup");
        }

        Close("a");
    }

    private static string? EmphasisTag(EmphasisInline emphasis) => emphasis.DelimiterChar switch
    {
        '*' or '_' => emphasis.DelimiterCount == 2 ? "strong" : "em",
        '~' => emphasis.DelimiterCount == 2 ? "del" : "sub",
        '^' => "sup",
        '+' => "ins",
        '=' => "mark",
        _ => null,
    };

    /// <summary>An image's alt text as Markdig writes it: the text of its inlines, without markup.</summary>
    private void AltText(ContainerInline container, StringBuilder alt)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    alt.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    alt.Append(code.ContentSpan);
                    break;
                case HtmlEntityInline entity:
                    alt.Append(entity.Transcoded.AsSpan());
                    break;
                case AutolinkInline autolink:
                    alt.Append(autolink.Url);
                    break;
                case LineBreakInline when inline.NextSibling is not null:
                    alt.Append('\n');
                    break;
                case LineBreakInline or HtmlInline:
                    break;
                case ContainerInline inner:
                    AltText(inner, alt);
                    break;
                default:
                    Fail();
                    break;
            }
        }
    }

    /// <summary>A URL as Markdig writes it into an attribute (percent-escaped, IDN-encoded), as the browser reads it back.</summary>
    private static string Url(string? url)
    {
        if (url is null)
        {
            return "";
        }

        if (!url.AsSpan().ContainsAnyExcept(UrlAsIs))
        {
            return url;
        }

        var renderer = t_urlRenderer ??= new HtmlRenderer(new StringWriter());
        var writer = (StringWriter)renderer.Writer;
        writer.GetStringBuilder().Clear();
        renderer.WriteEscapeUrl(url);
        renderer.Writer.Flush();
        // '&' is the one character written as an entity.
        return writer.ToString().Replace("&amp;", "&", StringComparison.Ordinal);
    }

    private void SetAttributes(IElement element, IMarkdownObject obj)
    {
        if (obj.TryGetAttributes() is not { } attributes)
        {
            return;
        }

        if (attributes.Id is not null)
        {
            SetAttribute(element, "id", attributes.Id);
        }

        if (attributes.Classes is { Count: > 0 })
        {
            SetAttribute(element, "class", string.Join(' ', attributes.Classes));
        }

        if (attributes.Properties is { Count: > 0 })
        {
            foreach (var property in attributes.Properties)
            {
                if (!IsPlainName(property.Key))
                {
                    Fail();
                    return;
                }

                SetAttribute(element, property.Key.ToLowerInvariant(), property.Value ?? "");
            }
        }
    }

    /// <summary>The browser keeps the first of two attributes with one name.</summary>
    private static void SetAttribute(IElement element, string name, string value)
    {
        if (!element.HasAttribute(name))
        {
            ((IConstructableElement)element).SetOwnAttribute(name, value);
        }
    }

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }

    // ---- the stack of open elements ----

    // Start tags that close an open p in the browser (and a few more that change the tree): with a p open, not built here.
    private static readonly HashSet<string> ClosesParagraph = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption",
        "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul",
        "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "table", "hr", "li", "dd", "dt", "form", "plaintext", "xmp",
    };

    // Elements under which the browser moves text and most elements elsewhere (foster parenting).
    private static bool IsTableContext(string name) => name is "table" or "thead" or "tbody" or "tfoot" or "tr";

    private void Open(string name, IMarkdownObject? obj)
    {
        FlushText();
        if (!CanOpen(name))
        {
            Fail();
            return;
        }

        var element = _document.CreateElement(name);
        if (obj is not null)
        {
            SetAttributes(element, obj);
        }

        Append(element);
        _open.Add(element);
    }

    private bool CanOpen(string name)
    {
        string current = Current.LocalName;
        if (ClosesParagraph.Contains(name) && (HasOpen("p") || current is ['h', >= '1' and <= '6']))
        {
            return false;
        }

        return name switch
        {
            "a" => !HasOpen("a"),
            "li" => current is "ul" or "ol",
            "dd" or "dt" => current == "dl",
            "thead" or "tbody" or "tfoot" or "caption" => current == "table",
            "tr" => current is "thead" or "tbody" or "tfoot",
            "td" or "th" => current == "tr",
            _ => !IsTableContext(current),
        };
    }

    private void Void(string name, IMarkdownObject? obj)
    {
        FlushText();
        if (IsTableContext(Current.LocalName) || (ClosesParagraph.Contains(name) && HasOpen("p")))
        {
            Fail();
            return;
        }

        var element = _document.CreateElement(name);
        if (obj is not null)
        {
            SetAttributes(element, obj);
        }

        Append(element);
    }

    /// <summary>
    /// Adds a node the way the HTML parser does (IConstructableNode): AppendChild would check the tree, record a
    /// mutation and allocate for both on every node, for a page nobody observes.
    /// </summary>
    private void Append(IElement element) => ((IConstructableNode)Current).AddNode((IConstructableNode)element);

    private void Close(string name)
    {
        FlushText();
        if (_open.Count <= 1 || Current.LocalName != name)
        {
            Fail();
            return;
        }

        _open.RemoveAt(_open.Count - 1);
    }

    private bool HasOpen(string name)
    {
        for (int i = _open.Count - 1; i > 0; i--)
        {
            if (_open[i].LocalName == name)
            {
                return true;
            }
        }

        return false;
    }

    private void Text(string text) => _pendingText.Append(text);

    private void FlushText()
    {
        if (_pendingText.Length == 0)
        {
            return;
        }

        if (IsTableContext(Current.LocalName) && !IsHtmlWhitespace(_pendingText))
        {
            // The browser moves it before the table.
            Fail();
        }

        ((IConstructableNode)Current).AppendText(_pendingText.ToString(), emitWhiteSpaceOnly: true);
        _pendingText.Clear();
    }

    private static bool IsHtmlWhitespace(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks())
        {
            foreach (char c in chunk.Span)
            {
                if (c is not (' ' or '\t' or '\n' or '\f' or '\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // ---- raw HTML ----

    private void RawLines(HtmlBlock html)
    {
        // Markdig writes each line followed by a line break.
        var text = new StringBuilder();
        var lines = html.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            text.Append(lines.Lines[i].Slice.AsSpan()).Append('\n');
        }

        Raw(text.ToString(), inline: false);
    }

    // Elements the browser's tree builder treats as plain open/close pairs (given the checks in CanOpen).
    private static readonly HashSet<string> RawElements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins", "kbd", "mark", "q",
        "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var",
        "address", "article", "aside", "blockquote", "center", "details", "div", "dl", "dd", "dt", "figcaption", "figure",
        "footer", "header", "hgroup", "main", "nav", "ol", "ul", "li", "p", "section", "summary",
        "h1", "h2", "h3", "h4", "h5", "h6", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
        "video", "audio", "pre", "iframe",
    };

    private static readonly HashSet<string> RawVoidElements = new(StringComparer.Ordinal) { "br", "img", "hr", "wbr", "source", "track" };

    /// <summary>Reads raw HTML onto the open elements: text, comments, start and end tags; anything else fails.</summary>
    private void Raw(string html, bool inline)
    {
        int i = 0;
        while (i < html.Length && !_failed)
        {
            int lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                RawText(html.AsSpan(i));
                return;
            }

            RawText(html.AsSpan(i, lt - i));
            i = lt;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                // "<!-->" and "<!--->" end at once in the browser; not here.
                if (end < 0 || end < i + 5)
                {
                    Fail();
                    return;
                }

                i = end + 3;
                continue;
            }

            char next = i + 1 < html.Length ? html[i + 1] : '\0';
            if (next == '/')
            {
                i = EndTag(html, i + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                i = StartTag(html, i + 1);
            }
            else if (next is '!' or '?' or '\0')
            {
                Fail();
                return;
            }
            else
            {
                // A '<' that starts no tag is text.
                RawText("<");
                i++;
            }
        }
    }

    private int EndTag(string html, int i)
    {
        int start = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        if (i == start || i >= html.Length || !char.IsAsciiLetter(html[start]))
        {
            Fail();
            return html.Length;
        }

        string name = html[start..i].ToLowerInvariant();
        while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
        if (i >= html.Length || html[i] != '>' || !RawElements.Contains(name))
        {
            Fail();
            return html.Length;
        }

        Close(name);
        return i + 1;
    }

    private int StartTag(string html, int i)
    {
        int start = i;
        while (i < html.Length && char.IsAsciiLetterOrDigit(html[i])) i++;
        if (i >= html.Length)
        {
            Fail();
            return html.Length;
        }

        string name = html[start..i].ToLowerInvariant();
        bool isVoid = RawVoidElements.Contains(name);
        if (!isVoid && !RawElements.Contains(name))
        {
            Fail();
            return html.Length;
        }

        var attributes = new List<(string Name, string Value)>();
        bool selfClosing = false;
        while (true)
        {
            int before = i;
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
            if (i >= html.Length)
            {
                Fail();
                return html.Length;
            }

            if (html[i] == '>')
            {
                i++;
                break;
            }

            if (html[i] == '/' && i + 1 < html.Length && html[i + 1] == '>')
            {
                selfClosing = true;
                i += 2;
                break;
            }

            // An attribute: a name after whitespace, then optionally = and a value.
            int nameStart = i;
            while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':' or '.')) i++;
            if (i == nameStart || before == nameStart)
            {
                Fail();
                return html.Length;
            }

            string attribute = html[nameStart..i].ToLowerInvariant();
            string value = "";
            int afterName = i;
            while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
            if (i < html.Length && html[i] == '=')
            {
                i++;
                while (i < html.Length && html[i] is ' ' or '\t' or '\n' or '\f') i++;
                if (i >= html.Length)
                {
                    Fail();
                    return html.Length;
                }

                char quote = html[i];
                int valueStart;
                if (quote is '"' or '\'')
                {
                    valueStart = i + 1;
                    int end = html.IndexOf(quote, valueStart);
                    if (end < 0)
                    {
                        Fail();
                        return html.Length;
                    }

                    value = html[valueStart..end];
                    i = end + 1;
                }
                else
                {
                    valueStart = i;
                    while (i < html.Length && html[i] is not (' ' or '\t' or '\n' or '\f' or '>' or '"' or '\'' or '<' or '=' or '`')) i++;
                    value = html[valueStart..i];
                    if (value.Length == 0)
                    {
                        Fail();
                        return html.Length;
                    }
                }

                if (!Decode(ref value))
                {
                    Fail();
                    return html.Length;
                }
            }
            else
            {
                i = afterName;
            }

            attributes.Add((attribute, value));
        }

        if (selfClosing && !isVoid)
        {
            // The browser ignores the slash: the element stays open. Not built here.
            Fail();
            return html.Length;
        }

        if (isVoid)
        {
            Void(name, null);
        }
        else
        {
            Open(name, null);
        }

        if (_failed)
        {
            return html.Length;
        }

        var element = isVoid ? (IElement)Current.LastChild! : Current;
        foreach (var (attribute, value) in attributes)
        {
            SetAttribute(element, attribute, value);
        }

        if (name == "pre")
        {
            // The parser drops a line break right after <pre>; it must be here to be seen.
            if (i >= html.Length)
            {
                Fail();
                return html.Length;
            }

            return html[i] == '\n' ? i + 1 : i;
        }

        if (name == "iframe")
        {
            // An iframe's content is raw text up to its end tag (no tags, no entities).
            int end = html.IndexOf("</iframe", i, StringComparison.OrdinalIgnoreCase);
            if (end < 0 || end + 8 >= html.Length || html[end + 8] != '>')
            {
                Fail();
                return html.Length;
            }

            _pendingText.Append(html.AsSpan(i, end - i));
            Close("iframe");
            return end + 9;
        }

        return i;
    }

    private void RawText(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (text.IndexOf('&') < 0)
        {
            _pendingText.Append(text);
            return;
        }

        string value = text.ToString();
        if (!Decode(ref value))
        {
            Fail();
            return;
        }

        _pendingText.Append(value);
    }

    /// <summary>
    /// Decodes the character references the browser decodes alike in text and attributes: the five named ones and
    /// numeric ones for ordinary characters. Anything else (legacy names without a semicolon, C1 numbers…) fails.
    /// </summary>
    private static bool Decode(ref string value)
    {
        int amp = value.IndexOf('&');
        if (amp < 0)
        {
            return true;
        }

        var sb = new StringBuilder(value.Length);
        int i = 0;
        while (amp >= 0)
        {
            sb.Append(value.AsSpan(i, amp - i));
            int semicolon = value.IndexOf(';', amp);
            if (semicolon < 0 || semicolon - amp > 10)
            {
                return false;
            }

            var name = value.AsSpan(amp + 1, semicolon - amp - 1);
            switch (name)
            {
                case "amp": sb.Append('&'); break;
                case "lt": sb.Append('<'); break;
                case "gt": sb.Append('>'); break;
                case "quot": sb.Append('"'); break;
                case "apos": sb.Append('\''); break;
                case "nbsp": sb.Append('\u00a0'); break;
                default:
                    if (name.Length < 2 || name[0] != '#')
                    {
                        return false;
                    }

                    bool hex = name[1] is 'x' or 'X';
                    var digits = name[(hex ? 2 : 1)..];
                    if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                            System.Globalization.CultureInfo.InvariantCulture, out int code)
                        || code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0xd800 && code < 0xe000) || code > 0x10ffff)
                    {
                        return false;
                    }

                    sb.Append(char.ConvertFromUtf32(code));
                    break;
            }

            i = semicolon + 1;
            amp = value.IndexOf('&', i);
        }

        sb.Append(value.AsSpan(i));
        value = sb.ToString();
        return true;
    }
}
