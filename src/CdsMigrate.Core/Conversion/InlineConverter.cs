using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
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
        // Called for every element's children: a node list or a run is read by index (a foreach over the interface
        // allocates an enumerator), into a list sized for about one inline per node.
        switch (nodes)
        {
            case INodeList list:
            {
                var result = new List<MdInline>(list.Length);
                for (int i = 0; i < list.Length; i++)
                {
                    Append(list[i], result);
                }

                return result;
            }

            case IReadOnlyList<INode> run:
            {
                var result = new List<MdInline>(run.Count);
                for (int i = 0; i < run.Count; i++)
                {
                    Append(run[i], result);
                }

                return result;
            }

            default:
            {
                var result = new List<MdInline>();
                foreach (var node in nodes)
                {
                    Append(node, result);
                }

                return result;
            }
        }
    }

    private void Append(INode node, List<MdInline> result)
    {
        switch (node)
        {
            case IText text:
                AppendText(text, result);
                break;
            case IElement dropped when context.Ledger.IsDropped(dropped):
                // A rule already decided to leave it out (decoration, a duplicate), and said why.
                break;
            case IElement element:
                if (!context.Enter())
                {
                    var deep = context.Report(DiagnosticCodes.NestingTooDeep, element, $"inline markup nested deeper than {ConversionContext.MaxDepth} levels: the rest is kept as its text", element.LocalName);
                    result.Add(new MdText(CollapseWhitespace(context.FlattenedText(element, deep))));
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

    /// <summary>
    /// Text, with the WordPress shortcode tags the site expands split out as verbatim nodes (never escaped). Any
    /// other bracketed text ("a[i]", an unregistered "[custom-thing]") is text, escaped only as text is (issue 10).
    /// </summary>
    private void AppendText(IText text, List<MdInline> result)
    {
        var tags = text.Data.Contains('[') ? context.Index.ShortcodesIn(text) : [];
        if (tags.Count == 0)
        {
            result.Add(new MdText(CollapseWhitespace(text.Data)));
            return;
        }

        // Matched on the data as written; each piece is collapsed on its own (a tag is never whitespace, so
        // this is the same as collapsing the whole).
        string data = text.Data;
        int last = 0;
        foreach (var m in tags)
        {
            if (m.Index > last)
            {
                result.Add(new MdText(CollapseWhitespace(data[last..m.Index])));
            }

            string name = Parsing.ShortcodeSyntax.NameOf(m);
            bool closing = m.Value.StartsWith("[/", StringComparison.Ordinal);
            if (!closing)
            {
                string why = name.Equals("gallery", StringComparison.OrdinalIgnoreCase)
                    ? "[gallery] kept verbatim: its images are attachments whose URLs are not in the post"
                    : $"shortcode [{name}] kept verbatim: the destination site has no equivalent";
                // At the shortcode itself, not its paragraph (issue 11, s5pos).
                context.Add(DiagnosticCodes.ShortcodeKept.At(context.SpanOfText(text, m.Index, m.Length), why, "shortcode"));
            }

            result.Add(new MdShortcode(CollapseWhitespace(m.Value)));
            last = m.Index + m.Length;
        }

        if (last < data.Length)
        {
            result.Add(new MdText(CollapseWhitespace(data[last..])));
        }
    }

    private void AppendElement(IElement element, List<MdInline> result)
    {
        string name = element.LocalName;
        if (context.IsSkippedBackReference(element))
        {
            return; // a footnote's back link: the renderer adds its own (the verifier ignores them on both sides)
        }

        if (element.Id is { Length: > 0 } id && name != "a" && context.Index.LinkTargets.Contains(id) && context.WrittenAnchors.Add(id))
        {
            // An in-page link targets this inline element: keep a named anchor in its place.
            result.Add(new MdAnchor(id));
        }

        if (InlineWrapper.IsVisibleBlock(element) && name is not ("iframe" or "video" or "audio" or "object" or "embed" or "canvas" or "svg" or "math" or "select" or "textarea"))
        {
            // A block inside a link or a heading (a link card's divs, Word's paragraphs in a span): a browser
            // starts a new line for it. Issue 10, point 2: the words ran together ("GraphToChart市街化…").
            context.ReportOnce("block-in-inline:" + name, DiagnosticCodes.NestingRepaired, element,
                $"<{name}> inside inline content ({element.ParentElement?.LocalName ?? "text"}): written as a line of its own, as a browser shows it", name);
            context.NoteStylingLost(element, container: true);
            if (result.LastOrDefault(i => i is not MdText t || t.Text.Any(c => !Writing.InlineNormalizer.IsWhitespace(c))) is { } before and not MdHardBreak)
            {
                result.Add(new MdHardBreak());
            }

            result.AddRange(Convert(element.ChildNodes));
            result.Add(new MdHardBreak());
            return;
        }

        if (name is not ("span" or "font" or "br" or "wbr"))
        {
            context.NoteStylingLost(element);
        }

        switch (name)
        {
            case "strong" or "b":
                result.Add(new MdStrong(Convert(element.ChildNodes)));
                break;
            case "em" or "i":
                result.Add(new MdEmphasis(Convert(element.ChildNodes)));
                break;
            case "code" or "tt" or "samp":
                AppendCode(element, result);
                break;
            case "s" or "del" or "strike":
            {
                // The origin first: where CommonMark's writer reports its <del> (CDS1301), before the content's diagnostics.
                var origin = context.OriginOf(element, name);
                result.Add(new MdStrike(Convert(element.ChildNodes)) { Origin = origin });
                break;
            }
            case "sup" when element.Children is [{ LocalName: "a" } reference] && context.Index.TryGetReference(reference, out int number):
                result.Add(new MdFootnoteReference(number));
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
                // Presentation only: keep the text. Bold, italic and line-through styles are emphasis Markdown
                // can say; a colour, background or underline is reported as lost; sizes and fonts are the site's.
                context.NoteStylingLost(element, emphasisConverted: true);

                var (bold, italic, strike) = InlineStyle.Emphasis(element);
                IReadOnlyList<MdInline> inner = Convert(element.ChildNodes);
                if (strike)
                {
                    inner = [new MdStrike(inner)];
                }

                if (italic) inner = [new MdEmphasis(inner)];
                if (bold) inner = [new MdStrong(inner)];
                result.AddRange(inner);
                break;
            case "script":
                context.ReportOnce("script", DiagnosticCodes.ScriptDropped, element, "<script> inside text dropped: the text it writes when a browser runs it is not in the output", name);
                break;
            case "wbr" or "style" or "template":
                break;
            default:
                if (KeptAsHtml.Contains(name))
                {
                    // Nothing is lost (the site renders the tag as before), but the Markdown holds HTML: said once per tag
                    // and document, like the blocks kept as HTML (CDS1001) and CommonMark's <del> (CDS1301).
                    context.ReportOnce("inline-html:" + name, DiagnosticCodes.InlineHtmlKept, element, $"<{name}> has no Markdown form: kept as inline HTML around its converted text", name);
                    result.Add(new MdHtmlInline(name, OpenTag(element), Convert(element.ChildNodes)));
                }
                else if (name.Contains(':', StringComparison.Ordinal))
                {
                    // <o:p>, <st1:place>, <v:shape>: Office namespaces pasted from Word. No reader sees the tag.
                    context.ReportOnce("paste-element", DiagnosticCodes.PasteResidueDropped, element, $"Word paste residue: <{name}> and other Office tags removed, their text kept", name);
                    result.AddRange(Convert(element.ChildNodes));
                }
                else
                {
                    context.Report(DiagnosticCodes.InlineUnwrapped, element, $"<{name}> has no Markdown form: its text is kept without it", name);
                    result.AddRange(Convert(element.ChildNodes));
                }

                break;
        }
    }

    /// <summary>
    /// A code span, or, when the code holds links (<c>&lt;code&gt;&lt;a href&gt;ccze&lt;/a&gt;&lt;/code&gt;</c>), code spans split
    /// around links whose text is code: a code span cannot hold a link, and its text alone lost the link (issue 10).
    /// </summary>
    private void AppendCode(IElement code, List<MdInline> result)
    {
        if (!code.Descendants<IElement>().Any(e => e.LocalName == "a" && e.HasHtmlAttribute("href")))
        {
            string whole = CollapseWhitespace(code.TextContent);
            if (whole.Trim(' ').Length > 0)
            {
                // White space at either end of inline code (<code>\n$ sudo …\n</code>) shows as the space between
                // words it is: written outside the code span, as markdownlint's MD038 asks (wxr chrisjrob, 108 findings).
                if (whole.StartsWith(' ')) result.Add(new MdText(" "));
                result.Add(new MdCode(whole.Trim(' ')));
                if (whole.EndsWith(' ')) result.Add(new MdText(" "));
            }
            else if (whole.Length > 0)
            {
                // An empty <code></code> shows nothing; written as `` it would show two backticks (issue 10).
                result.Add(new MdText(" "));
            }

            return;
        }

        context.ReportOnce("link-in-code", DiagnosticCodes.NestingRepaired, code, "link inside <code>: written as a link whose text is code", "code");
        var text = new StringBuilder();
        void Flush()
        {
            string piece = CollapseWhitespace(text.ToString());
            text.Clear();
            if (piece.Trim(' ').Length > 0)
            {
                // The space between a code piece and the link goes outside the code span (markdownlint MD038).
                if (piece.StartsWith(' ')) result.Add(new MdText(" "));
                result.Add(new MdCode(piece.Trim(' ')));
                if (piece.EndsWith(' ')) result.Add(new MdText(" "));
            }
            else if (piece.Length > 0)
            {
                result.Add(new MdText(" "));
            }
        }

        void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText t:
                        text.Append(t.Data);
                        break;
                    case IElement { LocalName: "a" } a when a.GetHtmlAttribute("href") is { } href:
                        Flush();
                        string label = CollapseWhitespace(a.TextContent);
                        if (label.Trim(' ').Length == 0)
                        {
                            context.Report(DiagnosticCodes.EmptyLinkDropped, a, $"empty link to {Shorten(href)} dropped: it has no text or image", "a");
                            break;
                        }

                        string? title = a.GetHtmlAttribute("title");
                        result.Add(new MdLink(href.Trim(), string.IsNullOrWhiteSpace(title) ? null : title, [new MdCode(label)]));
                        break;
                    case IElement e:
                        Walk(e);
                        break;
                }
            }
        }

        Walk(code);
        Flush();
    }

    private void AppendLink(IElement link, List<MdInline> result)
    {
        var children = Convert(link.ChildNodes);
        string? href = link.GetHtmlAttribute("href");
        string? anchorId = link.Id is { Length: > 0 } ? link.Id : link.GetHtmlAttribute("name");
        if (anchorId is { Length: > 0 } && context.Index.LinkTargets.Contains(anchorId) && context.WrittenAnchors.Add(anchorId))
        {
            // A link in this document points here: keep the anchor (only then: most ids are editor residue).
            result.Add(new MdAnchor(anchorId));
        }

        if (href is null)
        {
            // A named anchor (<a id> or <a name>) with no destination: its text stays.
            result.AddRange(children);
            return;
        }

        if (!InlineContent.HasContent(children))
        {
            context.Report(DiagnosticCodes.EmptyLinkDropped, link, $"empty link to {Shorten(href)} dropped: it has no text or image", "a");
            result.AddRange(children); // whitespace only, kept so words either side stay apart
            return;
        }

        string? title = link.GetHtmlAttribute("title");
        result.Add(new MdLink(href.Trim(), string.IsNullOrWhiteSpace(title) ? null : title, children));
    }

    private void AppendImage(IElement image, List<MdInline> result)
    {
        // srcset lists the same picture at other sizes; src is the one every reader shows.
        string? src = image.GetHtmlAttribute("src") ?? image.GetHtmlAttribute("data-src") ?? FirstSrcsetUrl(image.GetHtmlAttribute("srcset"));
        string alt = CollapseWhitespace(image.GetHtmlAttribute("alt") ?? "").Trim();
        if (string.IsNullOrWhiteSpace(src) && alt.Length > 0 && image.HasHtmlAttribute("src"))
        {
            // <img src="" alt="…">: a browser shows the alt text where the picture failed; so does ![alt]() (issue 10).
            result.Add(new MdImage("", alt));
            return;
        }

        if (string.IsNullOrWhiteSpace(src))
        {
            context.Report(DiagnosticCodes.EmptyLinkDropped, image, "image without src dropped", "img");
            return;
        }

        string? title = image.GetHtmlAttribute("title");
        result.Add(new MdImage(src.Trim(), alt, string.IsNullOrWhiteSpace(title) ? null : title));
    }

    private static string OpenTag(IElement element)
    {
        var sb = new StringBuilder("<").Append(element.LocalName);
        foreach (var attribute in KeptAttributes)
        {
            string? value = element.GetHtmlAttribute(attribute);
            if (value is not null)
            {
                sb.Append(' ').Append(attribute).Append("=\"").Append(Writing.SummaryHtmlRenderer.Attr(value)).Append('"');
            }
        }

        return sb.Append('>').ToString();
    }

    private static string? FirstSrcsetUrl(string? srcset) =>
        srcset?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.Split(' ', 2)[0]).FirstOrDefault(u => u.Length > 0);

    private static string Shorten(string url) => url.Length <= 60 ? url : url[..57] + "...";

    /// <summary>HTML collapses runs of ASCII whitespace to one space; U+00A0 and friends are not whitespace there.</summary>
    internal static string CollapseWhitespace(string text)
    {
        // Most text has single spaces only: nothing to collapse, and no new string.
        if (text.AsSpan().IndexOfAny("\t\n\r\f") < 0 && !text.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }

        // Two passes (measure, then fill the string in place) rather than a StringBuilder and its copy.
        int length = 0;
        bool inSpace = false;
        foreach (char c in text)
        {
            bool space = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (!space || !inSpace)
            {
                length++;
            }

            inSpace = space;
        }

        return string.Create(length, text, static (target, text) =>
        {
            int at = 0;
            bool inSpace = false;
            foreach (char c in text)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    if (!inSpace)
                    {
                        target[at++] = ' ';
                    }

                    inSpace = true;
                }
                else
                {
                    target[at++] = c;
                    inSpace = false;
                }
            }
        });
    }
}
