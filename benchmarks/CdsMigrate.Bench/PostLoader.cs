using System.Text;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Bench;

/// <summary>Loads the CDS corpus posts, or generates posts of the same shape when the corpus is absent.</summary>
internal static class PostLoader
{
    public static List<SourceDocument> Load(string? corpus, out string origin)
    {
        corpus ??= FindCorpus();
        if (corpus is not null && Directory.Exists(corpus))
        {
            origin = corpus;
            return Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .SelectMany(path => PostFileReader.Read(File.ReadAllBytes(path), path, Path.GetFileName(path)).Documents)
                .ToList();
        }

        origin = "generated: no corpus found";
        return Enumerable.Range(0, 60).Select(i => PostFileReader.ReadText(Generate(i), $"generated-{i}.md", $"generated-{i}.md").Documents[0]).ToList();
    }

    /// <summary>The corpus beside the repository (../shared/corpus/cds from the repo root).</summary>
    private static string? FindCorpus()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CdsMigrate.sln")))
            {
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "cds"));
            }
        }

        return null;
    }

    /// <summary>A post of about 14 KB of block-editor HTML: headings, paragraphs with links and emphasis, lists, images, quotes.</summary>
    private static string Generate(int seed)
    {
        var html = new StringBuilder();
        html.Append($"---\ntitle: \"Generated post {seed}\"\ndate: 2024-01-{seed % 28 + 1:D2}\ntags:\n  - bench\n---\n");
        for (int section = 0; html.Length < 14_000; section++)
        {
            html.Append($"<h2 class=\"wp-block-heading\" id=\"section-{section}\">Section {section} of post {seed}</h2>\n");
            for (int p = 0; p < 3; p++)
            {
                html.Append("<p>Digital services should be <strong>simple</strong>, <em>accessible</em> and built with the people who use them. ")
                    .Append($"Read <a href=\"https://example.org/guide/{section}/{p}\">the guide, part {p}</a> before you start; it covers research, design &amp; delivery.</p>\n");
            }

            html.Append("<ul class=\"wp-block-list\"><li>Start with user needs</li><li>Work in the open, with <code>git</code></li><li>Iterate &amp; improve often</li></ul>\n");
            html.Append($"<figure class=\"wp-block-image size-large\"><img src=\"https://example.org/img/{seed}-{section}.png\" alt=\"A diagram of step {section}\"/><figcaption>Step {section}</figcaption></figure>\n");
            html.Append("<blockquote class=\"wp-block-quote\"><p>Good services are verbs, not nouns.</p><cite>A designer</cite></blockquote>\n");
        }

        return html.ToString();
    }
}
