using System.Text;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Tests.Coverage;
using CdsMigrate.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Xunit.Abstractions;

namespace CdsMigrate.Tests.FrontMatter;

/// <summary>
/// Issue 11: <see cref="SimpleYamlScanner"/> stands in for YamlDotNet's parser on simple front matter, and the fixer
/// edits text at the events' marks, so for every YAML it reads it must give exactly YamlDotNet's events (types,
/// values, styles, tags, anchors, implicitness, Start and End marks), and for any other it must give null. Checked on
/// edge cases written for each rule, on every front matter of the real site and of this repository, and on
/// mutations of the real lines (a <c>#</c>, a colon, quotes, tabs, spaces, other characters, CRLF line ends).
/// </summary>
public sealed class SimpleYamlScannerTests(ITestOutputHelper output)
{
    /// <summary>Shapes the scanner must read itself (and read as YamlDotNet does).</summary>
    private static readonly string[] ReadCases =
    [
        "a: b\n",
        "a: b",
        "a: b\nc: d\n",
        "a: b  \nc: d   ",
        "layout: blog\ntitle: 'A shared focus: Working together'\ndate: '2024-05-15T09:54:41'\n",
        "title: 'it''s ''quoted'''\n",
        "title: ''\nauthor: \"\"\n",
        "title: \"say \\\"hi\\\" \\\\ a\\_b \\/ c\\nd\\te\"\n",
        "title: \"Un titre\\_: deux\"\n",
        "title: '  spaced   inside  '  \n",
        "image: https://example.org/a/b.jpg?x=1&y=2#frag\n",
        "a: b#c\n",
        "a: b:c\n",
        "a: x, [y] {z} 'q' \"r\" - s ? t\n",
        "a: 2024-05-15\nb: 12\nc: true\nd: ~\ne: null\n",
        "a: é è 😀 ’ “x” \u00A0 \u200B\n",
        "a: x\u00A0\nb: [x\u00A0, \u00A0y]\nc: x\u00A0#y\n",
        "a: 'x' \nb: \"y\"  \r\nc: [x]  \n",
        "a: <b>bold</b> & co; 50% off @home `code` !x *y &z\n",
        "empty:\nnext: x\n",
        "empty:   \nnext: x\n",
        "empty:",
        "tags: []\n",
        "tags: [ ]\n",
        "tags: [\"\"]\n",
        "tags: [\"Design and communications\",\"Find benefits and services\",\"Service design\"]\n",
        "tags: [ a , 'b' ,\"c\" ]  \n",
        "tags: [a b, c-d, e.f, 1, 😀]\n",
        "tags: ['it''s', \"q\\\"\"]\n",
        "a: b\n\nc: d\n\n\n",
        "a: b\r\nc: 'd'\r\n\r\ne: [x]\r\n",
        "description: >-\n  The Digital Transformation Office joined CDS.\nauthor: x\n",
        "description: >-\n  line one\n  line two \n  three\nnext: x\n",
        "d: >\n  a\n  b\n",
        "d: >\n  a\n\n  b\n\n\n  c\nx: y",
        "d: >+\n  a\n\n\nx: y\n",
        "d: |\n  a\n  b\n\n",
        "d: |-\n    a\n    b\n",
        "d: |+\n  a\n\n\n",
        "d: |+\n  a\n\n\nx: y\n",
        "d: >-  \n  a\n",
        "d: >-\n  a",
        "d: >\n  a",
        "d: |\n  a: b # c 'd' \"e\" [f] &g *h !i\n",
        "d: >-\r\n  a\r\n  b\r\n\r\nx: \"y\"\r\n",
        "d: |\r\n  a\r\n\r\n  b\r\n",
        "a: 1\na: 2\n",
        "snake_case: 1\nkebab-case: 2\ndotted.key: 3\n2024: 4\n_x: 5\n",
    ];

