using CdsMigrate.Core.Conversion;
using Markdig;

namespace CdsMigrate.Core.Verification;

/// <summary>Markdig pipelines that read each flavour the way its destination does.</summary>
public static class MarkdownRendering
{
    private static readonly MarkdownPipeline CommonMark = new MarkdownPipelineBuilder().Build();

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAlertBlocks()
        .UseFootnotes()
        .Build();

    // Hugo (0.132+) parses `> [!NOTE]` alerts for blockquote render hooks, as the CDS site's 0.136 does.
    private static readonly MarkdownPipeline Hugo = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAlertBlocks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseFootnotes()
        .UseGenericAttributes()
        .Build();

    public static MarkdownPipeline PipelineFor(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.CommonMark => CommonMark,
        MarkdownFlavor.Hugo => Hugo,
        _ => Gfm,
    };

    /// <summary>Renders Markdown to HTML with the flavour's pipeline.</summary>
    public static string ToHtml(string markdown, MarkdownFlavor flavor) => Markdown.ToHtml(markdown, PipelineFor(flavor));
}
