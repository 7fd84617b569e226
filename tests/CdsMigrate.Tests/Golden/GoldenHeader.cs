using System.Text;
using CdsMigrate.Core.Conversion;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// The first lines of a golden input, each <c>&lt;!-- cdsmigrate: … --&gt;</c>: the case's options and every
/// diagnostic it emits (issue 11, point 6), for example
/// <code>
/// &lt;!-- cdsmigrate: --flavor hugo --expect CDS1200@4:1 CDS1201@9:12 --&gt;
/// &lt;!-- cdsmigrate: --expect none --&gt;
/// </code>
/// Options take one value each (<c>--flavor</c>, <c>--unknown</c>, <c>--plain-headings</c>). <c>--expect</c> takes
/// the diagnostics up to the next option or the end of the line, <see cref="ExpectedDiagnostic"/>s sorted by
/// position, or <c>none</c>; it may repeat, on the same line or on further header lines, and the lists add up.
/// The header is stripped before conversion, but its lines count: a position is a line of the file as a reviewer
/// sees it.
/// </summary>
public sealed record GoldenHeader(IReadOnlyList<KeyValuePair<string, string>> Options, IReadOnlyList<ExpectedDiagnostic>? Expected, int LineCount)
{
    /// <summary>How many diagnostics <see cref="Format"/> writes on one header line, to keep each line readable.</summary>
    public const int DiagnosticsPerLine = 6;

    private const string Open = "<!-- cdsmigrate:";
    private const string Close = "-->";

    /// <summary>Reads the header of <paramref name="text"/> (line endings normalised to <c>\n</c>); an empty one when it has none.</summary>
    public static GoldenHeader Parse(string text)
    {
        var options = new List<KeyValuePair<string, string>>();
        List<ExpectedDiagnostic>? expected = null;
        int lines = 0;
        foreach (string line in HeaderLines(text))
        {
            lines++;
            string[] tokens = line[Open.Length..^Close.Length].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i] == "--expect")
                {
                    expected ??= [];
                    for (; i + 1 < tokens.Length && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal); i++)
                    {
                        if (tokens[i + 1] != "none")
                        {
                            expected.Add(ExpectedDiagnostic.Parse(tokens[i + 1]));
                        }
                    }
                }
                else if (tokens[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < tokens.Length)
                {
                    options.Add(new(tokens[i], tokens[++i]));
                }
                else
                {
                    throw new FormatException($"golden header line {lines}: '{tokens[i]}' is not an option with a value");
                }
            }
        }

        return new(options, expected, lines);
    }

    /// <summary><paramref name="text"/> without its header lines: what the case converts.</summary>
    public static string Body(string text)
    {
        int start = 0;
        foreach (string line in HeaderLines(text))
        {
            start += line.Length + 1;
        }

        return text[Math.Min(start, text.Length)..];
    }

    /// <summary>The options the header sets.</summary>
    public ConversionOptions ToOptions(string caseName)
    {
        var options = ConversionOptions.Default;
        foreach (var (name, value) in Options)
        {
            options = name switch
            {
                "--flavor" => options with { Flavor = Enum.Parse<MarkdownFlavor>(value, ignoreCase: true) },
                "--unknown" => options with { Unknown = Enum.Parse<UnknownBlockPolicy>(value, ignoreCase: true) },
                "--plain-headings" => options with { PlainHeadings = value == "on" },
                _ => throw new InvalidOperationException($"{caseName}: unknown case option {name}"),
            };
        }

        return options;
    }

    /// <summary>How many lines <see cref="Format"/> writes for <paramref name="count"/> diagnostics: it depends on the count only, so positions can be computed first.</summary>
    public static int LinesFor(int count) => Math.Max(1, (count + DiagnosticsPerLine - 1) / DiagnosticsPerLine);

    /// <summary>
    /// The header for <paramref name="options"/> and <paramref name="expected"/> (whose lines must already count the
    /// <see cref="LinesFor"/> header lines): the options and the first diagnostics on line 1, then
    /// <see cref="DiagnosticsPerLine"/> a line, sorted by position; each line ends with <c>\n</c>.
    /// </summary>
    public static string Format(IEnumerable<KeyValuePair<string, string>> options, IEnumerable<ExpectedDiagnostic> expected)
    {
        var sorted = expected.Order().ToList();
        var sb = new StringBuilder(Open);
        foreach (var (name, value) in options)
        {
            sb.Append(' ').Append(name).Append(' ').Append(value);
        }

        if (sorted.Count == 0)
        {
            sb.Append(" --expect none");
        }

        for (int i = 0; i < sorted.Count; i++)
        {
            if (i > 0 && i % DiagnosticsPerLine == 0)
            {
                sb.Append(' ').Append(Close).Append('\n').Append(Open);
            }

            sb.Append(i % DiagnosticsPerLine == 0 ? " --expect " : " ").Append(sorted[i]);
        }

        return sb.Append(' ').Append(Close).Append('\n').ToString();
    }

    private static IEnumerable<string> HeaderLines(string text)
    {
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            string line = text[start..(end < 0 ? text.Length : end)];
            if (!line.StartsWith(Open, StringComparison.Ordinal) || !line.EndsWith(Close, StringComparison.Ordinal) || end < 0)
            {
                yield break;
            }

            yield return line;
            start = end + 1;
        }
    }
}
