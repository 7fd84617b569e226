using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Reporting;

/// <summary>
/// A small export written for the report tests: a clean post, one with a warning (an image without alt),
/// one with a front matter error, and one whose name and text need escaping in every format.
/// </summary>
public sealed class ReportFixture : IDisposable
{
    public TempFolder Temp { get; } = new();

    public string Posts => Path.Combine(Temp.Path, "posts");

    public ReportFixture()
    {
        Temp.Write("posts/clean.md", "---\ntitle: Clean\n---\n<h2>Hello</h2>\n<p>All is well.</p>\n");
        Temp.Write("posts/warning.md", "---\ntitle: Warning\n---\n<p>Text</p>\n<figure class=\"wp-block-image\"><img src=\"/a.png\" alt=\"\"></figure>\n");
        Temp.Write("posts/broken-yaml.md", "---\ntitle: [unclosed\n---\n<p>Never read</p>\n");
        Temp.Write("posts/fr/naïve: 50%, \"quoted\" & <tagged>.md", "---\ntitle: Échappements\n---\n<p>Prix&nbsp;: 10&nbsp;%</p>\n<figure class=\"wp-block-image\"><img src=\"/b.png\" alt=\"\"></figure>\n");
    }

    public int DocumentCount => 4;

    public void Dispose() => Temp.Dispose();
}
