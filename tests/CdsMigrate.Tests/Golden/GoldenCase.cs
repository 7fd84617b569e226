using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// One golden case: <c>Cases/&lt;area&gt;/&lt;name&gt;.html</c> (a post file: optional front matter, then HTML)
/// and <c>&lt;name&gt;.md</c>, the whole expected output. A first line
/// <c>&lt;!-- cdsmigrate: --flavor hugo --unknown drop --&gt;</c> sets options for the case, and
/// <c>--expect CDS1200,CDS1201</c> names diagnostic codes the case must emit.
/// </summary>
public sealed record GoldenCase(string Name, string InputPath)
{
    public string ExpectedPath => Path.ChangeExtension(InputPath, ".md");

    public string ActualPath => Path.ChangeExtension(InputPath, ".actual.md");

    public static IEnumerable<GoldenCase> All() =>
        Directory.EnumerateFiles(RepoPaths.GoldenCases, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => new GoldenCase(Path.GetRelativePath(RepoPaths.GoldenCases, p).Replace('\\', '/')[..^5], p));

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
                    "--expect" => options, // ExpectedCodes
                    _ => throw new InvalidOperationException($"{Name}: unknown case option {args[i]}"),
                };
            }

            text = text[(text.IndexOf('\n', end) + 1)..];
        }

        return (text, options);
    }

    /// <summary>
    /// Diagnostic codes the case must emit, from <c>--expect CDS1200,CDS1201</c> in the first-line comment (empty
    /// when none are named): a golden case states what it converts to and what it must say about it.
    /// </summary>
    public IReadOnlyList<string> ExpectedCodes()
    {
        string text = File.ReadAllText(InputPath);
        if (!text.StartsWith("<!-- cdsmigrate:", StringComparison.Ordinal))
        {
            return [];
        }

        var args = text["<!-- cdsmigrate:".Length..text.IndexOf("-->", StringComparison.Ordinal)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int at = Array.IndexOf(args, "--expect");
        return at >= 0 && at + 1 < args.Length ? args[at + 1].Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
    }

    public override string ToString() => Name;
}
