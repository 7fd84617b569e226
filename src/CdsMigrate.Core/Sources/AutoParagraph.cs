using System.Text.RegularExpressions;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// WordPress's <c>wpautop</c>, ported step for step: classic-editor content is stored with bare newlines and
/// WordPress adds the paragraphs when it shows the post. A blank line starts a paragraph, a single newline is
/// a <c>&lt;br /&gt;</c>, block-level tags are not wrapped, and <c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>,
/// <c>&lt;style&gt;</c> keep their newlines. Same steps in the same order, so output matches what readers saw.
/// </summary>
internal static partial class AutoParagraph
{
    private const string AllBlocks = "(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)";

    private const string NewlineInTag = "\u0001wpnl\u0001";

    private const string PreservedNewline = "\u0001wppn\u0001";

    /// <summary>
    /// <see cref="Apply(string)"/>, saying so (CDS2028) when it changed the text: single newlines became line breaks,
    /// which the reader of the Markdown now sees as hard breaks.
    /// </summary>
    public static string Apply(string text, SourceSpan where, List<Diagnostic> diagnostics)
    {
        var body = new RewrittenText(text);
        Apply(body, where, diagnostics);
        return body.Text;
    }

    /// <summary><see cref="Apply(string, SourceSpan, List{Diagnostic})"/> on a body whose way back to the export is kept.</summary>
    public static void Apply(RewrittenText body, SourceSpan where, List<Diagnostic> diagnostics)
    {
        string before = body.Text;
        Apply(body);
        if (!string.Equals(body.Text, before, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCodes.ClassicParagraphs.At(where,
                "classic-editor content (no block markup): paragraphs and line breaks added as WordPress adds them when it shows the post"));
        }
    }

    public static string Apply(string text)
    {
        var body = new RewrittenText(text);
        Apply(body);
        return body.Text;
    }

    /// <summary>
    /// The steps, each a rewrite of <paramref name="body"/> that remembers where its pieces came from, so positions in
    /// the paragraphed text lead back to the export (issue 11, s5map).
    /// </summary>
    public static void Apply(RewrittenText body)
    {
        if (body.Text.Trim().Length == 0)
        {
            body.Rewrite((_, _) => { });
            return;
        }

        body.Rewrite((text, step) =>
        {
            step.Copy(text, 0, text.Length);
            step.Insert("\n", text.Length);
        });
        var preTags = StashPre(body);

        body.Replace(DoubleBr(), "\n\n");
        body.Replace(BlockOpen(), "\n\n$1");
        body.Replace(BlockClose(), "$1\n\n");
        body.Replace(Hr(), "$1\n\n");
        body.Replace("\r\n", "\n");
        body.Replace("\r", "\n");
        body.Replace(TagOrComment(), (m, text, step) => CopyMarkingNewlines(m, text, step, NewlineInTag));
        body.Replace(OptionOpen(), "<option");
        body.Replace(OptionClose(), "</option>");
        body.Replace(ManyNewlines(), "\n\n");
        body.Rewrite(WrapParagraphs);
        body.Replace(EmptyP(), "");
        body.Replace(UnclosedPInDiv(), "<p>$1</p></$2>");
        body.Replace(PWrappedBlock(), "$1");
        body.Replace(PWrappedLi(), "$1");
        body.Replace(PBlockquote(), "<blockquote$1><p>");
        body.Replace("</blockquote></p>", "</p></blockquote>");
        body.Replace(PBeforeBlock(), "$1");
        body.Replace(BlockBeforeClosingP(), "$1");

        body.Replace(RawTextElements(), (m, text, step) => CopyMarkingNewlines(m, text, step, PreservedNewline));
        body.Replace("<br>", "<br />");
        body.Replace("<br/>", "<br />");
        body.Replace(BareNewline(), "<br />\n");
        body.Replace(PreservedNewline, "\n");

        body.Replace(BrAfterBlock(), "$1");
        body.Replace(BrBeforeBlock(), "$1");
        body.Replace(TrailingNewlineInP(), "</p>");
        foreach (var (name, original, step, offset) in preTags)
        {
            body.Rewrite((text, rewrite) =>
            {
                int at = 0;
                for (int found = text.IndexOf(name, StringComparison.Ordinal); found >= 0; found = text.IndexOf(name, at, StringComparison.Ordinal))
                {
                    rewrite.Copy(text, at, found - at);
                    rewrite.Restore(original, step, offset);
                    at = found + name.Length;
                }

                rewrite.Copy(text, at, text.Length - at);
            });
        }

        body.Replace(" " + NewlineInTag + " ", "\n");
        body.Replace(NewlineInTag, "\n");
    }

