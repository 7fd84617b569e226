namespace CdsMigrate.Core.Writing;

/// <summary>Writes parameter values of Hugo shortcodes.</summary>
public static class HugoShortcode
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
}
