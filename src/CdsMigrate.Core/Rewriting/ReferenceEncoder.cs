using System.Text.RegularExpressions;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Core.Rewriting;

/// <summary>Writes a new URL in the syntax of the text it replaces, so the document around it reads the same.</summary>
internal static partial class ReferenceEncoder
{
    public static string Encode(string url, ReferenceSyntax syntax) => syntax switch
    {
        ReferenceSyntax.Destination => MarkdownEscaper.EscapeDestination(url),
        ReferenceSyntax.PointyDestination => Pointy(url),
        ReferenceSyntax.AngleAutolink => IsAbsolute(url) && !url.Any(c => c is '<' or '>' || char.IsWhiteSpace(c) || char.IsControl(c)) ? "<" + url + ">" : AsLink(url),
        ReferenceSyntax.BareUrl => IsAbsolute(url) && !url.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '*' or '_' or '~' or '`' or '[' or ']' or '\\') ? url : AsLink(url),
        ReferenceSyntax.HtmlDoubleQuoted => HtmlText(url).Replace("\"", "&quot;", StringComparison.Ordinal),
        ReferenceSyntax.HtmlSingleQuoted => HtmlText(url).Replace("'", "&#39;", StringComparison.Ordinal),
        ReferenceSyntax.HtmlUnquoted => url.Length > 0 && !url.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'' or '=' or '<' or '>' or '`' or '&')
            ? url : "\"" + HtmlText(url).Replace("\"", "&quot;", StringComparison.Ordinal) + "\"",
        ReferenceSyntax.YamlPlain => YamlScalarWriter.String(url),
        ReferenceSyntax.YamlSingleQuoted => url.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') ? YamlScalarWriter.String(url) : "'" + url.Replace("'", "''", StringComparison.Ordinal) + "'",
        ReferenceSyntax.YamlDoubleQuoted => url.Any(char.IsControl) ? YamlScalarWriter.String(url) : "\"" + url.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        ReferenceSyntax.ShortcodeValue => HugoShortcode.Quote(url),
        _ => throw new ArgumentOutOfRangeException(nameof(syntax)),
    };

    // Written with a scheme: on Unix, Uri takes "/media/a.png" for an absolute file URI, which an autolink is not.
    private static bool IsAbsolute(string url) => Scheme().IsMatch(url);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]{1,31}:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    /// <summary>Angle brackets stay when the replaced text had them (the writer's choice is kept).</summary>
    private static string Pointy(string url)
    {
        string escaped = MarkdownEscaper.EscapeDestination(url);
        return escaped.StartsWith('<') ? escaped : "<" + escaped + ">";
    }

    private static string AsLink(string url)
    {
        string text = MarkdownEscaper.EscapeLinkText(url, Conversion.MarkdownFlavor.Gfm);
        return "[" + text + "](" + Encode(url, ReferenceSyntax.Destination) + ")";
    }

    private static string HtmlText(string url) => url.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
