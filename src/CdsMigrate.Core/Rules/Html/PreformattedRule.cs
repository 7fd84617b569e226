using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Rules.Html;

/// <summary>pre (core/code, core/preformatted) to a fenced code block, the language from a <c>language-*</c> class.</summary>
internal sealed class PreformattedRule : IBlockRule, IHasMatchPrerequisite
{
    public string Name => "core/code";

    public string Matches => "pre, pre > code (wp-block-code, wp-block-preformatted)";

    public string Produces => "fenced code block with its language (class or block attributes); the fence longer than any backtick run inside; a preformatted block with links or formatting → raw <pre> (info)";

    /// <summary>The diagnostic codes this rule may emit (for <c>cdsmigrate rules</c>).</summary>
    public IReadOnlyList<DiagnosticCode> Diagnostics => [DiagnosticCodes.PreformattedAsHtml, DiagnosticCodes.NestingRepaired];

    /// <summary>Implied by <see cref="IsMatch"/> (issue 11: <see cref="RuleSet.Find"/> asks only the blocks that have it).</summary>
    public MatchPrerequisite Prerequisite { get; } = MatchPrerequisite.Tags("pre");

    public bool IsMatch(IElement element, ConversionContext context) => element.LocalName == "pre";

    public IReadOnlyList<MdBlock> Convert(IElement element, ConversionContext context)
    {
        if (element.Descendants<IElement>().FirstOrDefault(e => e.LocalName is "pre" or "ol" or "ul" or "table" or "blockquote" or "dl" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") is { } block)
        {
            // <pre><ol>…</ol></pre> (issue 10): a browser shows a numbered list in a monospace font, not code; a
            // <pre> inside a <pre> (an unclosed one) shows as its own block after the outer text.
            context.ReadAs(element, LedgerKind.ReadAsText,
                context.ReportOnce("block-in-pre", DiagnosticCodes.NestingRepaired, element, $"<{block.LocalName}> inside <pre>: converted as the {block.LocalName} a browser shows, not as code", BlockNaming.NameOf(element)));
            return context.ConvertChildren(element);
        }

        var code = element.Children.Length == 1 && element.FirstElementChild is { LocalName: "code" } c ? c : element;
        if (element.QuerySelector("a[href], img") is not null
            || (code == element && element.QuerySelector("strong, b, em, i, mark, sup, sub") is not null))
        {
            // A code block would show the markup's text only: the links and emphasis would be lost.
            context.Report(DiagnosticCodes.PreformattedAsHtml, element, "preformatted text with links or formatting kept as a <pre> element", BlockNaming.NameOf(element));
            return [RawHtml.Of(element)];
        }

        string? attributes = BlockNaming.AttributesOf(element);
        string? language = LanguageOf(code) ?? LanguageOf(element)
            ?? BlockCommentParser.StringAttribute(attributes, "language") ?? BlockCommentParser.StringAttribute(attributes, "lang");
        string text = TextWithBreaks(code);
        if (text.StartsWith('\n'))
        {
            text = text[1..]; // HTML drops a newline right after <pre>.
        }

        return text.Trim().Length == 0 ? [] : [new MdCodeBlock(language, text)];
    }

    private static string? LanguageOf(IElement element)
    {
        foreach (var cls in element.ClassList)
        {
            if (cls.StartsWith("language-", StringComparison.Ordinal) && cls.Length > 9)
            {
                return cls[9..];
            }
        }

        return element.GetHtmlAttribute("data-lang") ?? element.GetHtmlAttribute("lang");
    }

    /// <summary>The text of the element, with <c>&lt;br&gt;</c> as newlines (the preformatted block uses them).</summary>
    private static string TextWithBreaks(INode node)
    {
        var sb = new System.Text.StringBuilder();
        Append(node, sb);
        return sb.ToString();

        static void Append(INode n, System.Text.StringBuilder sb)
        {
            foreach (var child in n.ChildNodes)
            {
                switch (child)
                {
                    case IText t: sb.Append(t.Data); break;
                    case IElement { LocalName: "br" }: sb.Append('\n'); break;
                    // A script or style inside the code (an editor's <script><!--mce:0--></script>) shows nothing.
                    case IElement { LocalName: "script" or "style" or "template" }: break;
                    case IElement e: Append(e, sb); break;
                }
            }
        }
    }
}
