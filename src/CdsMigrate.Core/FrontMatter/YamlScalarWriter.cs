using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// Writes YAML scalars that every YAML 1.2 parser (and YAML 1.1 parsers such as Hugo's) reads back as
/// the same string: plain when nothing could misread it, single-quoted when it fits on one line,
/// double-quoted with escapes otherwise.
/// </summary>
public static partial class YamlScalarWriter
{
    /// <summary>Writes <paramref name="value"/> as a YAML string scalar.</summary>
    public static string String(string value)
    {
        if (IsPlainString(value))
        {
            return value;
        }

        if (value.AsSpan().IndexOfAny(NotQuotable) < 0)
        {
            return "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        }

        return DoubleQuoted(value);
    }

    /// <summary>
    /// True when <paramref name="value"/> written plain is read back as this same string by YAML 1.1
    /// and 1.2 parsers: no indicator at the start, no <c>": "</c> or <c>" #"</c>, no edge spaces,
    /// and nothing that resolves to null, a boolean, a number or a date.
    /// </summary>
    public static bool IsPlainString(string value)
    {
        if (value.Length == 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]) || value.AsSpan().IndexOfAny(NotQuotable) >= 0)
        {
            return false;
        }

        if ("-?:,[]{}#&*!|>'\"%@`\\".Contains(value[0]))
        {
            return false;
        }

        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':') || value.Contains('\\') || value.Contains('\t'))
        {
            return false;
        }

        return !LooksTyped(value);
    }

    private static bool LooksTyped(string value) =>
        Reserved().IsMatch(value) || Number().IsMatch(value) || DateLike().IsMatch(value);

    private static bool IsSingleQuotable(char c) => !NotQuotable.Contains(c);

    /// <summary>Control characters, line and paragraph separators and the BOM: only double quotes can hold them (escaped).</summary>
    private static readonly SearchValues<char> NotQuotable = SearchValues.Create(
        string.Concat(Enumerable.Range(0, ' ').Select(c => (char)c)) + "\u007f\u0085\u2028\u2029\ufeff");

    private static string DoubleQuoted(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (!IsSingleQuotable(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.Append('"').ToString();
    }

    // YAML 1.1 and 1.2 core-schema words (null, booleans, yes/no/on/off, y/n) and the merge key.
    [GeneratedRegex(@"^(~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|<<|=)$")]
    private static partial Regex Reserved();

    // Integers, floats, hex, octal, binary, sexagesimal, infinities and NaN, in YAML 1.1 or 1.2 form.
    [GeneratedRegex(@"^([-+]?[0-9_][0-9_:]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9_]+([eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o?[0-7_]+|0b[01_]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))$")]
    private static partial Regex Number();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}")]
    private static partial Regex DateLike();
}
