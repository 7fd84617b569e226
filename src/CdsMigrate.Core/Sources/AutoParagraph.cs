using System.Text;
using System.Text.RegularExpressions;
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
        string paragraphed = Apply(text);
        if (!string.Equals(paragraphed, text, StringComparison.Ordinal))
        {
            diagnostics.Add(DiagnosticCodes.ClassicParagraphs.At(where,
                "classic-editor content (no block markup): paragraphs and line breaks added as WordPress adds them when it shows the post"));
        }

        return paragraphed;
    }

    public static string Apply(string text)
    {
        if (text.Trim().Length == 0)
        {
            return "";
        }

        text += "\n";
        var preTags = new List<KeyValuePair<string, string>>();
        if (text.Contains("<pre", StringComparison.Ordinal))
        {
            var parts = text.Split("</pre>");
            var sb = new StringBuilder();
            for (int i = 0; i < parts.Length - 1; i++)
            {
                int start = parts[i].IndexOf("<pre", StringComparison.Ordinal);
                if (start < 0)
                {
                    sb.Append(parts[i]);
                    continue;
                }

                string name = $"<pre wp-pre-tag-{preTags.Count}></pre>";
                preTags.Add(new(name, parts[i][start..] + "</pre>"));
                sb.Append(parts[i], 0, start).Append(name);
            }

            text = sb.Append(parts[^1]).ToString();
        }

        text = DoubleBr().Replace(text, "\n\n");
        text = BlockOpen().Replace(text, "\n\n$1");
        text = BlockClose().Replace(text, "$1\n\n");
        text = Hr().Replace(text, "$1\n\n");
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        text = TagOrComment().Replace(text, m => m.Value.Replace("\n", NewlineInTag, StringComparison.Ordinal));
        text = OptionOpen().Replace(text, "<option");
        text = OptionClose().Replace(text, "</option>");
        text = ManyNewlines().Replace(text, "\n\n");

        var result = new StringBuilder();
        foreach (var paragraph in ParagraphSplit().Split(text))
        {
            if (paragraph.Length == 0)
            {
                continue;
            }

            result.Append("<p>").Append(paragraph.Trim('\n')).Append("</p>\n");
        }

        text = result.ToString();
        text = EmptyP().Replace(text, "");
        text = UnclosedPInDiv().Replace(text, "<p>$1</p></$2>");
        text = PWrappedBlock().Replace(text, "$1");
        text = PWrappedLi().Replace(text, "$1");
        text = PBlockquote().Replace(text, "<blockquote$1><p>");
        text = text.Replace("</blockquote></p>", "</p></blockquote>", StringComparison.Ordinal);
        text = PBeforeBlock().Replace(text, "$1");
        text = BlockBeforeClosingP().Replace(text, "$1");

        text = RawTextElements().Replace(text, m => m.Value.Replace("\n", PreservedNewline, StringComparison.Ordinal));
        text = text.Replace("<br>", "<br />", StringComparison.Ordinal).Replace("<br/>", "<br />", StringComparison.Ordinal);
        text = BareNewline().Replace(text, "<br />\n");
        text = text.Replace(PreservedNewline, "\n", StringComparison.Ordinal);

        text = BrAfterBlock().Replace(text, "$1");
        text = BrBeforeBlock().Replace(text, "$1");
        text = TrailingNewlineInP().Replace(text, "</p>");
        foreach (var (name, original) in preTags)
        {
            text = text.Replace(name, original, StringComparison.Ordinal);
        }

        return text.Replace(" " + NewlineInTag + " ", "\n", StringComparison.Ordinal).Replace(NewlineInTag, "\n", StringComparison.Ordinal);
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
