namespace CdsMigrate.Core.Rewriting;

/// <summary>How the text of a found URL is written, which decides how its replacement must be written.</summary>
internal enum ReferenceSyntax
{
    /// <summary>A bare Markdown link destination (<c>(url)</c>, <c>[x]: url</c>).</summary>
    Destination,

    /// <summary>A Markdown link destination in angle brackets (<c>(&lt;url with spaces&gt;)</c>); the brackets are in the span.</summary>
    PointyDestination,

    /// <summary>A CommonMark autolink (<c>&lt;url&gt;</c>); the brackets are in the span.</summary>
    AngleAutolink,

    /// <summary>A bare URL in text, linked by GFM/linkify: the visible text is the URL itself.</summary>
    BareUrl,

    /// <summary>An HTML attribute value in double quotes (quotes not in the span), entities decoded.</summary>
    HtmlDoubleQuoted,

    /// <summary>An HTML attribute value in single quotes (quotes not in the span), entities decoded.</summary>
    HtmlSingleQuoted,

    /// <summary>An unquoted HTML attribute value.</summary>
    HtmlUnquoted,

    /// <summary>A plain YAML scalar.</summary>
    YamlPlain,

    /// <summary>A single-quoted YAML scalar; the quotes are in the span.</summary>
    YamlSingleQuoted,

    /// <summary>A double-quoted YAML scalar; the quotes are in the span.</summary>
    YamlDoubleQuoted,

    /// <summary>A Hugo shortcode parameter value, with its quotes or backticks (if any) in the span.</summary>
    ShortcodeValue,
}
