using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Writing.Flavors;

/// <summary>
/// One flavour's part of writing (issue 11, point 4: the rules build what the content is, the writer decides how
/// each flavour says it): <see cref="MarkdownWriter"/> writes what all flavours share and asks its flavour's strategy
/// (<see cref="GfmFlavor"/>, <see cref="HugoFlavor"/>, <see cref="CommonMarkFlavor"/>, chosen in <see cref="For"/>) what
/// differs: which syntax it has (heading ids, alerts, footnotes, Hugo's shortcodes) and how it degrades what it lacks.
/// Before writing, the writer runs the model through <see cref="Degrade(IReadOnlyList{MdBlock}, DegradationReport)"/>:
/// a node the flavour lacks is replaced by nodes it has (a pipe
/// table by table tags, a strikethrough by <c>&lt;del&gt;</c>), and the loss is reported at the node's
/// <see cref="MdOrigin"/>. The walk replaces a node before it descends into the replacement, so diagnostics come
/// out in document order, outer before inner, as the rules used to report them. Unchanged lists are returned as
/// they are (no copy for a document with nothing to degrade).
/// </summary>
internal abstract class FlavorStrategy
{
    /// <summary>The strategy of <paramref name="flavor"/>: chosen here, and only here.</summary>
    public static FlavorStrategy For(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.CommonMark => CommonMarkFlavor.Instance,
        MarkdownFlavor.Hugo => HugoFlavor.Instance,
        _ => GfmFlavor.Instance,
    };

    /// <summary>The flavour, for the escaping rules (<see cref="MarkdownEscaper"/>) and custom nodes.</summary>
    public abstract MarkdownFlavor Flavor { get; }

    /// <summary>Writes a heading's id after its text (<c>## Title {#id}</c>, goldmark's heading attributes).</summary>
    public virtual bool WritesHeadingIds => false;

    /// <summary>
    /// Reads <c>{{&lt; … &gt;}}</c> as a shortcode call everywhere, raw HTML and code included: code is escaped, and a
    /// table whose cells hold "{{" keeps Markdown cells (<see cref="HugoShortcode"/>).
    /// </summary>
    public virtual bool ReadsShortcodes => false;

    /// <summary>Writes a figure, and an image whose alt text Markdown cannot hold, as the figure shortcode.</summary>
    public virtual bool WritesFigureShortcode => false;

    /// <summary>Writes a YouTube or Vimeo embed as the built-in video shortcode.</summary>
    public virtual bool WritesVideoShortcodes => false;

    /// <summary>Marks an alert's quote with its kind (<c>&gt; [!NOTE]</c>, a GitHub alert).</summary>
    public virtual bool WritesAlertMarker => false;

    /// <summary>Has footnotes (<c>[^1]: note</c>); without, the notes are a numbered list with anchors.</summary>
    public virtual bool HasFootnotes => true;

    /// <summary>The blocks as this flavour can write them; losses reported to <paramref name="report"/>.</summary>
    public IReadOnlyList<MdBlock> Degrade(IReadOnlyList<MdBlock> blocks, DegradationReport report) =>
        Map(blocks, (Strategy: this, Report: report), static (b, s) => s.Strategy.Block(b, s.Report));

    /// <summary>The inlines as this flavour can write them; losses reported to <paramref name="report"/>.</summary>
    public IReadOnlyList<MdInline> Degrade(IReadOnlyList<MdInline> inlines, DegradationReport report)
    {
        List<MdInline>? result = null;
        for (int i = 0; i < inlines.Count; i++)
        {
            var replaced = ReplaceInline(inlines[i], report);
            if (replaced is null)
            {
                var inline = Inline(inlines[i], report);
                if (result is null && !ReferenceEquals(inline, inlines[i]))
                {
                    result = [.. inlines.Take(i)];
                }

                result?.Add(inline);
                continue;
            }

            result ??= [.. inlines.Take(i)];
            foreach (var r in replaced)
            {
                result.Add(Inline(r, report));
            }
        }

        return result ?? inlines;
    }

    /// <summary>A block this flavour writes otherwise, or null to keep it (its content is still walked).</summary>
    protected virtual MdBlock? ReplaceBlock(MdBlock block, DegradationReport report) => null;

    /// <summary>Inlines this flavour writes instead of <paramref name="inline"/>, or null to keep it.</summary>
    protected virtual IReadOnlyList<MdInline>? ReplaceInline(MdInline inline, DegradationReport report) => null;

    /// <summary>
    /// A heading whose id a link in the page targets, with the id as an empty anchor at the start of its text: how a
    /// flavour without heading ids (<c>{#id}</c>) keeps the target (markdownlint's MD051 accepts it).
    /// </summary>
    protected static MdBlock? AnchorInHeadingText(MdBlock block) =>
        block is MdHeading { IdTargeted: true, Id: { Length: > 0 } id } heading
            ? heading with { Inlines = [new MdAnchor(id), .. heading.Inlines], IdTargeted = false }
            : null;

    /// <summary>
    /// Reports that a CDS alert is written as a plain quote with its bold title, <paramref name="why"/> (the writer
    /// writes every alert as a quote; gfm adds the [!KIND] line).
    /// </summary>
    protected static void ReportAlertAsQuote(MdAlert alert, DegradationReport report, string why)
    {
        if (alert.Origin is { } origin)
        {
            string name = alert.Kind.ToString().ToUpperInvariant();
            report.Report(origin, DiagnosticCodes.AlertAsQuote, $"alert ({name}) written as a quote with a bold title: {why}");
        }
    }

