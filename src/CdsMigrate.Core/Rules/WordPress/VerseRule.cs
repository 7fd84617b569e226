using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.WordPress;

/// <summary>
/// core/verse: poetry or lyrics in a <c>pre</c>. It is text, not code: each line ends with a hard break,
/// a blank line starts a new stanza (paragraph), and emphasis and links stay Markdown.
/// </summary>
internal sealed class VerseRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/verse";

    public string Matches => "pre.wp-block-verse";

    public string Produces => "paragraphs (stanzas) whose lines end with hard breaks; inline formatting kept";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.LayoutLost];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("pre");

    public bool IsMatch(IElement element, ConversionContext context) =>
        element.LocalName == "pre" && (BlockNaming.HasBlockClass(element, "verse") || BlockNaming.IsCommented(element, "core/verse"));

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        // A verse is preformatted text: its lines and words are kept, its spacing and typewriter font are not.
        context.ReadAs(element, LedgerKind.ReadAsText,
            context.Report(DiagnosticCodes.LayoutLost, element, "verse written as paragraphs with line breaks: its spacing and font are not kept", Name));
        var inlines = new List<MdInline>();
        bool first = true;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                string data = text.Data;
                if (first && data.StartsWith('\n'))
                {
                    data = data[1..]; // HTML drops a newline right after <pre>.
                }

                var lines = data.Split('\n');
                for (int i = 0; i < lines.Length; i++)
                {
                    if (i > 0)
                    {
                        inlines.Add(new MdHardBreak());
                    }

                    string line = InlineConverter.CollapseWhitespace(lines[i]);
                    if (i > 0)
                    {
                        line = line.TrimStart(' ');
                    }

                    if (line.Length > 0)
                    {
                        inlines.Add(new MdText(line));
                    }
                }
            }
            else if (node is IElement inner)
            {
                inlines.AddRange(context.ConvertInlines([WithLineBreaks(inner)]));
            }

            first = false;
        }

        return Stanzas(inlines);
    }

    /// <summary>
    /// A verse line may end inside bold or italic (<c>&lt;strong&gt;Write a bold verse\nCode is poetry&lt;/strong&gt;</c>):
    /// the pre keeps that newline, inline conversion would fold it into a space (issue 10). A copy of the element
    /// gets a <c>&lt;br&gt;</c> for each newline in its text (not in code, which keeps its text as it is); the
    /// source stays as it was for the verifier.
    /// </summary>
    private static IElement WithLineBreaks(IElement element)
    {
        if (!element.TextContent.Contains('\n', StringComparison.Ordinal))
        {
            return element;
        }

        var copy = (IElement)element.Clone(deep: true);
        var texts = copy.Descendants<IText>().Where(t => t.Data.Contains('\n', StringComparison.Ordinal) && t.ParentElement?.Closest("code") is null).ToList();
        foreach (var text in texts)
        {
            var lines = text.Data.Split('\n');
            var parent = text.Parent!;
            for (int i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    parent.InsertBefore(copy.Owner!.CreateElement("br"), text);
                }

                string line = i > 0 ? lines[i].TrimStart(' ', '\t') : lines[i];
                if (line.Length > 0)
                {
                    parent.InsertBefore(copy.Owner!.CreateTextNode(line), text);
                }
            }

            parent.RemoveChild(text);
        }

        return copy;
    }

    /// <summary>Two line breaks with nothing between them end a stanza.</summary>
    private static List<MdBlock> Stanzas(List<MdInline> inlines)
    {
        var stanzas = new List<MdBlock>();
        var current = new List<MdInline>();
        for (int i = 0; i < inlines.Count; i++)
        {
            if (inlines[i] is MdHardBreak && (current.Count == 0 || current[^1] is MdHardBreak))
            {
                Flush();
                continue;
            }

            current.Add(inlines[i]);
        }

        Flush();
        return stanzas;

        void Flush()
        {
            while (current.Count > 0 && current[^1] is MdHardBreak) current.RemoveAt(current.Count - 1);
            if (InlineContent.HasContent(current))
            {
                stanzas.Add(new MdParagraph([.. current]));
            }

            current.Clear();
        }
    }
}
