using System.Text;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Writing.Flavors;

namespace CdsMigrate.Core.Writing;

/// <summary>
/// The one place that turns the Markdown model into text: blank lines between blocks, indentation of
/// nested content, escaping (through <see cref="InlineRenderer"/>), LF line endings and one final newline. What
/// differs between flavours is its flavour's <see cref="FlavorStrategy"/>'s to say: the syntax it has, and how it
/// degrades the model's constructs it lacks, with their diagnostics (issue 11, point 4).
/// </summary>
internal sealed partial class MarkdownWriter
{
    /// <summary>
    /// Written between two quotes, or two bullet lists, that would otherwise merge into one (issue 10 asked for
    /// something cleaner; measured with markdownlint and ../shared/markdownlint.jsonc). A blank line alone does
    /// separate two quotes for CommonMark, but markdownlint's MD028 reports it (other renderers merge them), and
    /// MD028's own advice is a comment between them; a second bullet character ("* b" after "- a") starts a new
    /// list but MD004 reports the mixed style. No other separator shows nothing and passes both, so the empty
    /// comment stays. Two ordered lists need none: the second takes the ")" delimiter, which CommonMark, Markdig and
    /// goldmark read as a new list and markdownlint accepts.
    /// </summary>
    internal const string BlockSeparator = "<!-- -->";

    private readonly MarkdownFlavor _flavor;
    private readonly FlavorStrategy _strategy;
    private readonly InlineRenderer _inline;

    public MarkdownWriter(MarkdownFlavor flavor)
        : this(flavor, Sources.ContentOrigin.Rendered)
    {
    }

    /// <summary>A writer for content of the given origin: saved content gets no typographer escapes (see <see cref="Sources.ContentOrigin"/>).</summary>
    public MarkdownWriter(MarkdownFlavor flavor, Sources.ContentOrigin origin)
    {
        _strategy = FlavorStrategy.For(flavor);
        _flavor = _strategy.Flavor;
        _inline = new InlineRenderer(flavor, keepStraight: origin == Sources.ContentOrigin.Rendered);
    }

    /// <summary>
    /// Writes the blocks; the result is empty or ends with exactly one newline. What the flavour cannot say is
    /// degraded first (<see cref="FlavorStrategy"/>), and reported to <paramref name="degradations"/>, which the
    /// caller merges into the conversion's diagnostics (<see cref="DegradationReport.MergeInto"/>).
    /// </summary>
    public string Write(IReadOnlyList<MdBlock> blocks, DegradationReport degradations)
    {
        blocks = _strategy.Degrade(blocks, degradations);
        var lines = WriteBlocks(blocks, tight: false);
        if (lines.Count == 0)
        {
            return "";
        }

        // The text is copied once, into a string of the exact length: a growing builder and its ToString cost as
        // much again as the output (issue 11, point 3).
        int length = 0;
        foreach (var line in lines)
        {
            length += TrimmedEnd(line).Length + 1;
        }

        return string.Create(length, lines, static (text, lines) =>
        {
            foreach (var line in lines)
            {
                var trimmed = TrimmedEnd(line);
                trimmed.CopyTo(text);
                text[trimmed.Length] = '\n';
                text = text[(trimmed.Length + 1)..];
            }
        });
    }

    /// <summary>A line without its trailing spaces and tabs (they would make a hard break or mean nothing).</summary>
    private static ReadOnlySpan<char> TrimmedEnd(string line) => line.AsSpan().TrimEnd(" \t");

    /// <summary>
    /// Inline content as the flavour can write it (see <see cref="FlavorStrategy"/>), reported to
    /// <paramref name="degradations"/> as <see cref="Write"/> does: the first half of <see cref="WriteInlines"/>, for a
    /// caller that looks at what will be written (inline HTML inside Markdown, issue 9).
    /// </summary>
    public IReadOnlyList<MdInline> Degrade(IReadOnlyList<MdInline> inlines, DegradationReport degradations) =>
        _strategy.Degrade(inlines, degradations);

    /// <summary>
    /// Writes inline content <see cref="Degrade"/> returned, to go between existing Markdown text (see
    /// <see cref="InlineRenderer.Render(IReadOnlyList{MdInline}, bool, char, char)"/>).
    /// </summary>
    public string WriteInlines(IReadOnlyList<MdInline> degraded, bool atLineStart, char before, char after) =>
        _inline.Render(degraded, atLineStart, before, after);

