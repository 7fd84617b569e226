using System.Net;
using CsCheck;

namespace CdsMigrate.Tests.Properties;

/// <summary>
/// Generators of random WordPress-like HTML: trees of paragraphs, headings, nested lists, quotes, emphasis,
/// links, code and text full of Markdown-significant characters (issue 6, property tests). Depth and sizes are
/// bounded so that a case converts in milliseconds.
/// </summary>
internal static class MarkdownGen
{
    /// <summary>Characters Markdown gives meaning to somewhere, plus letters, digits, spaces and non-breaking spaces.</summary>
    public const string Significant = "*_[]<>#+-.!|\\`&~{}():=;\"'/0123456789 \u00a0abcxyzé";

    /// <summary>Starts that open a block when they begin a line: list markers, leading digits, headings, fences, rules.</summary>
    private static readonly Gen<string> LineStart = Gen.OneOf(
        Gen.Const("1. "), Gen.Const("2021. "), Gen.Const("3) "), Gen.Const("# "), Gen.Const("- "), Gen.Const("+ "),
        Gen.Const("* "), Gen.Const("> "), Gen.Const("| "), Gen.Const("---"), Gen.Const("==="), Gen.Const("***"),
        Gen.Const("```"), Gen.Const("~~~"), Gen.Const("    "), Gen.Const("<div>"), Gen.Const("[x]: "), Gen.Const("\u00a0"));

    private static readonly Gen<string> Run =
        Gen.Frequency((3, Gen.Char["abcdefghij"]), (2, Gen.Char[Significant]), (1, Gen.Const(' ')))
            .Array[1, 14].Select(chars => new string(chars));

    /// <summary>A word-ish run: mostly letters so that emphasis has something to hold, with significant characters,
    /// sometimes starting with what would open a block at a line start.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (4, Run),
        (1, Gen.Select(LineStart, Run, (start, run) => start + run)));

    /// <summary>Plain text as HTML source (escaped so that the text, not markup, reaches the converter).</summary>
    public static readonly Gen<string> TextHtml = Text.Select(t => WebUtility.HtmlEncode(t).Replace("&#160;", "&nbsp;"));

    private static readonly Gen<string> Url =
        Gen.Char["abcxyz0123456789-_/.~()%"].Array[1, 12].Select(c => "https://example.com/" + new string(c));

    public static Gen<string> Inline(int depth) => depth <= 0
        ? TextHtml
        : Gen.Frequency(
            (5, TextHtml),
            (1, Inlines(depth - 1).Select(s => $"<em>{s}</em>")),
            (1, Inlines(depth - 1).Select(s => $"<strong>{s}</strong>")),
            (1, Gen.Select(Url, Inlines(depth - 1), (u, s) => $"<a href=\"{u}\">{s}</a>")),
            (1, TextHtml.Select(s => $"<code>{s}</code>")),
            (1, Gen.Const("<br>")));

    public static Gen<string> Inlines(int depth) => Inline(depth).Array[1, 4].Select(string.Concat);

    public static Gen<string> Block(int depth)
    {
        var leaf = Gen.Frequency(
            (4, Inlines(2).Select(s => $"<p>{s}</p>")),
            (1, Gen.Select(Gen.Int[1, 6], Inlines(1), (level, s) => $"<h{level}>{s}</h{level}>")),
            (1, Text.Array[1, 3].Select(lines => "<pre><code>" + WebUtility.HtmlEncode(string.Join("\n", lines)) + "</code></pre>")));
        if (depth <= 0)
        {
            return leaf;
        }

        var item = Gen.Frequency((3, Inlines(2)), (1, Blocks(depth - 1)));
        return Gen.Frequency(
            (4, leaf),
            (1, item.Array[1, 4].Select(items => "<ul>" + string.Concat(items.Select(i => $"<li>{i}</li>")) + "</ul>")),
            (1, Gen.Select(Gen.Int[1, 12], item.Array[1, 4], (start, items) => $"<ol start=\"{start}\">" + string.Concat(items.Select(i => $"<li>{i}</li>")) + "</ol>")),
            (1, Blocks(depth - 1).Select(s => $"<blockquote>{s}</blockquote>")));
    }

    public static Gen<string> Blocks(int depth) => Block(depth).Array[1, 4].Select(b => string.Join("\n", b));

    /// <summary>A whole post body.</summary>
    public static readonly Gen<string> Body = Blocks(3);
}
