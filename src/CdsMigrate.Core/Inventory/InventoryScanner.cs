using System.Text.RegularExpressions;
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
public sealed partial class InventoryScanner(RuleSet? rules = null)
{
    /// <summary>The handler name of what no rule converts.</summary>
    public const string Unhandled = "unhandled";

    private const string Inline = "inline";

    /// <summary>Shortcodes WordPress itself registers, counted even without attributes.</summary>
    private static readonly HashSet<string> KnownShortcodes = new(["gallery", "caption", "wp_caption", "audio", "video", "playlist", "embed"], StringComparer.Ordinal);

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
        var parsed = HtmlBodyParser.Parse(document.Html);
        var log = new Dictionary<IElement, string>();
        var recording = new RuleSet(
            [.. _rules.Rules.Select(r => (IBlockRule)new RecordingRule(r, r.Name, log)), new RecordingRule(_rules.Fallback, Unhandled, log)],
            _rules.Fallback);
        var context = new ConversionContext(ConversionOptions.Default with { Verify = false, Unknown = UnknownBlockPolicy.Keep },
            recording, document.SourcePath, document.HtmlLine, document.HtmlColumn);
        context.ConvertChildren(parsed.Body);

        string allText = parsed.Body.TextContent;
        var claimed = new HashSet<IElement>();
        // A comment before the first element lands outside <body>: walk the whole document for comments.
        foreach (var node in parsed.Body.Owner!.Descendants())
        {
            switch (node)
            {
                case IComment comment when BlockComment().Match(comment.Data) is { Success: true } m:
                    string block = m.Groups["name"].Value.Contains('/') ? m.Groups["name"].Value : "core/" + m.Groups["name"].Value;
                    // A self-closing block comment is a dynamic block: WordPress renders it, the content holds nothing.
                    var rendered = comment.NextElementSibling is { LocalName: not "html" and not "head" and not "body" } next ? next : null;
                    rendered ??= comment.ParentElement is { LocalName: "body" or "html" } or null ? parsed.Body.FirstElementChild : null;
                    string by = m.Groups["void"].Success ? "dynamic (rendered by WordPress, not in the content)"
                        : rendered is null ? Unhandled : HandlerOf(rendered, log);
                    Count(InventoryKind.Block, block, where, by);
                    if (rendered is not null && !m.Groups["void"].Success)
                    {
                        claimed.Add(rendered);
                    }

                    break;
                case IElement e when e.Closest("body") is not null && e != parsed.Body:
                    string handler = HandlerOf(e, log);
                    Count(InventoryKind.Tag, e.LocalName, where, handler);
                    if (e.ClassList.Any(c => c.StartsWith("wp-block-", StringComparison.Ordinal)) && BlockNaming.NameOf(e) is { } name && name.Contains('/') && !claimed.Contains(e))
                    {
                        Count(InventoryKind.Block, name, where, handler);
                    }

                    break;
                case IText text when text.ParentElement?.Closest("body") is not null && text.ParentElement.Closest("pre, code, script, style") is null:
                    foreach (Match m in Shortcode().Matches(text.Data))
                    {
                        string shortcode = m.Groups["name"].Value;
                        // "[name]" alone is as often an editor's placeholder: count it when WordPress knows it or it is closed.
                        if (m.Groups["attrs"].Success || KnownShortcodes.Contains(shortcode) || allText.Contains($"[/{shortcode}]", StringComparison.Ordinal))
                        {
                            Count(InventoryKind.Shortcode, shortcode, where, Unhandled + " (kept as text)");
                        }
                    }

                    break;
            }
        }
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

    /// <summary><c>wp:name</c>, <c>wp:ns/name {"attrs"}</c>, <c>wp:name /</c>; closing comments are not counted.</summary>
    [GeneratedRegex(@"^\s*wp:(?<name>[a-z][a-z0-9_-]*(?:/[a-z][a-z0-9_-]*)?)(?:\s[^/]*|\s*\{.*\}\s*)?(?<void>/)?\s*$", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    /// <summary>
    /// An opening shortcode: <c>[name]</c>, <c>[name /]</c> or <c>[name key="value" …]</c>. Attributes must
    /// hold '=' so that editorial brackets ("[for example]") are not counted; closing tags are not counted.
    /// </summary>
    [GeneratedRegex(@"\[(?<name>[a-z][a-z0-9_-]*)(?<attrs>\s+[^\[\]]*=[^\[\]]*?)?\s*/?\]")]
    private static partial Regex Shortcode();

    private sealed class Tally
    {
        public int Count { get; set; }

        public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Handlers { get; } = new(StringComparer.Ordinal);
    }
}