    /// <summary>
    /// Whether a list can start right under a paragraph line: not an ordered list starting at another number
    /// than 1 (read as the paragraph's text: property test seed 1KBhE_u7bnF1), and not one whose first item is
    /// empty (a lone "-" under text is a setext heading underline: seed cVoR3TFWVUy2). Those get a blank line.
    /// </summary>
    private static bool CanInterruptParagraph(MdList list, string firstLine) =>
        (!list.Ordered || list.Start == 1) && !EmptyItemLine().IsMatch(firstLine);

    [System.Text.RegularExpressions.GeneratedRegex(@"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")]
    private static partial System.Text.RegularExpressions.Regex ThematicBreak();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=^|[ \t])(#+[ \t]*)$")]
    private static partial System.Text.RegularExpressions.Regex ClosingSequence();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*([0-9]+[.)]|[-*+])\s*$")]
    private static partial System.Text.RegularExpressions.Regex EmptyItemLine();

    private List<string> WriteBlocks(IReadOnlyList<MdBlock> blocks, bool tight)
    {
        // A block is a line or more, and a blank line apart from the next: room for that much from the start, rather
        // than growing from four by doubling (issue 11: these arrays were 0.8% of a run's bytes).
        var lines = new List<string>(2 * blocks.Count);
        MdBlock? previous = null;
        char previousDelimiter = '.';
        foreach (var block in blocks)
        {
            // An ordered list right after another takes the other delimiter, so the two stay two lists.
            char delimiter = block is MdList { Ordered: true } && previous is MdList { Ordered: true } && previousDelimiter == '.' ? ')' : '.';
            var blockLines = block is MdList { Ordered: true } ordered && delimiter != '.' ? WriteList(ordered, delimiter) : WriteBlock(block);
            previousDelimiter = delimiter;
            if (blockLines.Count == 0)
            {
                continue;
            }

            if (previous is not null)
            {
                bool separate = NeedsSeparator(previous, block);
                if (tight && !separate && block is MdList nested && (previous is not MdParagraph || CanInterruptParagraph(nested, blockLines[0])))
                {
                    // In a tight list item a nested list follows its paragraph directly.
                }
                else
                {
                    lines.Add("");
                }

                if (separate)
                {
                    lines.Add(BlockSeparator);
                    lines.Add("");
                }
            }

            lines.AddRange(blockLines);
            previous = block;
        }

        return lines;
    }

    /// <summary>
    /// Two lists of the same kind, or two quotes (alerts are quotes), in a row would be read as one, and
    /// markdownlint (MD028) flags the blank line between them: keep them apart.
    /// </summary>
    private static bool NeedsSeparator(MdBlock previous, MdBlock next) => (previous, next) switch
    {
        (MdList a, MdList b) => !a.Ordered && !b.Ordered,
        (MdQuote or MdAlert, MdQuote or MdAlert) => true,
        _ => false,
    };

    private List<string> WriteBlock(MdBlock block) => block switch
    {
        MdParagraph p when StandaloneImage(p) is ({ } image, var link) && MarkdownEscaper.AltText(image.Alt, _flavor) is null => WriteFigure(new MdFigure(image, [], link)),
        MdParagraph p => SplitLines(_inline.Render(p.Inlines)),
        MdHeading h => WriteHeading(h),
        MdList l => WriteList(l),
        MdQuote q => Prefix(WriteBlocks(q.Blocks, tight: false), "> ", ">"),
        MdCodeBlock c => WriteCode(c),
        MdThematicBreak => ["---"],
        MdHtmlBlock h => SplitLines(h.Html.TrimEnd('\n')),
        MdDetails d => WriteDetails(d),
        MdHtmlContainer c => WriteContainer(c),
        MdTable t => WriteTable(t),
        MdAlert a => WriteAlert(a),
        MdFootnotes f => WriteFootnotes(f),
        MdFigure f => WriteFigure(f),
        MdEmbed e => WriteEmbed(e),
        MdCustomBlock c => SplitLines(c.ToMarkdown(_flavor).TrimEnd('\n')),
        _ => throw new InvalidOperationException($"No block writer for {block.GetType().Name} (a rule's own node derives from MdCustomBlock)."),
    };

    /// <summary>The image (and the link around it) when a paragraph holds only that; (null, null) otherwise.</summary>
    private static (MdImage? Image, string? Link) StandaloneImage(MdParagraph paragraph)
    {
        // What shows nothing counts as nothing: the paragraph is written as the image alone, so it must be judged
        // alone, or a re-run reads it back as a figure (wxr-real alienlebarge: <img/><em>\n</em> became an <img> tag).
        // One pass, no filtered copy: this runs for every paragraph.
        MdInline? only = null;
        foreach (var inline in paragraph.Inlines)
        {
            if (ShowsNothing(inline))
            {
                continue;
            }

            if (only is not null)
            {
                return (null, null);
            }

            only = inline;
        }

        return only switch
        {
            MdImage image => (image, null),
            MdLink { Title: null or "", Children: [MdImage image] } link => (image, link.Href),
            _ => (null, null),
        };
    }

    private static bool ShowsNothing(MdInline inline) => inline switch
    {
        MdText text => string.IsNullOrWhiteSpace(text.Text),
        MdHardBreak => true,
        MdEmphasis e => e.Children.All(ShowsNothing),
        MdStrong s => s.Children.All(ShowsNothing),
        MdStrike s => s.Children.All(ShowsNothing),
        _ => false,
    };

    private List<string> WriteHeading(MdHeading heading)
    {
        // A heading is one line: a line break inside it becomes a space.
        string text = _inline.Render(WithoutHardBreaks(heading.Inlines));
        if (text.Length == 0)
        {
            return [];
        }

        // A run of '#' ending the text after a space would be read as the optional closing sequence and vanish
        // (property test seeds 5RB1FNZqLfe1, fITH_tVtCyk1: "jejc #" rendered as "jejc").
        text = ClosingSequence().Replace(text, @"\$1");
        string id = _strategy.WritesHeadingIds && heading.Id is { Length: > 0 } ? " {#" + heading.Id + "}" : "";
        return [new string('#', Math.Clamp(heading.Level, 1, 6)) + " " + text + id];
    }

    /// <summary>Top-level hard breaks as spaces; the list itself when it has none (most headings: no copy).</summary>
    private static IReadOnlyList<MdInline> WithoutHardBreaks(IReadOnlyList<MdInline> inlines)
    {
        foreach (var inline in inlines)
        {
            if (inline is MdHardBreak)
            {
                return inlines.Select(i => i is MdHardBreak ? new MdText(" ") : i).ToList();
            }
        }

        return inlines;
    }

    private List<string> WriteList(MdList list, char delimiter = '.')
    {
        bool tight = list.Items.All(IsTightItem);
        var lines = new List<string>();
        int number = list.Start;
        foreach (var item in list.Items)
        {
            string marker = list.Ordered ? $"{number}{delimiter} " : "- ";
            number++;
            var itemLines = WriteBlocks(item.Blocks, tight);
            if (!tight && lines.Count > 0)
            {
                lines.Add("");
            }

            if (itemLines.Count == 0)
            {
                lines.Add(marker.TrimEnd());
                continue;
            }

            string indent = Indent(marker.Length);
            for (int i = 0; i < itemLines.Count; i++)
            {
                string line = itemLines[i];
                if (i > 0)
                {
                    lines.Add(line.Length == 0 ? "" : indent + line);
                    continue;
                }

                string first = marker + line;
                if (line.EndsWith('-') && ThematicBreak().IsMatch(first))
                {
                    // Items opening with empty nested items ("- - -") would be a thematic break (property test
                    // seed 78b9xsAAaf81). The innermost empty item takes a '*' marker instead: that starts a
                    // list of its own, the same items in the same order (putting the marker on a line of its
                    // own does not work: Markdig ends such an item at the next blank line).
                    first = marker + line[..^1] + "*";
                }

                lines.Add(first);
            }
        }

        return lines;
    }

    /// <summary>An item is tight when it holds at most one paragraph first, then only lists.</summary>
    private static bool IsTightItem(MdListItem item)
    {
        for (int i = 0; i < item.Blocks.Count; i++)
        {
            bool ok = item.Blocks[i] switch
            {
                MdParagraph => i == 0,
                MdList => true,
                _ => false,
            };
            if (!ok) return false;
        }

        return true;
    }

    private List<string> WriteCode(MdCodeBlock code)
    {
        if (_strategy.ReadsShortcodes)
        {
            code = code with { Code = HugoShortcode.EscapeInCode(code.Code) };
        }

        string fence = new('`', Math.Max(3, MarkdownEscaper.LongestRun(code.Code, '`') + 1));
        var lines = new List<string> { fence + (code.Language ?? "text") };
        lines.AddRange(SplitLines(code.Code.TrimEnd('\n')));
        lines.Add(fence);
        return lines;
    }

    private List<string> WriteDetails(MdDetails details)
    {
        var lines = new List<string> { details.Open ? "<details open>" : "<details>" };
        if (details.SummaryHeading is >= 1 and <= 6 and var level && WriteHeading(new MdHeading(level, details.Summary)) is [var heading])
        {
            // A heading inside a summary is allowed by HTML and keeps the page's outline (issue 10). Written as a
            // Markdown heading between blank lines inside <summary>, Hugo 0.111 (goldmark, unsafe) renders
            // <summary><h3 id=…>Title</h3></summary> and markdownlint has nothing to say; an <h3> tag there needed
            // a markdownlint-disable-line MD033 comment (headings are not among the allowed elements).
            lines.AddRange(["<summary>", "", heading, "", "</summary>"]);
        }
        else
        {
            lines.Add("<summary>" + SummaryHtmlRenderer.Render(details.Summary) + "</summary>");
        }

        var inner = WriteBlocks(details.Blocks, tight: false);
        if (inner.Count > 0)
        {
            // The blank lines end the HTML block, so the inside is parsed as Markdown.
            lines.Add("");
            lines.AddRange(inner);
        }

        lines.Add("");
        lines.Add("</details>");
        return lines;
    }

    private List<string> WriteContainer(MdHtmlContainer container)
    {
        if (CompactTable(container) is { } compact)
        {
            return compact;
        }

        var lines = new List<string> { container.OpenTag };
        if (container.Blocks.All(b => b is MdHtmlContainer))
        {
            // Tags inside tags (table, tr, td): one HTML block, no blank lines needed.
            foreach (var child in container.Blocks)
            {
                lines.AddRange(WriteBlock(child));
            }
        }
        else
        {
            var inner = WriteBlocks(container.Blocks, tight: false);
            if (inner.Count > 0)
            {
                lines.Add("");
                lines.AddRange(inner);
                lines.Add("");
            }
        }

        lines.Add("</" + container.TagName + ">");
        return lines;
    }

    /// <summary>
    /// A table kept as HTML (no header row, merged cells, CommonMark) whose cells hold at most one paragraph each
    /// of plain text is written one row per line: a 2×2 table without a header is 4 lines, not 28 (issue 10).
    /// A pipe table with an empty header row was the other choice: it shows an empty header row (GitHub draws
    /// it, screen readers announce empty column headers), which the source does not have. Null when a cell
    /// needs Markdown (blocks, bold, links, code, footnote references) or, in hugo, holds "{{" (Hugo would read
    /// a shortcode in raw HTML).
    /// </summary>
    private List<string>? CompactTable(MdHtmlContainer table)
    {
        if (table.TagName != "table" || table.Blocks.Count == 0)
        {
            return null;
        }

        var lines = new List<string> { table.OpenTag };
        bool sections = table.Blocks.Any(b => b is MdHtmlContainer { TagName: "thead" or "tfoot" });
        foreach (var block in table.Blocks)
        {
            if (block is not MdHtmlContainer { TagName: "thead" or "tbody" or "tfoot" } section)
            {
                return null;
            }

            if (sections)
            {
                lines.Add(section.OpenTag);
            }

            foreach (var rowBlock in section.Blocks)
            {
                if (rowBlock is not MdHtmlContainer { TagName: "tr" } row)
                {
                    return null;
                }

                var sb = new StringBuilder(row.OpenTag);
                foreach (var cellBlock in row.Blocks)
                {
                    if (cellBlock is not MdHtmlContainer { TagName: "td" or "th" } cell || CellInlines(cell) is not { } inlines)
                    {
                        return null;
                    }

                    string html = SummaryHtmlRenderer.Render(inlines).Replace('\n', ' ');
                    if (_strategy.ReadsShortcodes && html.Contains("{{", StringComparison.Ordinal))
                    {
                        return null;
                    }

                    sb.Append(cell.OpenTag).Append(html).Append("</").Append(cell.TagName).Append('>');
                }

                lines.Add(sb.Append("</tr>").ToString());
            }

            if (sections)
            {
                lines.Add("</" + section.TagName + ">");
            }
        }

        lines.Add("</table>");
        return lines;

        static IReadOnlyList<MdInline>? CellInlines(MdHtmlContainer cell)
        {
            IReadOnlyList<MdInline>? inlines = cell.Blocks switch
            {
                [] => [],
                [MdParagraph p] => p.Inlines,
                _ => null,
            };
            return inlines is not null && PlainText(inlines) ? inlines : null;
        }

        // Text, line breaks and the inline tags markdownlint allows (the shared config's MD033 list): bold, a link
        // or code would be an HTML tag a Markdown reader flags, so such a table keeps its Markdown cells.
        static bool PlainText(IReadOnlyList<MdInline> inlines) => inlines.All(i => i switch
        {
            MdText or MdHardBreak => true,
            MdHtmlInline { TagName: "sup" or "sub" or "kbd" or "abbr" or "mark" or "cite" } h => PlainText(h.Children),
            _ => false,
        });
    }

    /// <summary>
    /// The title is a bold paragraph of its own: GitHub shows the alert type as the heading, and the
    /// author's title follows it. CommonMark has no alerts, and Hugo shows <c>[!KIND]</c> as text without a render
