using System.Buffers;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using CdsMigrate.Core.Parsing;
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
internal sealed partial class OutputDom
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
    private static AngleSharp.Dom.Document? t_document;

    // The text waiting to be added, kept by the thread between pages: a builder per page grew chunk by chunk and, once
    // cleared past its first chunk, allocated a new array at every flush (0.7% of a run's allocations, issue 11).
    [ThreadStatic]
    private static StringBuilder? t_pendingText;

    // Past this, a builder grown for one huge page is not kept for the thread's life.
    private const int MaxKeptChars = 64 * 1024;

    private readonly AngleSharp.Dom.Document _document;
    private readonly List<IElement> _open = [];
    private readonly StringBuilder _pendingText;
    private bool _failed;

    private OutputDom(AngleSharp.Dom.Document document)
    {
        _document = document;
        _body = document.CreateElementFrom("body", prefix: null!);
        _open.Add(_body);
        _pendingText = t_pendingText ?? new StringBuilder();
        t_pendingText = null;
    }

    private readonly IElement _body;

    private IElement Current => _open[^1];

    /// <summary>The body of the page, or null where only the browser's own parser is sure to build it right.</summary>
    public static IElement? TryBuild(MarkdownDocument markdown)
    {
        // An HTML document: ParseDocument's is one (a cast once per thread).
        var dom = new OutputDom(t_document ??= (AngleSharp.Dom.Document)Parser.ParseDocument(""));
        dom.Blocks(markdown, implicitParagraph: false);
        dom.FlushText();
        dom.GiveBackPendingText();
        return dom._failed ? null : dom._body;
    }

    private void Fail() => _failed = true;

    private void GiveBackPendingText()
    {
        _pendingText.Clear();
        if (_pendingText.Capacity <= MaxKeptChars)
        {
            t_pendingText = _pendingText;
        }
    }

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
                if (!OpenLink(Url(link.GetDynamicUrl?.Invoke() ?? link.Url), link))
                {
                    return;
                }

                if (!string.IsNullOrEmpty(link.Title))
                {
                    SetAttribute(Current, "title", link.Title);
                }

                Inlines(link);
                Close("a");
                break;
            case AutolinkInline autolink:
                if (!OpenLink((autolink.IsEmail ? "mailto:" : "") + Url(autolink.Url), autolink))
                {
                    return;
                }

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

    /// <summary>
    /// Opens a link as Markdig writes it (href, then the node's attributes); false, and the page given up on, inside
    /// another link, which the browser would close first.
    /// </summary>
    private bool OpenLink(string href, IMarkdownObject node)
    {
        if (HasOpen("a"))
        {
            Fail();
            return false;
        }

        Open("a", null);
        SetAttribute(Current, "href", href);
        SetAttributes(Current, node);
        return true;
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

    /// <summary>
    /// The browser keeps the first of two attributes with one name. Every attribute here is set by this method, with a
    /// lower-case name and no namespace: looked up as such (<see cref="HtmlAttributes"/>), not through HasAttribute, which lower-cases the name
    /// again on every call (the cost of an attribute lookup, for every link of every page). A name with a colon is left to
    /// HasAttribute, which matches it whole whatever becomes of a prefix.
    /// </summary>
    private static void SetAttribute(IElement element, string name, string value)
    {
        bool present = name.Contains(':') ? element.HasAttribute(name) : element.HasHtmlAttribute(name);
        if (!present)
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
}
