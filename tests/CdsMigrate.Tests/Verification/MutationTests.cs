using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Model;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rules;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// Issue 11, point 2: one mutation per aspect the verifier compares (<see cref="FingerprintAspect"/>). A real rule
/// is broken on purpose (its Markdown model changed after it ran, <see cref="BreakingRule"/>) so that it loses
/// exactly what one aspect is about; the verifier must report that aspect's code at the broken block's line,
/// and the same document with the real rules must verify clean. Line 1 of each source is a plain paragraph, so
/// the broken block is on line 2 (the in-page link's and the footnote's differences are where the link and the
/// reference are, line 1).
/// </summary>
public sealed class MutationTests
{
    private const string Footnoted = "<p>Teams ship weekly<sup data-fn=\"f1\" class=\"fn\"><a href=\"#f1\" id=\"f1-link\">1</a></sup>.</p>\n"
        + "<ol class=\"wp-block-footnotes\"><li id=\"f1\">Based on a survey. <a href=\"#f1-link\">↩︎</a></li></ol>\n";

    public sealed record Mutation(string Html, string Rule, Func<MdBlock, MdBlock> Break, int Line);

    private static readonly Dictionary<FingerprintAspect, Mutation> Mutations = new()
    {
        [FingerprintAspect.Word] = new("<p>First.</p>\n<p>An important notice.</p>\n", "core/paragraph",
            BreakingRule.InParagraphs(i => [i is MdText t ? new MdText(t.Text.Replace("important ", "", StringComparison.Ordinal)) : i]), 2),
        [FingerprintAspect.Nbsp] = new("<p>First.</p>\n<p>Of readers, 10&nbsp;% agree.</p>\n", "core/paragraph",
            BreakingRule.InParagraphs(i => [i is MdText t ? new MdText(t.Text.Replace('\u00a0', ' ')) : i]), 2),
        [FingerprintAspect.Heading] = new("<p>First.</p>\n<h2>Steps</h2>\n", "core/heading",
            b => b is MdHeading h ? h with { Level = 3 } : b, 2),
        [FingerprintAspect.ListItem] = new("<p>First.</p>\n<ol start=\"4\"><li>Four</li><li>Five</li></ol>\n", "core/list",
            b => b is MdList l ? l with { Start = 1 } : b, 2),
        [FingerprintAspect.Link] = new("<p>First.</p>\n<p>Read the <a href=\"https://example.org/guide\">guide</a>.</p>\n", "core/paragraph",
            BreakingRule.InParagraphs(i => [i is MdLink l ? l with { Href = "https://example.org/other" } : i]), 2),
        [FingerprintAspect.Image] = new("<p>First.</p>\n<figure class=\"wp-block-image\"><img src=\"/a.png\" alt=\"A chart\"/></figure>\n", "core/image",
            b => b switch
            {
                MdFigure f => f with { Image = f.Image with { Alt = "" } },
                MdParagraph p => new MdParagraph(p.Inlines.Select(i => i is MdImage img ? img with { Alt = "" } : i).ToList()),
                _ => b,
            }, 2),
        [FingerprintAspect.Quote] = new("<p>First.</p>\n<blockquote class=\"wp-block-quote\"><p>Quoted words.</p></blockquote>\n", "core/quote",
            b => b is MdQuote { Blocks: [var first, ..] } ? first : b, 2),
        [FingerprintAspect.Details] = new("<p>First.</p>\n<details class=\"wp-block-details\"><summary>More</summary><p>Hidden text.</p></details>\n", "core/details",
            b => b is MdDetails d ? new MdQuote([new MdParagraph(d.Summary), .. d.Blocks]) : b, 2),
        [FingerprintAspect.TableCell] = new("<p>First.</p>\n<figure class=\"wp-block-table\"><table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td>One two</td><td>three</td></tr></tbody></table></figure>\n", "core/table",
            b => b is MdTable t ? t with { Rows = [[[new MdText("One")], [new MdText("two three")]]] } : b, 2),
        [FingerprintAspect.Code] = new("<p>First.</p>\n<pre class=\"wp-block-code\"><code>a = 1\nb = 2</code></pre>\n", "core/code",
            b => b is MdCodeBlock c ? c with { Code = c.Code.Replace('\n', ' ') } : b, 2),
        [FingerprintAspect.Footnote] = new(Footnoted, "core/footnotes",
            b => b is MdFootnotes f ? new MdFootnotes([.. f.Notes.Select(n => n with { Blocks = [new MdParagraph([new MdText("Based on a guess.")])] })]) : b, 1),
        [FingerprintAspect.InPageLink] = new("<p>Go to <a href=\"#part2\">part 2</a>.</p>\n<p><a id=\"part2\"></a>Part two starts here.</p>\n", "core/paragraph",
            BreakingRule.InParagraphs(i => i is MdAnchor ? [] : [i]), 1),
        [FingerprintAspect.Inline] = new("<p>First.</p>\n<p>Do <strong>not</strong> press <em>this</em> <code>x</code> H<sub>2</sub>O.</p>\n", "core/paragraph",
            b => b is MdParagraph p ? new MdParagraph([new MdText(string.Concat(p.Inlines.Select(Plain)))]) : b, 2),
    };

    /// <summary>The text of an inline with every formatting flattened away (the example of a broken rule).</summary>
    private static string Plain(MdInline inline) => inline switch
    {
        MdText t => t.Text,
        MdCode c => c.Code,
        MdStrong s => string.Concat(s.Children.Select(Plain)),
        MdEmphasis e => string.Concat(e.Children.Select(Plain)),
        MdHtmlInline h => string.Concat(h.Children.Select(Plain)),
        _ => "",
    };

    // By name: the aspect enum is internal to the core, and a theory's parameters must be public.
    public static TheoryData<string> Aspects() => [.. Enum.GetNames<FingerprintAspect>()];

    private static ConversionResult Convert(string html, RuleSet rules) =>
        new DocumentConverter(ConversionOptions.Default, rules).Convert(new SourceDocument { SourcePath = "post.html", OutputPath = "post.md", Html = html });

    [Theory]
    [MemberData(nameof(Aspects))]
    public void A_rule_broken_for_one_aspect_is_caught_with_a_located_error(string name)
    {
        var aspect = Enum.Parse<FingerprintAspect>(name);
        var mutation = Mutations[aspect];
        string code = OutputVerifier.Aspects[aspect].Code.Code;
        Assert.Contains(RuleSet.Default.Rules, r => r.Name == mutation.Rule);

        var clean = Convert(mutation.Html, RuleSet.Default);
        Assert.DoesNotContain(clean.Diagnostics, d => DiagnosticCodes.IsVerification(d.Code));

        var broken = Convert(mutation.Html, BreakingRule.Breaking(mutation.Rule, mutation.Break));
        Assert.NotEqual(clean.Markdown, broken.Markdown);
        var caught = broken.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(caught.Count > 0, $"{aspect}: no {code} for\n{broken.Markdown}\n{string.Join('\n', broken.Diagnostics)}");
        Assert.Contains(caught, d => d.Severity == Severity.Error && d.File == "post.html" && d.Line == mutation.Line && d.Column > 0);
    }
}
