using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Verification;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Issue 12, point 6: checks the output against the settings of the Hugo site given with <c>--site</c>, and warns
/// once per missing setting (CDS4052), on the first document that needs it: raw HTML (<c>&lt;details&gt;</c>,
/// tables with Markdown cells…) needs <c>markup.goldmark.renderer.unsafe</c> (off by default: with it off, 36 of
/// the 68 CDS posts lost content, every accordion title among them); a heading id written <c>{#id}</c> needs
/// <c>markup.goldmark.parser.attribute.title</c>. Called in document order, so the warning lands on the same
/// document whatever the parallelism. Not thread-safe.
/// </summary>
internal sealed partial class HugoReadiness(HugoSiteConfig site, MarkdownFlavor flavor)
{
    private bool _warnedUnsafe;
    private bool _warnedAttributes;

    /// <summary>The diagnostics (at most one per setting for the whole run) this document's Markdown calls for.</summary>
    public IReadOnlyList<Diagnostic> Check(string markdown, string sourcePath)
    {
        if ((_warnedUnsafe || site.GoldmarkUnsafe) && (_warnedAttributes || site.HeadingAttributes))
        {
            return [];
        }

        var found = new List<Diagnostic>();
        var document = Markdown.Parse(markdown, MarkdownRendering.PipelineFor(flavor));
        if (!_warnedUnsafe && !site.GoldmarkUnsafe && FirstRawHtml(document) is { } line)
        {
            _warnedUnsafe = true;
            found.Add(DiagnosticCodes.SiteSettingMissing.At(new Reporting.SourceSpan(sourcePath, 0, 0),
                $"the output holds raw HTML (first in this document, output line {line + 1}) but {site.File} does not set markup.goldmark.renderer.unsafe = true: Hugo would replace it with <!-- raw HTML omitted -->"));
        }

        if (!_warnedAttributes && !site.HeadingAttributes && flavor == MarkdownFlavor.Hugo && HeadingId().Match(markdown) is { Success: true } m)
        {
            _warnedAttributes = true;
            found.Add(DiagnosticCodes.SiteSettingMissing.At(new Reporting.SourceSpan(sourcePath, 0, 0),
                $"the output gives headings ids ({m.Value.Trim()}) but {site.File} sets markup.goldmark.parser.attribute.title = false: Hugo would show them as text"));
        }

        return found;
    }

    /// <summary>The line of the first raw HTML block or inline tag (comments such as &lt;!--more--&gt; are not content).</summary>
    private static int? FirstRawHtml(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HtmlBlock block when block.Type != HtmlBlockType.Comment:
                    return block.Line;
                case HtmlInline inline when !inline.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    return inline.Line;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^#{1,6} .*\{#[^}\s]+\}[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex HeadingId();
}
