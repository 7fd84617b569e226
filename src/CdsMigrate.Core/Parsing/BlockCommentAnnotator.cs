using AngleSharp.Dom;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Reads the Gutenberg block comments (<c>&lt;!-- wp:name {attrs} --&gt;</c> … <c>&lt;!-- /wp:name --&gt;</c>,
/// void <c>&lt;!-- wp:name /--&gt;</c>) that WXR exports and REST <c>content.raw</c> keep, and writes what
/// they say onto the DOM so rules can use it: the element(s) of a block get <see cref="NameAttribute"/>
/// and <see cref="AttributesAttribute"/> (read by <see cref="BlockNaming.NameOf"/>); a block with no saved
/// content (a dynamic block) and the <c>&lt;!--more--&gt;</c> / <c>&lt;!--nextpage--&gt;</c> markers become
/// placeholder elements (<see cref="PlaceholderAttribute"/>) that rules convert like any block; the content
/// of a Custom HTML block is wrapped so it stays together. Openers and closers pair within one parent
/// (a block's HTML is balanced); broken pairs are reported and converted as far as possible.
/// </summary>
internal static class BlockCommentAnnotator
{
    public const string NameAttribute = "data-cdsmigrate-block";
    public const string AttributesAttribute = "data-cdsmigrate-attrs";
    public const string PlaceholderAttribute = "data-cdsmigrate-placeholder";

    /// <summary>Where a placeholder's comment was in the HTML text (a created element has no source reference).</summary>
    public const string LineAttribute = "data-cdsmigrate-line";
    public const string ColumnAttribute = "data-cdsmigrate-column";

    /// <summary>Placeholder kinds.</summary>
    public const string Dynamic = "dynamic";
    public const string More = "more";
    public const string NextPage = "nextpage";

    /// <summary>Deeper than this the walk stops annotating (the converter flattens such markup anyway).</summary>
    private const int MaxDepth = 256;

    /// <summary>Blocks that only delimit free content: their content converts as plain HTML and text.</summary>
    private static readonly HashSet<string> Transparent = ["core/freeform", "core/shortcode", "core/missing"];

    /// <summary>
    /// Dynamic blocks whose saved markup is only a template (a query loop's post template, the comments
    /// area, the navigation): WordPress fills them on each page view, so the markup is not content.
    /// </summary>
    private static readonly HashSet<string> DynamicContainers =
    [
        "core/query", "core/comments", "core/comments-query-loop", "core/post-template", "core/comment-template",
        "core/query-pagination", "core/query-no-results", "core/navigation", "core/template-part", "core/pattern",
        "core/post-content", "core/latest-posts", "core/latest-comments", "core/page-list",
    ];

    private sealed class OpenBlock(BlockComment comment, IComment opener)
    {
        public BlockComment Comment { get; } = comment;
        public IComment Opener { get; } = opener;
        public List<IElement> Elements { get; } = [];
        public bool HasContent { get; set; }
    }

    /// <summary>
    /// Annotates the body in place and returns what was wrong with its block comments.
    /// <paramref name="html"/> is the text the body was parsed from, used to place comments (AngleSharp
    /// keeps source positions for elements only). <paramref name="hasComment"/>: whether the body has a comment node,
    /// when the caller knows (<see cref="DocumentIndex.HasComments"/>); null to look.
    /// </summary>
    public static IReadOnlyList<BlockCommentIssue> Annotate(IElement body, string html, bool? hasComment = null)
    {
        var issues = new List<BlockCommentIssue>();
        bool adopted = AdoptLeadingNodes(body);
        // The index's walk saw whether the body has comments (issue 11: one walk fewer), unless nodes came in since.
        bool any = (adopted || hasComment is null) ? HasComment(body) : hasComment.Value;
        if (!any)
        {
            // Rendered posts usually have no comments at all: nothing to place and nothing to walk.
            return issues;
        }

        var positions = CommentPositions(body, html);
        Walk(body, new Run(issues, positions), 0, null);
        return issues;
    }

    // A DomWalk, not Descendants<IComment>().Any(): it runs on every post, most with no comment (issue 11, point 3).
    private static bool HasComment(IElement body)
    {
        var walk = new DomWalk(body);
        while (walk.NextNode() is { } node)
        {
            if (node.NodeType == NodeType.Comment)
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Run(List<BlockCommentIssue> Issues, Dictionary<IComment, (int Line, int Column)> Positions)
    {
        public void Add(IComment comment, string message, string block)
        {
            var (line, column) = Positions.TryGetValue(comment, out var p) ? p : (0, 0);
            Issues.Add(new BlockCommentIssue(Near(comment), line, column, DiagnosticCodes.BlockCommentBroken, message, block));
        }
    }

    /// <summary>
    /// Finds each comment of the DOM in the text, in document order: the next <c>&lt;!--</c> followed by
    /// the comment's data. A few openings are tried (a <c>&lt;!--</c> inside a script or an attribute is no
    /// comment); a comment not found there (text the parser rewrote) simply has no position. Linear in the text.
    /// </summary>
    private static Dictionary<IComment, (int Line, int Column)> CommentPositions(IElement body, string html)
    {
        const int Lookahead = 8;
        var positions = new Dictionary<IComment, (int, int)>();
        int cursor = 0;
        int line = 1;
        int lineStart = 0;
        int counted = 0;
        foreach (var comment in body.Descendants<IComment>())
        {
            int at = -1;
            int from = cursor;
            for (int tries = 0; tries < Lookahead; tries++)
            {
                int candidate = html.IndexOf("<!--", from, StringComparison.Ordinal);
                if (candidate < 0)
                {
                    break;
                }

                if (string.CompareOrdinal(html, candidate + 4, comment.Data, 0, comment.Data.Length) == 0)
                {
                    at = candidate;
                    break;
                }

                from = candidate + 4;
            }

            if (at < 0)
            {
                continue;
            }

            for (; counted < at; counted++)
            {
                if (html[counted] == '\n')
                {
                    line++;
                    lineStart = counted + 1;
                }
            }

            positions[comment] = (line, at - lineStart + 1);
            cursor = at + 4;
        }

        return positions;
    }

    /// <summary>
    /// HTML parsing puts what comes before the first body element outside the body: comments on the
    /// document or the html element, and <c>style</c>, <c>script</c>, <c>meta</c>, <c>link</c> in the head
    /// (a Custom HTML block often starts with a style). The first block's opener, and that markup, would be
    /// lost: move them back to the start of the body, in their order.
    /// </summary>
    /// <returns>Whether any node was moved into <paramref name="body"/>.</returns>
    private static bool AdoptLeadingNodes(IElement body)
    {
        var document = body.Owner;
        if (document is null)
        {
            return false;
        }

        var stray = new List<INode>();
        var root = document.DocumentElement;
        stray.AddRange(document.ChildNodes.OfType<IComment>().Where(c => root is null || IsBefore(c, root)));
        if (root is { } html)
        {
            if (document.Head is { } head)
            {
                stray.AddRange(head.ChildNodes.Where(n => n is IComment or IElement));
            }

            stray.AddRange(html.ChildNodes.OfType<IComment>().Where(c => body.Parent == html && IsBefore(c, body)));
        }

        var first = body.FirstChild;
        foreach (var node in stray)
        {
            node.Parent?.RemoveChild(node);
            body.InsertBefore(node, first);
        }

        return stray.Count > 0;
    }

    private static bool IsBefore(INode node, INode other) =>
        node.CompareDocumentPosition(other).HasFlag(DocumentPositions.Following);

    private static void Walk(INode parent, Run run, int depth, string? enclosing)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var stack = new List<OpenBlock>();
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IComment comment:
                    OnComment(comment, stack, run, enclosing);
                    break;
                case IElement element:
                    if (stack.Count > 0)
                    {
                        stack[^1].Elements.Add(element);
                        stack[^1].HasContent = true;
                    }

                    Walk(element, run, depth + 1, stack.Count > 0 ? stack[^1].Comment.Name : enclosing);
                    break;
                case IText text when stack.Count > 0 && !string.IsNullOrWhiteSpace(text.Data):
                    stack[^1].HasContent = true;
                    break;
            }
        }

        // Openers never closed in this parent: their content so far is theirs.
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            var open = stack[i];
            run.Add(open.Opener, $"block {open.Comment.Name} is opened but never closed: its content is converted as far as it goes", open.Comment.Name);
            Close(open, null, run);
        }
    }

    private static void OnComment(IComment comment, List<OpenBlock> stack, Run run, string? enclosing)
    {
        string data = comment.Data.Trim();
        if (data == "more" || data.StartsWith("more ", StringComparison.Ordinal))
        {
            // <!--more Continue reading-->: the link's own text, carried as core/more's own attribute (customText)
            // so that the rule can say it is not kept (golden case comments/classic-more).
            string custom = data[4..].Trim();
            string? attributes = custom.Length > 0 ? $"{{\"customText\":\"{System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping.Encode(custom)}\"}}" : null;
            Replace(comment, Placeholder(comment, More, null, attributes, run), stack, owned: true);
            return;
        }

        if (data == "nextpage")
        {
            Replace(comment, Placeholder(comment, NextPage, null, null, run), stack, owned: true);
            return;
        }

        var delimiter = BlockCommentParser.Parse(comment.Data);
        if (delimiter is null)
        {
            return;
        }

        if (delimiter.Problem is not null)
        {
            run.Add(comment, $"block {delimiter.Name}: {delimiter.Problem}", delimiter.Name);
        }

        switch (delimiter.Kind)
        {
            case BlockCommentKind.Opener:
                CheckParent(comment, delimiter.Name, stack.Count > 0 ? stack[^1].Comment.Name : enclosing, run);
                stack.Add(new OpenBlock(delimiter, comment));
                break;
            case BlockCommentKind.Void:
                Replace(comment, Placeholder(comment, Dynamic, delimiter.Name, delimiter.AttributesJson, run), stack, owned: false);
                break;
            case BlockCommentKind.Closer:
                int index = stack.FindLastIndex(b => b.Comment.Name == delimiter.Name);
                if (index < 0)
                {
                    run.Add(comment, $"closing comment of {delimiter.Name} without an opener here: ignored", delimiter.Name);
                    break;
                }

                for (int i = stack.Count - 1; i > index; i--)
                {
                    run.Add(stack[i].Opener, $"block {stack[i].Comment.Name} is not closed before {delimiter.Name} closes: it ends there", stack[i].Comment.Name);
                    Close(stack[i], comment, run);
                }

                Close(stack[index], comment, run);
                stack.RemoveRange(index, stack.Count - index);
                if (stack.Count > 0)
                {
                    stack[^1].HasContent = true;
                }

                break;
        }
    }

    /// <summary>
    /// Inner blocks WordPress only allows inside a given parent (the editor's <c>parent</c> setting).
    /// core/button is not here: before WordPress 5.4 it stood on its own, and old posts still have it so.
    /// </summary>
    private static readonly Dictionary<string, string> RequiredParents = new(StringComparer.Ordinal)
    {
        ["core/column"] = "core/columns",
        ["core/list-item"] = "core/list",
        ["core/accordion-item"] = "core/accordion",
        ["core/accordion-heading"] = "core/accordion-item",
        ["core/accordion-panel"] = "core/accordion-item",
        ["core/details-summary"] = "core/details",
        ["core/details-content"] = "core/details",
    };

    private static void CheckParent(IComment comment, string name, string? parent, Run run)
    {
        if (RequiredParents.TryGetValue(name, out var required) && parent != required)
        {
            string where = parent is null ? "at the top level" : $"inside {parent}";
            var (line, column) = run.Positions.TryGetValue(comment, out var p) ? p : (0, 0);
            run.Issues.Add(new BlockCommentIssue(Near(comment), line, column, DiagnosticCodes.BlockOutOfPlace,
                $"block {name} belongs inside {required} but is {where}: converted as it stands", name));
        }
    }

    /// <summary>
    /// A placeholder stands in the DOM where the comment was. A marker (more, nextpage) is the content of
    /// its enclosing block (wp:more), so it takes that block's name; a void block is a block of its own.
    /// </summary>
    private static void Replace(IComment comment, IElement placeholder, List<OpenBlock> stack, bool owned)
    {
        if (comment.Parent is IElement { LocalName: ['h', >= '1' and <= '6'] } heading && heading.LocalName.Length == 2)
        {
            // A heading holds one line of text: the marker goes right after it.
            heading.Parent!.InsertBefore(placeholder, heading.NextSibling);
            heading.RemoveChild(comment);
            return;
        }

        comment.Parent!.ReplaceChild(placeholder, comment);
        if (stack.Count > 0)
        {
            stack[^1].HasContent = true;
            if (owned)
            {
                stack[^1].Elements.Add(placeholder);
            }
        }
    }

    private static IElement Placeholder(IComment near, string kind, string? name, string? attributes, Run run)
    {
        var element = near.Owner!.CreateElement("div");
        element.SetAttribute(PlaceholderAttribute, kind);
        if (run.Positions.TryGetValue(near, out var position))
        {
            element.SetAttribute(LineAttribute, position.Line.ToString(System.Globalization.CultureInfo.InvariantCulture));
            element.SetAttribute(ColumnAttribute, position.Column.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (name is not null)
        {
            element.SetAttribute(NameAttribute, name);
        }

        if (attributes is not null)
        {
            element.SetAttribute(AttributesAttribute, attributes);
        }

        return element;
    }

    private static void Close(OpenBlock block, IComment? closer, Run run)
    {
        string name = block.Comment.Name;
        if (!block.HasContent)
        {
            // Nothing saved between the delimiters: WordPress renders this block on each page view.
            var placeholder = Placeholder(block.Opener, Dynamic, name, block.Comment.AttributesJson, run);
            block.Opener.Parent!.InsertBefore(placeholder, block.Opener.NextSibling);
            return;
        }

        if (name == "core/html")
        {
            WrapHtml(block, closer);
            return;
        }

        if (DynamicContainers.Contains(name))
        {
            foreach (var element in block.Elements)
            {
                element.SetAttribute(PlaceholderAttribute, Dynamic);
                element.SetAttribute(NameAttribute, name);
            }

            return;
        }

        if (Transparent.Contains(name))
        {
            return;
        }

        foreach (var element in block.Elements)
        {
            if (element.HasHtmlAttribute(PlaceholderAttribute))
            {
                // <!--more--> inside wp:more: the marker keeps its own meaning, with the block's name.
                element.SetAttribute(NameAttribute, name);
                continue;
            }

            element.SetAttribute(NameAttribute, name);
            if (block.Comment.AttributesJson is { } json)
            {
                element.SetAttribute(AttributesAttribute, json);
            }
        }
    }

    /// <summary>A Custom HTML block's content (elements and text) is kept together in one wrapper.</summary>
    private static void WrapHtml(OpenBlock block, IComment? closer)
    {
        var parent = block.Opener.Parent!;
        var wrapper = block.Opener.Owner!.CreateElement("div");
        wrapper.SetAttribute(NameAttribute, "core/html");
        var nodes = new List<INode>();
        for (var node = block.Opener.NextSibling; node is not null && node != closer; node = node.NextSibling)
        {
            nodes.Add(node);
        }

        parent.InsertBefore(wrapper, block.Opener.NextSibling);
        foreach (var node in nodes)
        {
            wrapper.AppendChild(node);
        }
    }

    /// <summary>Comments have no source position: report at the element after them, else before, else the parent.</summary>
    private static INode Near(IComment comment) =>
        (INode?)comment.NextElementSibling ?? (INode?)comment.PreviousElementSibling ?? comment.Parent ?? comment;
}
