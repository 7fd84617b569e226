using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// One golden case: <c>Cases/&lt;area&gt;/&lt;name&gt;.html</c> (a post file: optional front matter, then HTML) or
/// <c>&lt;name&gt;.xml</c> (a WXR export of one item)
/// and <c>&lt;name&gt;.md</c>, the whole expected output. A first line
/// <c>&lt;!-- cdsmigrate: --flavor hugo --unknown drop --&gt;</c> sets options for the case, and
/// <c>--expect CDS1200,CDS1201</c> names diagnostic codes the case must emit.
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

    /// <summary>Reads the input, with the options its first line asks for.</summary>
    public (string Text, ConversionOptions Options) Load()
    {
        string text = TextDecoder.NormalizeLineEndings(File.ReadAllText(InputPath));
        var options = ConversionOptions.Default;
        if (text.StartsWith("<!-- cdsmigrate:", StringComparison.Ordinal))
        {
            int end = text.IndexOf("-->", StringComparison.Ordinal);
            var args = text["<!-- cdsmigrate:".Length..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i + 1 < args.Length; i += 2)
            {
                options = args[i] switch
                {
                    "--flavor" => options with { Flavor = Enum.Parse<MarkdownFlavor>(args[i + 1], ignoreCase: true) },
                    "--unknown" => options with { Unknown = Enum.Parse<UnknownBlockPolicy>(args[i + 1], ignoreCase: true) },
                    "--plain-headings" => options with { PlainHeadings = args[i + 1] == "on" },
                    // Read by ExpectedCodes.
                    "--expect" => options,
                    _ => throw new InvalidOperationException($"{Name}: unknown case option {args[i]}"),
                };
            }

            text = text[(text.IndexOf('\n', end) + 1)..];
        }

        return (text, options);
    }

    /// <summary>
    /// Diagnostic codes the case must emit, named on its first line as <c>--expect CDS1200,CDS1201</c> (comma-separated,
    /// and repeatable): a golden case shows the output and, with these, the diagnostics that say what was lost or changed.
    /// </summary>
    public IReadOnlyList<string> ExpectedCodes()
    {
        string text = File.ReadAllText(InputPath);
        if (!text.StartsWith("<!-- cdsmigrate:", StringComparison.Ordinal))
        {
            return [];
        }

        var args = text["<!-- cdsmigrate:".Length..text.IndexOf("-->", StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return [.. args.Where((_, i) => i > 0 && args[i - 1] == "--expect").SelectMany(list => list.Split(',', StringSplitOptions.RemoveEmptyEntries))];
    }

    /// <summary>The case's one document, from its <see cref="Load"/>ed text: a post file, or the one item of a WXR export.</summary>
    internal SourceDocument Document(string text)
    {
        if (!IsExport)
        {
            var read = PostFileReader.ReadText(text, Name + ".html", Name + ".md");
            Assert.False(read.Failed, string.Join("\n", read.Diagnostics));
            return read.Documents[0];
        }

        using var temp = new TempFolder();
        string path = temp.Write("export.xml", text);
        var entries = WxrReader.Read(path, Name + ".xml", SourceOptions.Default).ToList();
        return Assert.Single(entries, e => e.Document is not null).Document!;
    }

    public override string ToString() => Name;
}
