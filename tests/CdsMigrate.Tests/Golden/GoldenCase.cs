using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// One golden case: <c>Cases/&lt;area&gt;/&lt;name&gt;.html</c> (a post file: optional front matter, then HTML) or
/// <c>&lt;name&gt;.xml</c> (a WXR export of one item)
/// and <c>&lt;name&gt;.md</c>, the whole expected output. The input's first line,
/// <c>&lt;!-- cdsmigrate: --flavor hugo --expect CDS1200@4:1 CDS1201@9:12 --&gt;</c>, sets options for the case and
/// lists every diagnostic it emits, with its line and column in the input file (<see cref="GoldenHeader"/>).
/// </summary>
public sealed record GoldenCase(string Name, string InputPath)
{
    public string ExpectedPath => Path.ChangeExtension(InputPath, ".md");

    public string ActualPath => Path.ChangeExtension(InputPath, ".actual.md");

    /// <summary>
    /// Every case: post files (<c>.html</c>) and WXR exports of one item (<c>.xml</c>, for what only an export holds:
    /// postmeta, status, dates; issue 10).
    /// </summary>
    public static IEnumerable<GoldenCase> All() =>
        Directory.EnumerateFiles(RepoPaths.GoldenCases, "*.*", SearchOption.AllDirectories)
            .Where(p => p.EndsWith(".html", StringComparison.Ordinal) || p.EndsWith(".xml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(p => new GoldenCase(Path.ChangeExtension(Path.GetRelativePath(RepoPaths.GoldenCases, p).Replace('\\', '/'), null), p));

    /// <summary>True for a WXR export case.</summary>
    public bool IsExport => InputPath.EndsWith(".xml", StringComparison.Ordinal);

    /// <summary>The input file's text, line endings normalised.</summary>
    public string Text() => TextDecoder.NormalizeLineEndings(File.ReadAllText(InputPath));

    /// <summary>The input's header: its options and the diagnostics it expects (<see cref="GoldenHeader"/>).</summary>
    public GoldenHeader Header() => GoldenHeader.Parse(Text());

    /// <summary>Reads the input without its header, with the options the header asks for.</summary>
    public (string Text, ConversionOptions Options) Load()
    {
        string text = Text();
        return (GoldenHeader.Body(text), GoldenHeader.Parse(text).ToOptions(Name));
    }

    /// <summary>
    /// Rewrites the header's expected list to <paramref name="emitted"/> (positions in the stripped body), keeping its
    /// options and the rest of the file as they are (CDSMIGRATE_ACCEPT=1).
    /// </summary>
    public void AcceptDiagnostics(IReadOnlyList<Diagnostic> emitted)
    {
        string text = Text();
        var header = GoldenHeader.Parse(text);
        int lines = GoldenHeader.LinesFor(emitted.Count);
        File.WriteAllText(InputPath, GoldenHeader.Format(header.Options, emitted.Select(d => ExpectedDiagnostic.From(d, lines))) + GoldenHeader.Body(text));
    }

    /// <summary>Converts the case as <see cref="GoldenTests"/> does: the result, and every diagnostic reading and converting it emitted.</summary>
    internal (ConversionResult Result, IReadOnlyList<Diagnostic> Emitted) Convert()
    {
        var (text, options) = Load();
        var (document, read) = Read(text);
        var result = new DocumentConverter(options).Convert(document);
        return (result, [.. read, .. result.Diagnostics]);
    }

    /// <summary>The case's one document, from its <see cref="Load"/>ed text: a post file, or the one item of a WXR export.</summary>
    internal SourceDocument Document(string text) => Read(text).Document;

    /// <summary>
    /// The case's one document and what reading it said (a post file's reader, or the export's other items): a case
    /// expects every diagnostic a run would report for its input.
    /// </summary>
    internal (SourceDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Read(string text)
    {
        if (!IsExport)
        {
            var read = PostFileReader.ReadText(text, Name + ".html", Name + ".md");
            Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
            return (read.Documents[0], read.Diagnostics);
        }

        using var temp = new TempFolder();
        string path = temp.Write("export.xml", text);
        var entries = WxrReader.Read(path, Name + ".xml", SourceOptions.Default).ToList();
        return (Assert.Single(entries, e => e.Document is not null).Document!, [.. entries.SelectMany(e => e.Diagnostics)]);
    }

    public override string ToString() => Name;
}
