using System.Collections.Frozen;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A tokenizer middleware that keeps the tree AngleSharp builds at most <see cref="MaxDepth"/> elements deep:
/// start tags (and their end tags) beyond that depth are dropped and their text stays in the deepest kept
/// element, as Chromium's parser does at 512. Why: AngleSharp has no depth limit, and its tree builder checks
/// element scopes by walking the open-element stack at every tag, so 100,000 nested &lt;div&gt; took 43 s to
/// parse (quadratic), and every recursive DOM walk afterwards (OuterHtml, our rules) risks the stack
/// (issue 6). The depth is modelled from tokens (with the common implied end tags: p, li, dt/dd, td/th, tr,
/// option), so it is an approximation of the real tree depth that errs on the side of the limit.
/// Used in two passes: <see cref="Exceeds"/> tokenizes alone (linear) and only when the limit is passed is the
/// document parsed through <see cref="Process"/>, because AngleSharp's middleware path is not byte-for-byte the
/// normal one (on the corpus it lost spaces after inline elements), so ordinary documents never take it.
/// </summary>
internal sealed class NestingLimiter
{
    /// <summary>The deepest element kept; Chromium's HTML parser uses the same figure.</summary>
    public const int MaxDepth = 512;

    // Void elements never take children; they never go on the stack.
    private static readonly FrozenSet<string> VoidTags = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "basefont", "bgsound", "frame",
    }.ToFrozenSet(StringComparer.Ordinal);

    // How far down the stack an end tag or an implied end looks: bounded, so the limiter stays linear.
    private const int SearchWindow = 16;

    private readonly List<(string Name, bool Dropped)> _stack = [];
    private int _kept;

    /// <summary>How many start tags were dropped.</summary>
    public int DroppedTags { get; private set; }

    /// <summary>The line and column of the first dropped tag.</summary>
    public (int Line, int Column)? FirstDropped { get; private set; }

    /// <summary>True when <paramref name="html"/> nests deeper than <see cref="MaxDepth"/> (tokenizer only, no tree).</summary>
    /// <remarks>Every element is opened by a '&lt;': a text with no more of them than the limit cannot pass it, which one
    /// vectorised count says for the usual post without the name-by-name bound (issue 11, point 3).</remarks>
    public static bool Exceeds(string html) =>
        html.AsSpan().Count('<') > MaxDepth && UpperBoundOfDepth(html) > MaxDepth && ModelExceeds(html);

    /// <summary>
    /// A quick upper bound of the nesting depth, scanning characters only (a few ms for megabytes, where the
    /// tokenizer pass costs 40 % of a parse): for each tag name, start tags minus end tags, never below zero,
    /// summed; void elements, self-closed tags and comments skipped. Implied end tags make it overestimate,
    /// which only sends a document to the exact pass.
    /// </summary>
    internal static int UpperBoundOfDepth(string html)
    {
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var lookup = open.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0;
        int max = 0;
        int i = html.IndexOf('<');
        while (i >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                int end = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (end < 0)
                {
                    break;
                }

                i = html.IndexOf('<', end + 3);
                continue;
            }

            bool closing = html[i + 1] == '/';
            int nameStart = i + (closing ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd]))
            {
                nameEnd++;
            }

            if (nameEnd > nameStart && char.IsAsciiLetter(html[nameStart]))
            {
                var name = html.AsSpan(nameStart, nameEnd - nameStart);
                int tagEnd = html.IndexOf('>', nameEnd);
                bool selfClosed = tagEnd > 0 && html[tagEnd - 1] == '/';
                if (closing)
                {
                    if (lookup.TryGetValue(name, out int count) && count > 0)
                    {
                        lookup[name] = count - 1;
                        depth--;
                    }
                }
                else if (!selfClosed && !VoidTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    lookup[name] = lookup.TryGetValue(name, out int count) ? count + 1 : 1;
                    max = Math.Max(max, ++depth);
                }
            }

            i = html.IndexOf('<', i + 1);
        }

        return max;
    }

    private static bool ModelExceeds(string html)
    {
        var model = new NestingLimiter();
        using var source = new AngleSharp.Text.TextSource(html);
        using var tokenizer = new HtmlTokenizer(source, AngleSharp.Html.HtmlEntityProvider.Resolver);
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    return false;
                case HtmlTokenType.StartTag when token is AngleSharp.Html.Parser.Tokens.HtmlTagToken tag:
                    model.OnStart(tag.Name, tag.IsSelfClosing, tag.Position.Line, tag.Position.Column);
                    if (model.DroppedTags > 0)
                    {
                        return true;
                    }

                    // What the tree builder would tell the tokenizer, so that script or textarea text is not read as tags.
                    tokenizer.State = tag.Name switch
                    {
                        "script" => HtmlParseMode.Script,
                        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
                        "textarea" or "title" => HtmlParseMode.RCData,
                        "plaintext" => HtmlParseMode.Plaintext,
                        _ => HtmlParseMode.PCData,
                    };
                    break;
                case HtmlTokenType.EndTag:
                    model.OnEnd(token.Name);
                    break;
            }
        }
    }

    public TokenConsumptionResult Process(ref StructHtmlToken token, TokenConsumer next)
    {
        switch (token.Type)
        {
            case HtmlTokenType.StartTag:
                if (!OnStart(token.Name.ToString(), token.IsSelfClosing, token.Position.Line, token.Position.Column))
                {
                    return TokenConsumptionResult.Continue;
                }

                break;
            case HtmlTokenType.EndTag:
                if (!OnEnd(token.Name.ToString()))
                {
                    return TokenConsumptionResult.Continue;
                }

                break;
        }

        next(ref token);
        return TokenConsumptionResult.Continue;
    }

    /// <summary>Tracks a start tag; false when it is too deep and must be dropped.</summary>
    private bool OnStart(string name, bool selfClosing, int line, int column)
    {
        if (VoidTags.Contains(name) || selfClosing && !HtmlElements.IsBlock(name))
        {
            return true;
        }

        CloseImplied(name);
        bool drop = _kept >= MaxDepth;
        _stack.Add((name, drop));
        if (drop)
        {
            DroppedTags++;
            FirstDropped ??= (line, column);
            return false;
        }

        _kept++;
        return true;
    }

    /// <summary>Tracks an end tag; false when its start tag was dropped.</summary>
    private bool OnEnd(string name)
    {
        int index = Find(name);
        if (index < 0)
        {
            return true;
        }

        bool dropped = _stack[index].Dropped;
        PopTo(index);
        return !dropped;
    }

    /// <summary>
    /// The end tags HTML implies: a new li closes an open li (and a p inside it), a new td or tr closes the open
    /// cell or row, a block closes an open p. The search stops at the element that scopes it (a nested list's li
    /// does not close its parent's li) and after a few entries, so the model stays linear.
    /// </summary>
    private void CloseImplied(string name)
    {
        string[] closes = name switch
        {
            "li" => ["li"],
            "dt" or "dd" => ["dt", "dd"],
            "td" or "th" => ["td", "th"],
            "tr" => ["tr", "td", "th"],
            "tbody" or "thead" or "tfoot" => ["tbody", "thead", "tfoot", "tr", "td", "th"],
            "option" => ["option"],
            "p" => ["p"],
            _ => [],
        };
        if (closes.Length > 0)
        {
            // The lowest match wins: a new tr closes the open td and the open tr above it.
            int lowest = -1;
            for (int i = _stack.Count - 1; i >= Math.Max(0, _stack.Count - 4); i--)
            {
                string open = _stack[i].Name;
                if (closes.Contains(open))
                {
                    lowest = i;
                }
                else if (open is "ul" or "ol" or "dl" or "table" or "tbody" or "thead" or "tfoot" or "select" or "div" or "blockquote")
                {
                    break;
                }
            }

            if (lowest >= 0)
            {
                PopTo(lowest);
            }
        }

        if (HtmlElements.IsBlock(name) && _stack.Count > 0 && _stack[^1].Name == "p")
        {
            PopTo(_stack.Count - 1);
        }
    }

    private int Find(string name)
    {
        for (int i = _stack.Count - 1; i >= Math.Max(0, _stack.Count - SearchWindow); i--)
        {
            if (_stack[i].Name == name)
            {
                return i;
            }
        }

        return -1;
    }

    private void PopTo(int index)
    {
        for (int i = _stack.Count - 1; i >= index; i--)
        {
            if (!_stack[i].Dropped)
            {
                _kept--;
            }

            _stack.RemoveAt(i);
        }
    }
}
