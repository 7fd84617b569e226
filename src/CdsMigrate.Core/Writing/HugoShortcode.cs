using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Writing;

/// <summary>Writes parameter values of Hugo shortcodes.</summary>
internal static partial class HugoShortcode
{
    /// <summary>
    /// A raw string in backticks, which Hugo takes as written (Markdown escapes in a caption survive it);
    /// a double-quoted string, with quotes and backslashes escaped, when the value holds a backtick.
    /// </summary>
    public static string Quote(string value)
    {
        value = value.Replace('\n', ' ');
        if (!value.Contains('`', StringComparison.Ordinal))
        {
            return "`" + value + "`";
        }

        return "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// Hugo finds shortcodes before Markdown is parsed, in code too: <c>{{&lt; x &gt;}}</c> written as an example
    /// must be Hugo's comment form <c>{{&lt;/* x */&gt;}}</c>, which Hugo renders as the original text.
    /// </summary>
    public static string EscapeInCode(string code) =>
        code.Contains("{{", StringComparison.Ordinal) ? ShortcodeInCode().Replace(code, m => "{{" + m.Groups[1].Value + "/*" + m.Groups[2].Value + "*/" + m.Groups[3].Value + "}}") : code;

    /// <summary>What Hugo renders for <see cref="EscapeInCode"/>'s comment form.</summary>
    public static string UnescapeInCode(string markdown) =>
        markdown.Replace("{{</*", "{{<", StringComparison.Ordinal).Replace("*/>}}", ">}}", StringComparison.Ordinal)
            .Replace("{{%/*", "{{%", StringComparison.Ordinal).Replace("*/%}}", "%}}", StringComparison.Ordinal);

    [GeneratedRegex(@"\{\{([<%])(?!/\*)(.*?)(?<!\*/)([>%])\}\}", RegexOptions.Singleline)]
    private static partial Regex ShortcodeInCode();
}