    /// <summary>
    /// Sets each <c>&lt;pre&gt;</c> aside behind a placeholder, as wpautop does (and, as it does, drops a <c>&lt;/pre&gt;</c>
    /// with no <c>&lt;pre</c> before it in its part): the placeholders, what they stand for, and where that was.
    /// </summary>
    private static List<(string Name, string Original, int Step, int Offset)> StashPre(RewrittenText body)
    {
        var preTags = new List<(string, string, int, int)>();
        if (!body.Text.Contains("<pre", StringComparison.Ordinal))
        {
            return preTags;
        }

        int stepIndex = body.StepCount;
        body.Rewrite((text, step) =>
        {
            var parts = text.Split("</pre>");
            int partStart = 0;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                int start = parts[i].IndexOf("<pre", StringComparison.Ordinal);
                if (start < 0)
                {
                    step.Copy(text, partStart, parts[i].Length);
                }
                else
                {
                    string name = $"<pre wp-pre-tag-{preTags.Count}></pre>";
                    preTags.Add((name, parts[i][start..] + "</pre>", stepIndex, partStart + start));
                    step.Copy(text, partStart, start);
                    step.Insert(name, partStart + start);
                }

                partStart += parts[i].Length + "</pre>".Length;
            }

            step.Copy(text, partStart, parts[^1].Length);
        });
        return preTags;
    }

    /// <summary>A blank line ends a paragraph: each one wrapped in <c>&lt;p&gt;</c>, its newlines at both ends trimmed.</summary>
    private static void WrapParagraphs(string text, RewriteStep step)
    {
        int at = 0;
        for (var split = ParagraphSplit().Match(text); ; split = split.NextMatch())
        {
            int end = split.Success ? split.Index : text.Length;
            if (end > at)
            {
                int start = at, stop = end;
                while (start < stop && text[start] == '\n')
                {
                    start++;
                }

                while (stop > start && text[stop - 1] == '\n')
                {
                    stop--;
                }

                step.Insert("<p>", start);
                step.Copy(text, start, stop - start);
                step.Insert("</p>\n", stop);
            }

            if (!split.Success)
            {
                break;
            }

            at = split.Index + split.Length;
        }
    }

    /// <summary>Copies a match, each newline in it replaced by <paramref name="marker"/>.</summary>
    private static void CopyMarkingNewlines(Match match, string text, RewriteStep step, string marker)
    {
        int at = match.Index, end = match.Index + match.Length;
        for (int newline = text.IndexOf('\n', at, end - at); newline >= 0; newline = text.IndexOf('\n', at, end - at))
        {
            step.Copy(text, at, newline - at);
            step.Insert(marker, newline);
            at = newline + 1;
        }

        step.Copy(text, at, end - at);
    }

    [GeneratedRegex(@"<br\s*/?>\s*<br\s*/?>")]
    private static partial Regex DoubleBr();

    [GeneratedRegex("(<" + AllBlocks + @"[\s/>])")]
    private static partial Regex BlockOpen();

    [GeneratedRegex("(</" + AllBlocks + ">)")]
    private static partial Regex BlockClose();

    [GeneratedRegex(@"(<hr\s*?/?>)")]
    private static partial Regex Hr();

    [GeneratedRegex(@"<!--[\s\S]*?-->|<[^<>]*>")]
    private static partial Regex TagOrComment();

    [GeneratedRegex(@"\s*<option")]
    private static partial Regex OptionOpen();

    [GeneratedRegex(@"</option>\s*")]
    private static partial Regex OptionClose();

    [GeneratedRegex("\n\n+")]
    private static partial Regex ManyNewlines();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphSplit();

    [GeneratedRegex(@"<p>\s*</p>")]
    private static partial Regex EmptyP();

    [GeneratedRegex(@"<p>([^<]+)</(div|address|form)>")]
    private static partial Regex UnclosedPInDiv();

    [GeneratedRegex(@"<p>\s*(</?" + AllBlocks + @"[^>]*>)\s*</p>")]
    private static partial Regex PWrappedBlock();

    [GeneratedRegex(@"<p>(<li.+?)</p>")]
    private static partial Regex PWrappedLi();

    [GeneratedRegex(@"<p><blockquote([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex PBlockquote();

    [GeneratedRegex(@"<p>\s*(</?" + AllBlocks + @"[^>]*>)")]
    private static partial Regex PBeforeBlock();

    [GeneratedRegex(@"(</?" + AllBlocks + @"[^>]*>)\s*</p>")]
    private static partial Regex BlockBeforeClosingP();

    [GeneratedRegex(@"<(script|style|svg|math).*?</\1>", RegexOptions.Singleline)]
    private static partial Regex RawTextElements();

    [GeneratedRegex(@"(?<!<br />)\s*\n")]
    private static partial Regex BareNewline();

    [GeneratedRegex(@"(</?" + AllBlocks + @"[^>]*>)\s*<br />")]
    private static partial Regex BrAfterBlock();

    [GeneratedRegex(@"<br />(\s*</?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)")]
    private static partial Regex BrBeforeBlock();

    [GeneratedRegex("\n</p>$")]
    private static partial Regex TrailingNewlineInP();
}
