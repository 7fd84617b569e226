using AngleSharp.Dom;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Verification;

namespace CdsMigrate.Tests.Verification;

/// <summary>
/// The fingerprint splits text into words a stretch at a time (issue 11, point 3: words one plain space apart are copied
/// in one move, and a line break, a double space or a joiner ends a stretch). These texts put every such boundary at every
/// place; the words and the quote's normalised text must be what the plain definition gives: runs between ASCII
/// whitespace, trimmed of joiners (U+00A0, U+202F, U+2007, U+200B) at their edges, and a run that non-breaking spaces
/// join also split into its words.
/// </summary>
public sealed class FingerprintWordsTests
{
    public static TheoryData<string> Texts => new()
    {
        "One two three.",
        "  leading and trailing  ",
        "double  space and\ttab\nline\r\nbreak\fform",
        "a\u00a0b c",
        "prix\u00a0: 10\u00a0$ ; «\u202fguillemets\u202f»",
        "\u00a0edge\u00a0 \u00a0\u00a0 \u200bzero\u200b width\u200b",
        "x \u200b y\u2007z  \n \u00a0",
        "word \n",
        "\u200b",
        "end with nbsp\u00a0",
        "many words one plain space apart then\na break and  two spaces\u00a0then a joiner",
        "see https://example.com/a\u00a0b and http://youtu.be/abcdefgh",
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Words_are_the_runs_between_ascii_whitespace_trimmed_of_joiners(string text)
    {
        var fingerprint = Fingerprint.Of(Body($"<p>{Escape(text)}</p>"));

        var words = fingerprint[FingerprintAspect.Word].Select(w => w.Text).ToList();

        Assert.Equal(ExpectedWords(text), words);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_quote_is_its_tokens_one_space_apart(string text)
    {
        var fingerprint = Fingerprint.Of(Body($"<blockquote>{Escape(text)}</blockquote>"));

        string expected = string.Join(' ', Tokens(text));

        // A quote that shows nothing is no quote (property test seed 0CEIEv4fV4E1).
        Assert.Equal(expected.Length == 0 ? [] : [expected], fingerprint[FingerprintAspect.Quote].Select(q => q.Text));
    }

    private static IElement Body(string html) => HtmlBodyParser.Parse(html).Body;

    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;");

    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\f', '\r'];
    private static readonly char[] Joiners = ['\u00a0', '\u202f', '\u2007', '\u200b'];
    private static readonly char[] NonBreaking = ['\u00a0', '\u202f', '\u2007'];

    private static IEnumerable<string> Tokens(string text) =>
        text.Replace("\r\n", "\n").Split(AsciiWhitespace, StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Trim(Joiners)).Where(t => t.Length > 0);

    private static List<string> ExpectedWords(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokens(text))
        {
            string word = token.StartsWith("http", StringComparison.Ordinal) ? Core.Writing.VideoEmbeds.Canonicalize(token) : token;
            words.AddRange(token.IndexOfAny(NonBreaking) < 0 ? [word] : token.Split(NonBreaking, StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    }
}