    /// <summary>Edge cases around every rule: each must be left to YamlDotNet or read exactly as it reads them.</summary>
    private static readonly string[] EdgeCases =
    [
        "",
        "\n",
        "# comment\n",
        "a: b # comment\n",
        "a: b #\n",
        "# lead\na: b\n",
        "a: b\n# trail\n",
        "\na: b\n",
        "  a: b\n",
        "a: b\n  c\n",
        "a: b\n\n  c\n",
        "a: b\n  \nc: d\n",
        "a: b\n   ",
        "a: 'b\n  c'\n",
        "a: \"b\n  c\"\n",
        "a: 'b' c\n",
        "a: 'b' # c\n",
        "a: \"b\\x41\"\n",
        "a: \"b\\u00e9\"\n",
        "a: \"b\\a\"\n",
        "a: \"b\\",
        "a: 'b",
        "a: \"b",
        "a: b: c\n",
        "a: b:\n",
        "a: b :c\n",
        "a:b\n",
        "a :b\n",
        "a : b\n",
        "'a': b\n",
        "\"a\": b\n",
        "? a\n: b\n",
        "- a\n- b\n",
        "a:\n- b\n",
        "a:\n  - b\n",
        "a:\n  b: c\n",
        "a: {b: c}\n",
        "a: [b, {c: d}]\n",
        "a: [b, [c]]\n",
        "a: [b,]\n",
        "a: [b\n",
        "a: [b,\n  c]\n",
        "a: [b] c\n",
        "a: [b] # c\n",
        "a: [b: c]\n",
        "a: [b#c]\n",
        "a: [b #c]\n",
        "a: ['b': c]\n",
        "a: [-b, ?c]\n",
        "a: [a'b]\n",
        "a: &x b\nc: *x\n",
        "a: !!str b\n",
        "a: !b c\n",
        "a: %b\n",
        "a: @b\n",
        "a: `b\n",
        "a: -b\n",
        "a: - b\n",
        "a: ?b\n",
        "a: :b\n",
        "a: ,b\n",
        "a: ]b\n",
        "a: }b\n",
        "---\na: b\n",
        "a: b\n---\nc: d\n",
        "a: b\n...\n",
        "%YAML 1.1\n---\na: b\n",
        "a:\tb\n",
        "a: b\tc\n",
        "a: b\t\n",
        "\ta: b\n",
        "a: b\rc: d\n",
        "a: b\u0085c: d\n",
        "a: b\u2028c\n",
        "\uFEFFa: b\n",
        "a: b\u0001\n",
        "a: b\u007F\n",
        "a: \uD83D\n",
        "a: \uDE00x\n",
        "a: |\n",
        "a: |",
        "a: >\nb: c\n",
        "a: >\n\n  b\n",
        "a: >\n  b\n    c\n",
        "a: >\n    b\n  c\n",
        "a: >\n  b\n c\nd: e\n",
        "a: >\n  b\n  \n  c\n",
        "a: >2\n  b\n",
        "a: >-2\n  b\n",
        "a: > # c\n  b\n",
        "a: >x\n  b\n",
        "a: |\n  b\n  # c\n",
        "a: |\n  b\n\t\n",
        "a: |\n  b\n---\n",
        new string('k', 1030) + ": b\n",
        "a: b\nb\n",
        "a: b\nb:\n  - c\n",
        "a: x\u00A0#y\n",
        "a: x #y\u00A0\n",
        "a: null\nnull: a\n~: b\n",
        "a: 'b''\n",
        "a: ''''\n",
        "a: \"\\\"\"\n",
    ];

    public static TheoryData<string> Read() => new(ReadCases);

    public static TheoryData<string> Edges() => new(EdgeCases);

    [Theory]
    [MemberData(nameof(Read))]
    public void Reads_the_simple_shapes_as_YamlDotNet_does(string yaml)
    {
        Assert.True(AgreesOrBailsOut(yaml), "the fast path should read this");
    }

    [Theory]
    [MemberData(nameof(Edges))]
    public void Edge_cases_are_left_to_YamlDotNet_or_read_as_it_reads_them(string yaml)
    {
        AgreesOrBailsOut(yaml);
    }

    [SkippableFact]
    public void Reads_most_of_the_real_site_as_YamlDotNet_does()
    {
        Skips.IfNot(Directory.Exists(Path.Combine(RepoPaths.Corpus, "cds")), "../shared/corpus/cds is absent");
        var cds = FrontMatters(Path.Combine(RepoPaths.Corpus, "cds")).ToList();
        int read = cds.Count(AgreesOrBailsOut);
        output.WriteLine($"corpus/cds: {read} of {cds.Count} front matters read by the fast path");

        // The point of the scanner: if it silently stopped applying, the run would be slow again with every test green.
        Assert.True(cds.Count > 60, $"only {cds.Count} front matters in corpus/cds");
        Assert.True(read >= cds.Count * 9 / 10, $"the fast path read {read} of {cds.Count} CDS front matters");

        var all = FrontMatters(RepoPaths.Corpus).ToList();
        output.WriteLine($"corpus: {all.Count(AgreesOrBailsOut)} of {all.Count} front matters read by the fast path");
    }

