using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using Markdig.Syntax;

namespace CdsMigrate.Core.Verification;

// OutputDom, continued: the stack of open elements, as the browser's tree builder keeps it, and the text waiting to be added.
internal sealed partial class OutputDom
{
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

        _open.Add(AppendNew(name, obj));
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

        AppendNew(name, obj);
    }

    private IElement AppendNew(string name, IMarkdownObject? obj)
    {
        // The factory the HTML parser uses, which the document keeps: CreateElement looks it up among the browsing
        // context's services for every element (2% of a verified run, issue 11 point 3). The names are known tags.
        IElement element = _document.CreateElementFrom(name, prefix: null!); // No prefix, as CreateElement passes (the parameter is declared non-null).
        if (obj is not null)
        {
            SetAttributes(element, obj);
        }

        Append(element);
        return element;
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
}
