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
internal static partial class YamlScalarWriter
{
    /// <summary>Writes <paramref name="value"/> as a YAML string scalar.</summary>
    public static string String(string value)
    {
        value = ReplaceLoneSurrogates(value);
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

    /// <summary>
    /// What only double quotes can hold, escaped: C0 and C1 control characters (a real export's title held
    /// mojibake with U+009D, and Hugo refused the file: "yaml: control characters are not allowed"), DEL,
    /// line and paragraph separators, the BOM and the non-characters U+FFFE and U+FFFF. go-yaml, js-yaml and
    /// YamlDotNet all refuse these raw (YAML 1.2's printable set leaves them out).
    /// </summary>
    private static readonly SearchValues<char> NotQuotable = SearchValues.Create(
        string.Concat(Enumerable.Range(0, ' ').Select(c => (char)c))
        + string.Concat(Enumerable.Range(0x7f, 0xa0 - 0x7f).Select(c => (char)c))
        + "\u2028\u2029\ufeff\ufffe\uffff");

    /// <summary>
    /// A lone surrogate cannot be written as UTF-8, and no YAML parser takes it escaped (go-yaml: "invalid
    /// Unicode character escape code"): it becomes U+FFFD, as an UTF-8 encoder would make it anyway.
    /// </summary>
    private static string ReplaceLoneSurrogates(string value)
    {
        if (value.AsSpan().IndexOfAnyInRange('\ud800', '\udfff') < 0)
        {
            return value;
        }

        var chars = value.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\ufffd';
            }
        }

        return new string(chars);
    }

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
