using AngleSharp.Dom;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Inventory;

/// <summary>
/// Counts every block, HTML tag and shortcode in the documents of an export, and which rule handles each.
/// The handler is found by running the real conversion with recording rules, not by guessing: an element
/// a rule converted is handled by it, an element inside it belongs to it (<c>li</c> to core/list), and an
/// element that reached the fallback is "unhandled".
/// </summary>
internal sealed class InventoryScanner(RuleSet? rules = null)
{
    /// <summary>The handler name of what no rule converts.</summary>
    public const string Unhandled = "unhandled";

    private const string Inline = "inline";

    private readonly RuleSet _rules = rules ?? RuleSet.Default;
    private readonly Dictionary<(InventoryKind Kind, string Name), Tally> _tallies = [];
    private readonly List<string> _failed = [];
    private int _documents;

    /// <summary>Reads (as convert does: post files, WXR, REST JSON) and counts every input.</summary>
    public static ExportInventory Scan(IReadOnlyList<InputFile> inputs, RuleSet? rules = null, SourceOptions? sources = null)
    {
        var scanner = new InventoryScanner(rules);
        var runner = new MigrationRunner(new MigrationOptions { Sources = sources ?? SourceOptions.Default, Rules = rules });
        foreach (var entry in runner.ReadEntries(inputs))
        {
            if (entry.Kind == SourceEntryKind.Failed)
            {
                scanner._failed.Add(entry.Source);
            }
            else if (entry.Document is { } document)
            {
                scanner.Add(document);
            }
        }

        return scanner.Build();
    }

    public void Add(SourceDocument document)
    {
        _documents++;
        // An export holds many documents in one file: name each by its file and the line its content starts at.
        string where = Path.GetExtension(document.SourcePath).ToLowerInvariant() is ".xml" or ".json"
            ? $"{document.SourcePath}:{document.HtmlLine}"
            : document.SourcePath;
        var log = new Dictionary<IElement, string>();
        var recording = new RuleSet(
            [.. _rules.Rules.Select(r => (IBlockRule)new RecordingRule(r, r.Name, log)), new RecordingRule(_rules.Fallback, Unhandled, log)],
            _rules.Fallback);
        // The converter's own pre-processing (shortcodes expanded, block comments annotated), so the rules
        // see here exactly what they see in convert.
        var (parsed, context, expanded) = DocumentPreparation.Prepare(document,
            ConversionOptions.Default with { Verify = false, Unknown = UnknownBlockPolicy.Keep }, recording);
        context.ConvertChildren(parsed.Body);

        var claimed = new HashSet<IElement>();
        // The annotator moved comments and markup from before the first element into the body: the body holds all.
        foreach (var node in parsed.Body.Descendants())
        {
            switch (node)
            {
                case IComment comment when BlockCommentParser.Parse(comment.Data) is { Kind: BlockCommentKind.Opener } opener:
                    var inBlock = ElementsOf(comment, opener.Name);
                    Count(InventoryKind.Block, opener.Name, where, inBlock.Count == 0 ? Unhandled : HandlerOf(inBlock[0], log));
                    claimed.UnionWith(inBlock);
                    break;
                case IElement { SourceReference: null } made:
                    // Made by pre-processing, not written in the source: a placeholder for a void block or a
                    // <!--more-->/<!--nextpage--> marker is a block; a Custom HTML wrapper or an expanded
                    // shortcode's markup is counted with its block comment or shortcode.
                    if (BlockNaming.PlaceholderOf(made) is { } kind && !claimed.Contains(made))
                    {
                        string block = kind switch
                        {
                            BlockCommentAnnotator.More => "core/more",
                            BlockCommentAnnotator.NextPage => "core/nextpage",
                            _ => made.GetHtmlAttribute(BlockCommentAnnotator.NameAttribute) ?? Unhandled,
                        };
                        Count(InventoryKind.Block, block, where, HandlerOf(made, log));
                    }

                    break;
                case IElement e when e != parsed.Body:
                    string handler = HandlerOf(e, log);
                    Count(InventoryKind.Tag, e.LocalName, where, handler);
                    if (!claimed.Contains(e) && e.ClassList.Any(c => c.StartsWith("wp-block-", StringComparison.Ordinal)) && BlockNaming.NameOf(e) is { } name && name.Contains('/'))
                    {
                        Count(InventoryKind.Block, name, where, handler);
                    }

                    break;
                case IText text when text.ParentElement?.Closest("pre, code, script, style") is null:
                    // The shortcodes still in the text after expansion: the inline converter keeps them verbatim.
                    var registered = context.Index.ShortcodesIn(text);
                    foreach (var m in registered.Where(m => !m.Value.StartsWith("[/", StringComparison.Ordinal)))
                    {
                        Count(InventoryKind.Shortcode, ShortcodeSyntax.NameOf(m), where, Unhandled + " (kept as text)");
                    }

                    // A tag shaped like a shortcode whose name the site may register (a plugin's, a theme's): convert
                    // writes it as text, as WordPress shows an unregistered tag; the census names it so it can be
                    // registered with --shortcode (issue 10).
                    foreach (var m in ShortcodeSyntax.FindShaped(text.Data).Where(m => !m.Value.StartsWith("[/", StringComparison.Ordinal) && !registered.Any(r => r.Index == m.Index)))
                    {
                        Count(InventoryKind.Shortcode, ShortcodeSyntax.NameOf(m), where, Unhandled + " (not a registered shortcode: written as text; --shortcode NAME if the site registers it)");
                    }

                    break;
            }
        }

        foreach (var shortcode in expanded)
        {
            Count(InventoryKind.Shortcode, shortcode.Name, where, HandlerOf(shortcode.Element, log));
        }
    }

    /// <summary>The elements of a block: the opener's following siblings up to its closing comment.</summary>
    private static List<IElement> ElementsOf(IComment opener, string name)
    {
        var elements = new List<IElement>();
        for (var node = opener.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IComment c && BlockCommentParser.Parse(c.Data) is { Kind: BlockCommentKind.Closer } closer && closer.Name == name)
            {
                break;
            }

            if (node is IElement e)
            {
                elements.Add(e);
            }
        }

        return elements;
    }

    public ExportInventory Build() => new(_documents, _failed.ToList(), _tallies
        .Select(t => new InventoryEntry(t.Key.Kind, t.Key.Name, t.Value.Count, t.Value.Documents.Order(StringComparer.Ordinal).ToList(), t.Value.Handlers))
        .OrderBy(e => e.Kind).ThenByDescending(e => e.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
        .ToList());

    /// <summary>The rule that converted the element, or the nearest ancestor's (the element is part of that block).</summary>
    private static string HandlerOf(IElement element, Dictionary<IElement, string> log)
    {
        if (log.TryGetValue(element, out var own))
        {
            return own;
        }

        if (!HtmlElements.IsBlock(element.LocalName))
        {
            return Inline;
        }

        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (log.TryGetValue(e, out var parent))
            {
                return parent == Unhandled ? Unhandled : $"part of {parent}";
            }
        }

        return Unhandled;
    }

    private void Count(InventoryKind kind, string name, string document, string handler)
    {
        if (!_tallies.TryGetValue((kind, name), out var tally))
        {
            _tallies[(kind, name)] = tally = new Tally();
        }

        tally.Count++;
        tally.Documents.Add(document);
        tally.Handlers[handler] = tally.Handlers.GetValueOrDefault(handler) + 1;
    }

    private sealed class Tally
    {
        public int Count { get; set; }

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Handlers { get; } = new(StringComparer.Ordinal);
    }
}
