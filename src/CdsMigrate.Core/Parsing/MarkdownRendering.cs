using CdsMigrate.Core.Conversion;
using Markdig;

namespace CdsMigrate.Core.Parsing;

/// <summary>Markdig pipelines that read each flavour the way its destination does.</summary>
internal static class MarkdownRendering
{
    private static readonly MarkdownPipeline CommonMark = Build(MarkdownFlavor.CommonMark, preciseSourceLocation: false);
    private static readonly MarkdownPipeline Gfm = Build(MarkdownFlavor.Gfm, preciseSourceLocation: false);
    private static readonly MarkdownPipeline Hugo = Build(MarkdownFlavor.Hugo, preciseSourceLocation: false);

    // The same readings with exact source positions, for reading a source body (issue 9): which pieces are
    // Markdown and which HTML, and where each starts. Rendering with them gives the same HTML.
    private static readonly MarkdownPipeline CommonMarkReading = Build(MarkdownFlavor.CommonMark, preciseSourceLocation: true);
    private static readonly MarkdownPipeline GfmReading = Build(MarkdownFlavor.Gfm, preciseSourceLocation: true);
    private static readonly MarkdownPipeline HugoReading = Build(MarkdownFlavor.Hugo, preciseSourceLocation: true);

    private static MarkdownPipeline Build(MarkdownFlavor flavor, bool preciseSourceLocation)
    {
        var builder = new MarkdownPipelineBuilder();
        if (flavor != MarkdownFlavor.CommonMark)
        {
            // GFM's extensions; Hugo (0.132+) also parses `> [!NOTE]` alerts for blockquote render hooks, as the
            // CDS site's 0.136 does.
            builder.UsePipeTables()
                .UseAlertBlocks()
                .UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
                .UseFootnotes();
        }

        if (flavor == MarkdownFlavor.Hugo)
        {
            // Goldmark's {#id .class} attributes after headings.
            builder.UseGenericAttributes();
        }

        if (preciseSourceLocation)
        {
            builder.UsePreciseSourceLocation();
        }

        return builder.Build();
    }

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