    /// <summary>
    /// More real front matter, when CDSMIGRATE_FRONT_MATTER_CORPUS names a folder of Markdown files (say, checkouts of
    /// Hugo sites): every one must be read as YamlDotNet reads it or left to it.
    /// </summary>
    [SkippableFact]
    public void Agrees_on_the_front_matter_of_a_given_folder()
    {
        string? folder = Environment.GetEnvironmentVariable("CDSMIGRATE_FRONT_MATTER_CORPUS");
        Skips.If(string.IsNullOrEmpty(folder), "CDSMIGRATE_FRONT_MATTER_CORPUS (a folder of more Markdown files) is not set");
        var all = FrontMatters(folder!).ToList();
        Assert.NotEmpty(all);
        output.WriteLine($"{folder}: {all.Count(AgreesOrBailsOut)} of {all.Count} front matters read by the fast path");
    }

    [Fact]
    public void Agrees_on_every_front_matter_of_this_repository()
    {
        // Samples, golden cases' expected output (written by our writer) and anything else in the tests.
        var all = FrontMatters(RepoPaths.Samples).Concat(FrontMatters(Path.Combine(RepoPaths.Root, "tests"))).ToList();
        Assert.NotEmpty(all);
        output.WriteLine($"repository: {all.Count(AgreesOrBailsOut)} of {all.Count} front matters read by the fast path");
    }

    [Fact]
    public void Agrees_on_mutations_of_real_lines()
    {
        var bases = new List<string>(ReadCases);
        if (Directory.Exists(RepoPaths.Corpus))
        {
            bases.AddRange(FrontMatters(RepoPaths.Corpus).Take(80));
        }

        bases.AddRange(FrontMatters(RepoPaths.Samples));
        string[] inserts =
        [
            "#", " #", " # c", ":", ": ", ":x", "'", "''", "\"", "\\", "\\\"", "\\_", "\\n", "\\x", "\t", " ", "  ", "[", "]",
            ",", "{", "}", "&", "*", "!", "|", ">", "-", "- ", "?", "? ", "%", "@", "`", "~", "é", "😀", "\uD83D", "\u00A0",
            "\u2028", "\u0085", "\uFEFF", "\r", "\r\n", "\n", "\n  ", "\n- ", "\n\n", "---", "...", "a: b", ">-\n  x",
        ];

        // Deterministic: the same mutations every run.
        var random = new Random(11);
        int read = 0;
        const int Mutations = 12000;
        for (int n = 0; n < Mutations; n++)
        {
            string mutated = bases[random.Next(bases.Count)];
            // Mostly one change, sometimes two (a quote opened here and closed there).
            for (int changes = random.Next(3) == 0 ? 2 : 1; changes > 0; changes--)
            {
                mutated = mutated.Insert(Position(mutated, random), inserts[random.Next(inserts.Length)]);
            }

            if (AgreesOrBailsOut(mutated))
            {
                read++;
            }
        }

        // The mutations must also reach the scanner, not only its bail-outs.
        output.WriteLine($"{read} of {Mutations} mutations read by the fast path, the others left to YamlDotNet");
        Assert.True(read > Mutations / 5, $"only {read} mutations were read by the fast path");
        foreach (var yaml in bases)
        {
            AgreesOrBailsOut(yaml.ReplaceLineEndings("\r\n"));
            AgreesOrBailsOut(yaml.Replace("\n", "  \n", StringComparison.Ordinal));
            AgreesOrBailsOut(yaml.TrimEnd('\n'));
            AgreesOrBailsOut(yaml + "\n\n");
        }
    }

    private static int Position(string yaml, Random random) => random.Next(4) switch
    {
        0 => random.Next(yaml.Length + 1),
        1 => NearIndicator(yaml, random),
        2 => LineEdge(yaml, random),
        _ => random.Next(Math.Min(yaml.Length, 40) + 1),
    };

