using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Tests.Coverage;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Unit;

/// <summary>
/// Issue 11: <see cref="FrontMatterParser"/> builds values straight from YamlDotNet's events and leaves anything
/// unusual to the representation model. Both paths must give the same values, errors and positions, on hand-written
/// YAML meant to reach each fallback and on every front matter of the real site (when ../shared is there).
/// </summary>
public sealed class FrontMatterFastPathTests
{
    public static TheoryData<string> Samples() =>
    [
        "",
        "# only a comment\n",
        "title: ok\n",
        "title: 'Tips &amp; tricks &#8217;'\ndate: 2025-07-22\ntags: [\"\"]\ndraft: true\nz: last\n",
        "tags:\n  - ''\n  - a\n  - \"\"\ncategories: []\n",
        "wp:\n  id: 12\n  link: 'https://x/?a=1#b'\n  nested: {a: [1, '', {b: c}]}\n",
        "title: |\n  line one &amp;\n  line two\nsummary: >\n  folded\n  text\n",
        "a: &x 1\nb: *x\n",
        "a: &x [1, 2]\nb: *x\n",
        "a: 1\na: 2\n",
        "'a': 1\n\"a\": 2\n",
        "? [a, b]\n: 1\n",
        "? {a: 1}\n: 2\n",
        "[a, b]\n",
        "just a scalar\n",
        "~\n",
        "--- \na: 1\n",
        "a: 1\n--- \nb: 2\n",
        "a: 1\n...\n",
        "!!map {a: 1}\n",
        "a: !!str 1\nb: !custom x\n",
        "title: ok\nbad: [unclosed\nother: x\n",
        "title: \"unclosed\n",
        "a: b: c\n",
        "a:\n- 1\n -2\n",
        "empty:\nnull: ~\n'': blank key\n",
        "x: *missing\n",
    ];

    [Theory]
    [MemberData(nameof(Samples))]
    public void Events_and_model_agree(string yaml) => AssertAgree(yaml);

    [SkippableFact]
    public void Events_and_model_agree_on_the_real_site()
    {
        string root = Path.Combine(RepoPaths.Corpus, "cds");
        Skips.IfNot(Directory.Exists(root), "../shared/corpus/cds is absent");
        int count = 0;
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Corpus, "*.md", SearchOption.AllDirectories))
        {
            string text = File.ReadAllText(file).ReplaceLineEndings("\n");
            int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
            if (!text.StartsWith("---\n", StringComparison.Ordinal) || end < 0)
            {
                continue;
            }

            AssertAgree(text[4..(end + 1)]);
            count++;
        }

        Assert.True(count > 100, $"only {count} front matters found");
    }

    private static void AssertAgree(string yaml)
    {
        foreach (bool decode in new[] { true, false })
        {
            var fast = FrontMatterParser.Parse(yaml, decode);
            var model = FrontMatterParser.ParseWithModel(yaml, decode);
            Assert.Equal(model.Value, fast.Value, FrontMatterComparer.Instance);
            Assert.Equal((model.Error, model.ErrorLine, model.ErrorColumn), (fast.Error, fast.ErrorLine, fast.ErrorColumn));
        }

        // The fixer walking the parser's events finds what it finds scanning the text itself.
        var parsed = FrontMatterParser.Parse(yaml, decodeEntities: true, out var events);
        if (parsed.Value is not null)
        {
            var own = FrontMatterFixer.Find(yaml);
            var shared = FrontMatterFixer.Find(yaml, events, parsed.Value);
            Assert.Equal(own.KeptBecause, shared.KeptBecause);
            Assert.Equal(own.Edits, shared.Edits);
        }
    }
}