    /// <summary>
    /// Why this flavour writes a table as HTML that a pipe table could not say for <paramref name="why"/>: the rule's
    /// reason, or the flavour's own when it has no tables at all.
    /// </summary>
    protected virtual string TableAsHtmlReason(string why) => why;

    /// <summary>Reports a table written as HTML tags with Markdown cells (CDS1107).</summary>
    protected static void ReportTableAsHtml(MdOrigin origin, DegradationReport report, string reason) =>
        report.Report(origin, DiagnosticCodes.TableAsHtml, $"table kept as HTML tags with Markdown cells: {reason}");

    private MdBlock Block(MdBlock block, DegradationReport report)
    {
        if (block is MdHtmlContainer { Origin: { } origin, KeptBecause: { } why })
        {
            ReportTableAsHtml(origin, report, TableAsHtmlReason(why));
        }

        block = ReplaceBlock(block, report) ?? block;
        // A node is rebuilt only when its content changed; no lambda or closure per node (issue 11, point 3: the
        // walk visits every node of every document, and most come out unchanged).
        var state = (Strategy: this, Report: report);
        return block switch
        {
            MdParagraph p => Degrade(p.Inlines, report) is var x && Same(p.Inlines, x) ? p : p with { Inlines = x },
            MdHeading h => Degrade(h.Inlines, report) is var x && Same(h.Inlines, x) ? h : h with { Inlines = x },
            MdList l => Map(l.Items, state, static (i, s) => s.Strategy.Item(i, s.Report)) is var items && Same(l.Items, items) ? l : l with { Items = items },
            MdQuote q => Degrade(q.Blocks, report) is var x && Same(q.Blocks, x) ? q : q with { Blocks = x },
            MdDetails d => Degrade(d.Summary, report) is var summary && Degrade(d.Blocks, report) is var inner && Same(d.Summary, summary) && Same(d.Blocks, inner)
                ? d : d with { Summary = summary, Blocks = inner },
            MdHtmlContainer c => Degrade(c.Blocks, report) is var x && Same(c.Blocks, x) ? c : c with { Blocks = x },
            MdTable t => Table(t, report),
            MdAlert a => Degrade(a.Title, report) is var title && Degrade(a.Blocks, report) is var blocks && Same(a.Title, title) && Same(a.Blocks, blocks)
                ? a : a with { Title = title, Blocks = blocks },
            MdFootnotes f => Map(f.Notes, state, static (n, s) => s.Strategy.Degrade(n.Blocks, s.Report) is var x && Same(n.Blocks, x) ? n : n with { Blocks = x }) is var notes
                && Same(f.Notes, notes) ? f : f with { Notes = notes },
            MdFigure f => Degrade(f.Caption, report) is var x && Same(f.Caption, x) ? f : f with { Caption = x },
            MdEmbed e => Degrade(e.Text, report) is var x && Same(e.Text, x) ? e : e with { Text = x },
            _ => block,
        };
    }

    private MdListItem Item(MdListItem item, DegradationReport report) =>
        Degrade(item.Blocks, report) is var x && Same(item.Blocks, x) ? item : item with { Blocks = x };

    private MdTable Table(MdTable table, DegradationReport report)
    {
        var state = (Strategy: this, Report: report);
        var header = Map(table.Header, state, static (c, s) => s.Strategy.Degrade(c, s.Report));
        var rows = Map(table.Rows, state, static (row, s) => Map(row, s, static (cell, t) => t.Strategy.Degrade(cell, t.Report)));
        return Same(table.Header, header) && Same(table.Rows, rows) ? table : table with { Header = header, Rows = rows };
    }

    private MdInline Inline(MdInline inline, DegradationReport report) => inline switch
    {
        MdEmphasis e => Degrade(e.Children, report) is var x && Same(e.Children, x) ? e : e with { Children = x },
        MdStrong s => Degrade(s.Children, report) is var x && Same(s.Children, x) ? s : s with { Children = x },
        MdStrike s => Degrade(s.Children, report) is var x && Same(s.Children, x) ? s : s with { Children = x },
        MdLink l => Degrade(l.Children, report) is var x && Same(l.Children, x) ? l : l with { Children = x },
        MdHtmlInline h => Degrade(h.Children, report) is var x && Same(h.Children, x) ? h : h with { Children = x },
        _ => inline,
    };

    /// <summary>The items mapped; the list itself when every item maps to itself. <paramref name="state"/> spares a closure per call.</summary>
    private static IReadOnlyList<T> Map<T, TState>(IReadOnlyList<T> items, TState state, Func<T, TState, T> map) where T : class
    {
        List<T>? result = null;
        for (int i = 0; i < items.Count; i++)
        {
            var mapped = map(items[i], state);
            if (result is null && !ReferenceEquals(mapped, items[i]))
            {
                result = [.. items.Take(i)];
            }

            result?.Add(mapped);
        }

        return result ?? items;
    }

    private static bool Same<T>(T a, T b) where T : class => ReferenceEquals(a, b);
}