/// hook, so there the same content is a plain quote.
    /// </summary>
    private List<string> WriteAlert(MdAlert alert)
    {
        var blocks = new List<MdBlock>();
        if (InlineContent.HasContent(alert.Title))
        {
            blocks.Add(new MdParagraph(alert.Title is [MdStrong] ? alert.Title : [new MdStrong(alert.Title)]));
        }

        blocks.AddRange(alert.Blocks);
        var lines = Prefix(WriteBlocks(blocks, tight: false), "> ", ">");
        if (_strategy.WritesAlertMarker)
        {
            lines.Insert(0, "> [!" + alert.Kind.ToString().ToUpperInvariant() + "]");
        }

        return lines;
    }

    private List<string> WriteTable(MdTable table)
    {
        string Cell(IReadOnlyList<MdInline> cell) =>
            _inline.Render(cell.Select(i => i is MdHardBreak ? new MdHtmlInline("br", "<br>", []) : i).ToList())
                .Replace("|", "\\|", StringComparison.Ordinal).Replace("<br></br>", "<br>", StringComparison.Ordinal);
        // One space either side of a cell's text, and one space in an empty cell (markdownlint MD060, compact style).
        string Row(IEnumerable<IReadOnlyList<MdInline>> cells) =>
            "|" + string.Concat(cells.Select(Cell).Select(c => (c.Length == 0 ? " " : " " + c + " ") + "|"));
        var lines = new List<string> { Row(table.Header) };
        lines.Add("| " + string.Join(" | ", table.Alignments.Select(a => a switch { ColumnAlignment.Left => ":---", ColumnAlignment.Center => ":---:", ColumnAlignment.Right => "---:", _ => "---" })) + " |");
        lines.AddRange(table.Rows.Select(Row));
        return lines;
    }

    /// <summary>
    /// <c>[^1]: text</c>, later lines and blocks indented by four spaces. CommonMark has no footnotes: there
    /// the notes are a numbered list whose items start with the anchor the references link to.
    /// </summary>
    private List<string> WriteFootnotes(MdFootnotes footnotes)
    {
        if (!_strategy.HasFootnotes)
        {
            var items = footnotes.Notes.Select(n => new MdListItem(WithAnchor(n))).ToList();
            int start = footnotes.Notes.Count > 0 ? footnotes.Notes[0].Number : 1;
            return WriteList(new MdList(true, start, items));
        }

        var lines = new List<string>();
        foreach (var note in footnotes.Notes)
        {
            if (lines.Count > 0)
            {
                lines.Add("");
            }

            string label = "[^" + note.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]:";
            var inner = WriteBlocks(note.Blocks, tight: false);
            if (inner.Count == 0)
            {
                inner = [MarkdownEscaper.EscapeText(" ", atLineStart: false, _flavor)];
            }

            for (int i = 0; i < inner.Count; i++)
            {
                lines.Add(i == 0 ? label + " " + inner[i] : inner[i].Length == 0 ? "" : "    " + inner[i]);
            }
        }

        return lines;

        static List<MdBlock> WithAnchor(MdFootnote note)
        {
            var anchor = new MdAnchor(FootnoteIds.Note(note.Number));
            var blocks = note.Blocks.ToList();
            if (blocks.Count > 0 && blocks[0] is MdParagraph p)
            {
                blocks[0] = p with { Inlines = [anchor, .. p.Inlines] };
            }
            else
            {
                blocks.Insert(0, new MdParagraph([anchor]));
            }

            return blocks;
        }
    }

    /// <summary>Hugo: the built-in figure shortcode. Elsewhere: the image (linked if it was), then the caption.</summary>
    private List<string> WriteFigure(MdFigure figure)
    {
        MdInline image = figure.Link is null ? figure.Image : new MdLink(figure.Link, null, [figure.Image]);
        if (!_strategy.WritesFigureShortcode)
        {
            var blocks = new List<MdBlock> { new MdParagraph([image]) };
            if (Conversion.InlineContent.HasContent(figure.Caption))
            {
                blocks.Add(new MdParagraph(figure.Caption));
            }

            return WriteBlocks(blocks, tight: false);
        }

        var sb = new StringBuilder("{{< figure src=").Append(HugoShortcode.Quote(figure.Image.Src));
        if (figure.Link is not null)
        {
            sb.Append(" link=").Append(HugoShortcode.Quote(figure.Link));
        }

        sb.Append(" alt=").Append(HugoShortcode.Quote(figure.Image.Alt));
        if (figure.Image.Title is { Length: > 0 } title)
        {
            sb.Append(" title=").Append(HugoShortcode.Quote(title));
        }

        // The figure shortcode passes the caption through markdownify: it is Markdown.
        string caption = _inline.Render(WithoutHardBreaks(figure.Caption));
        if (caption.Length > 0)
        {
            sb.Append(" caption=").Append(HugoShortcode.Quote(caption));
        }

        return [sb.Append(" >}}").ToString()];
    }

    /// <summary>
    /// A link to the embedded URL on its own line (the rule puts any caption after it); in hugo, YouTube and
    /// Vimeo videos as Hugo's built-in shortcodes, which show the player.
    /// </summary>
    private List<string> WriteEmbed(MdEmbed embed)
    {
        if (_strategy.WritesVideoShortcodes && VideoEmbeds.TryParse(embed.Url, out string provider, out string id))
        {
            return ["{{< " + provider + " " + id + " >}}"];
        }

        return SplitLines(_inline.Render([new MdLink(embed.Url, null, embed.Text)]));
    }

    /// <summary>Spaces that indent a list item's later lines under its marker; the usual widths are made once.</summary>
    private static string Indent(int width) => width < Indents.Length ? Indents[width] : new string(' ', width);

    private static readonly string[] Indents = [.. Enumerable.Range(0, 9).Select(n => new string(' ', n))];

    /// <summary>Prefixes the lines in place: the list is the caller's own, just written.</summary>
    private static List<string> Prefix(List<string> lines, string prefix, string blankPrefix)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            lines[i] = lines[i].Length == 0 ? blankPrefix : prefix + lines[i];
        }

        return lines;
    }

    private static List<string> SplitLines(string text)
    {
        if (text.Length == 0)
        {
            return [];
        }

        // Most paragraphs are one line: no array from Split, no copy of the line.
        int newline = text.IndexOf('\n');
        if (newline < 0)
        {
            return [text];
        }

        var lines = new List<string>(text.AsSpan(newline).Count('\n') + 1);
        int start = 0;
        for (; newline >= 0; start = newline + 1, newline = text.IndexOf('\n', start))
        {
            lines.Add(text[start..newline]);
        }

        lines.Add(text[start..]);
        return lines;
    }
}
