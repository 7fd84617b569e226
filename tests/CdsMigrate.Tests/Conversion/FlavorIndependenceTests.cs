using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Golden;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Conversion;

/// <summary>
/// Issue 11, point 4: the rules build one flavour-independent model, and the writer alone decides how each flavour
/// writes it (tables, strikethrough, footnotes, alerts, heading ids) and reports what it degrades. Checked two
/// ways: the source of the rules and the converter never names the flavour, and every golden input converts to
/// the same model, the same diagnostics and the same ledger in gfm, hugo and commonmark.
/// </summary>
public sealed partial class FlavorIndependenceTests
{
    private static readonly string[] Stages = ["Conversion", "Rules"];

    /// <summary>The option itself and the enum's definition are where the flavour is named, not read.</summary>
    private static readonly string[] Definitions = ["ConversionOptions.cs", "MarkdownFlavor.cs"];

    [GeneratedRegex(@"\.Flavor\b|\bMarkdownFlavor\b")]
    private static partial Regex FlavorReference();

    [Fact]
    public void No_source_file_of_the_rules_or_the_converter_reads_the_flavour()
    {
        var offenders = new List<string>();
        foreach (var stage in Stages)
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "CdsMigrate.Core", stage), "*.cs", SearchOption.AllDirectories))
            {
                if (Definitions.Contains(Path.GetFileName(file)))
                {
                    continue;
                }

                var lines = File.ReadAllLines(file);
                for (int i = 0; i < lines.Length; i++)
                {
                    string code = lines[i].TrimStart();
                    if (!code.StartsWith("//", StringComparison.Ordinal) && FlavorReference().IsMatch(code))
                    {
                        offenders.Add($"{Path.GetRelativePath(RepoPaths.Root, file)}:{i + 1}: {code}");
                    }
                }
            }
        }

        Assert.True(offenders.Count == 0, "the flavour is the writer's to read:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Every_golden_input_converts_to_the_same_model_in_every_flavour()
    {
        var cases = GoldenCase.All().Where(c => !c.IsExport).ToList();
        Assert.NotEmpty(cases);
        var differ = new List<string>();
        foreach (var golden in cases)
        {
            var (text, options) = golden.Load();
            string html = WithoutFrontMatter(text);
            string gfm = Converted(html, options with { Flavor = MarkdownFlavor.Gfm });
            foreach (var flavor in new[] { MarkdownFlavor.Hugo, MarkdownFlavor.CommonMark })
            {
                string other = Converted(html, options with { Flavor = flavor });
                if (other != gfm)
                {
                    differ.Add($"{golden.Name} ({flavor}): {FirstDifference(gfm, other)}");
                }
            }
        }

        Assert.True(differ.Count == 0, "the model depends on the flavour:\n" + string.Join('\n', differ));
    }

    [Fact]
    public void The_model_records_what_a_flavour_may_have_to_degrade_with_where_it_came_from()
    {
        // The degradable nodes carry their source position, typed: the writer reports there, not the rule.
        const string html = "<p>a <del>b</del></p>\n<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>c</td></tr></tbody></table>";
        string model = Converted(html, ConversionOptions.Default with { Flavor = MarkdownFlavor.CommonMark });
        Assert.Contains("MdStrike", model, StringComparison.Ordinal);
        Assert.Contains("MdTable", model, StringComparison.Ordinal);
        Assert.True(model.Contains("Origin=MdOrigin{At=SourceSpan { File = flavour.html, Line = 1, Column = 6 },Block=\"del\"", StringComparison.Ordinal), model);
        Assert.True(model.Contains("Origin=MdOrigin{At=SourceSpan { File = flavour.html, Line = 2, Column = 1 },Block=\"core/table\"", StringComparison.Ordinal), model);
        Assert.DoesNotContain("CDS1301", model, StringComparison.Ordinal);
        Assert.DoesNotContain("CDS1107", model, StringComparison.Ordinal);
    }

    [Fact]
    public void The_writers_diagnostics_sit_among_the_rules_where_the_rules_built_the_nodes()
    {
        // Reported while writing, after every rule ran, CommonMark's CDS1301 still come in document order, between
        // the rules' own diagnostics (here CDS1103 for <u>), as they did when the rules reported them.
        const string html = "<p>a <del>b</del></p>\n<p><u>c</u></p>\n<p><s>d</s> and a <strike>table</strike></p>";
        var conversion = MarkdownConverter.Convert(html, ConversionOptions.Default with { Flavor = MarkdownFlavor.CommonMark });
        var located = conversion.Diagnostics.Where(d => d.Code is "CDS1301" or "CDS1103").Select(d => $"{d.Code}@{d.Line}:{d.Column}").ToList();
        Assert.Equal(["CDS1301@1:6", "CDS1103@2:4", "CDS1301@3:4", "CDS1301@3:19"], located);
        Assert.Equal("a <del>b</del>\n\n<u>c</u>\n\n<del>d</del> and a <del>table</del>\n", conversion.Markdown);

        var gfm = MarkdownConverter.Convert(html, ConversionOptions.Default with { Flavor = MarkdownFlavor.Gfm });
        Assert.DoesNotContain(gfm.Diagnostics, d => d.Code == "CDS1301");
        Assert.Contains("~~table~~", gfm.Markdown, StringComparison.Ordinal);
    }

    /// <summary>The blocks, the rules' diagnostics and the ledger of <paramref name="html"/>, as text.</summary>
    private static string Converted(string html, ConversionOptions options)
    {
        var document = new SourceDocument { SourcePath = "flavour.html", OutputPath = "flavour.md", Html = html };
        var (parsed, context, _) = DocumentPreparation.Prepare(document, options, options.Rules);
        var blocks = FootnotePlacement.MoveToEnd(ListContinuation.Merge(context.ConvertChildren(parsed.Body)));
        var sb = new StringBuilder();
        Dump(blocks, sb);
        foreach (var d in context.Diagnostics)
        {
            sb.Append('\n').Append($"{d.Code} {d.Line}:{d.Column} {d.Block} {d.Message}");
        }

        foreach (var entry in context.Ledger.Entries)
        {
            sb.Append('\n').Append($"ledger {entry.Kind} {entry.At} {entry.Because.Code}");
        }

        return sb.ToString();
    }

    /// <summary>Every property of every node, public or not (an origin, a targeted id), recursively.</summary>
    private static void Dump(object? value, StringBuilder sb)
    {
        switch (value)
        {
            case null:
                sb.Append("null");
                return;
            case string s:
                sb.Append('"').Append(s).Append('"');
                return;
            case IEnumerable list:
                sb.Append('[');
                foreach (var item in list)
                {
                    Dump(item, sb);
                    sb.Append(',');
                }

                sb.Append(']');
                return;
        }

        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || type.Namespace?.StartsWith("CdsMigrate.Core.Model", StringComparison.Ordinal) != true)
        {
            sb.Append(value);
            return;
        }

        sb.Append(type.Name).Append('{');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance).Where(p => p.Name != "EqualityContract").OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            sb.Append(property.Name).Append('=');
            Dump(property.GetValue(value), sb);
            sb.Append(',');
        }

        sb.Append('}');
    }

    private static string WithoutFrontMatter(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return text;
        }

        int end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[(end + 5)..];
    }

    private static string FirstDifference(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        int from = Math.Max(0, i - 60);
        return $"gfm …{a[from..Math.Min(a.Length, i + 60)]}… vs …{b[from..Math.Min(b.Length, i + 60)]}…";
    }
}
