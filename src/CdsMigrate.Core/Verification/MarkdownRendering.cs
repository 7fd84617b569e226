using CdsMigrate.Core.Conversion;
using Markdig;

namespace CdsMigrate.Core.Verification;

/// <summary>Markdig pipelines that read each flavour the way its destination does.</summary>
internal static class MarkdownRendering
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

    // The same readings with exact source positions, for reading a source body (issue 9): which pieces are
    // Markdown and which HTML, and where each starts. Rendering with them gives the same HTML.
    private static readonly MarkdownPipeline CommonMarkReading = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly MarkdownPipeline GfmReading = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAlertBlocks()
        .UseFootnotes()
        .UsePreciseSourceLocation()
        .Build();

    private static readonly MarkdownPipeline HugoReading = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAlertBlocks()
        .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseFootnotes()
        .UseGenericAttributes()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>The flavour's pipeline with precise source positions: how a source body is read.</summary>
    public static MarkdownPipeline ReadingPipelineFor(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.CommonMark => CommonMarkReading,
        MarkdownFlavor.Hugo => HugoReading,
        _ => GfmReading,
    };

    public static MarkdownPipeline PipelineFor(MarkdownFlavor flavor) => flavor switch
    {
        MarkdownFlavor.CommonMark => CommonMark,
        MarkdownFlavor.Hugo => Hugo,
        _ => Gfm,
    };

    /// <summary>Renders Markdown to HTML with the flavour's pipeline.</summary>
    public static string ToHtml(string markdown, MarkdownFlavor flavor) => Markdown.ToHtml(markdown, PipelineFor(flavor));
}