    /// <summary>A position next to a colon, quote, bracket or space: where the scanner's rules sit.</summary>
    private static int NearIndicator(string yaml, Random random)
    {
        int start = random.Next(yaml.Length + 1);
        int at = yaml.IndexOfAny([':', '\'', '"', '[', ']', ',', ' ', '>', '|'], start);
        if (at < 0)
        {
            return start;
        }

        // Just before, on or just after it.
        return Math.Clamp(at + random.Next(3) - 1, 0, yaml.Length);
    }

    /// <summary>The start or the end of a line.</summary>
    private static int LineEdge(string yaml, Random random)
    {
        int lineBreak = yaml.IndexOf('\n', random.Next(yaml.Length + 1));
        if (lineBreak < 0)
        {
            return yaml.Length;
        }

        return random.Next(2) == 0 ? lineBreak : lineBreak + 1;
    }

    /// <summary>The YAML between the <c>---</c> lines of every Markdown file under <paramref name="folder"/>.</summary>
    private static IEnumerable<string> FrontMatters(string folder)
    {
        if (!Directory.Exists(folder))
        {
            yield break;
        }

        foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string text = File.ReadAllText(file);
            string newline = text.StartsWith("---\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            if (!text.StartsWith("---" + newline, StringComparison.Ordinal))
            {
                continue;
            }

            int end = text.IndexOf(newline + "---" + newline, 3, StringComparison.Ordinal);
            if (end >= 0)
            {
                yield return text[(3 + newline.Length)..(end + newline.Length)];
            }
        }
    }

    /// <summary>
    /// Asserts that the scanner gave null or exactly YamlDotNet's events (and null where YamlDotNet fails); true when
    /// it read the YAML itself.
    /// </summary>
    private static bool AgreesOrBailsOut(string yaml)
    {
        var fast = SimpleYamlScanner.TryScan(yaml);
        if (fast is null)
        {
            return false;
        }

        var expected = YamlDotNetEvents(yaml);
        Assert.True(expected is not null, $"YamlDotNet fails on {Show(yaml)}, the fast path read it");
        Assert.True(expected.Count == fast.Count,
            $"{Show(yaml)}: {fast.Count} events, YamlDotNet {expected.Count}\n{Describe(fast)}\n--- YamlDotNet:\n{Describe(expected)}");
        for (int i = 0; i < expected.Count; i++)
        {
            string want = Describe(expected[i]);
            string got = Describe(fast[i]);
            Assert.True(want == got, $"{Show(yaml)}, event {i}:\n  fast path {got}\n  YamlDotNet {want}");
        }

        return true;
    }

    private static List<ParsingEvent>? YamlDotNetEvents(string yaml)
    {
        var events = new List<ParsingEvent>();
        try
        {
            var parser = new Parser(new StringReader(yaml));
            while (parser.MoveNext())
            {
                events.Add(parser.Current!);
            }

            return events;
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static string Describe(List<ParsingEvent> events) => string.Join("\n", events.Select(Describe));

    /// <summary>Everything an event carries that a consumer could read, as one line to compare.</summary>
    private static string Describe(ParsingEvent e)
    {
        var sb = new StringBuilder();
        sb.Append(e.GetType().Name).Append(' ').Append(e).Append(" start ").Append(Mark(e.Start)).Append(" end ").Append(Mark(e.End));
        switch (e)
        {
            case Scalar s:
                sb.Append($" value=[{Show(s.Value)}] style={s.Style} tag={s.Tag} anchor={s.Anchor} plainImplicit={s.IsPlainImplicit} quotedImplicit={s.IsQuotedImplicit} key={s.IsKey}");
                break;
            case SequenceStart s:
                sb.Append($" style={s.Style} tag={s.Tag} anchor={s.Anchor} implicit={s.IsImplicit}");
                break;
            case MappingStart m:
                sb.Append($" style={m.Style} tag={m.Tag} anchor={m.Anchor} implicit={m.IsImplicit}");
                break;
            case DocumentStart d:
                sb.Append($" implicit={d.IsImplicit} version={d.Version?.Version} tags={(d.Tags is null ? "(none)" : string.Join(",", d.Tags.Select(t => t.Handle + "=" + t.Prefix)))}");
                break;
            case DocumentEnd d:
                sb.Append($" implicit={d.IsImplicit}");
                break;
        }

        return sb.ToString();
    }

    private static string Mark(Mark m) => $"({m.Index},{m.Line},{m.Column})";

    private static string Show(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
