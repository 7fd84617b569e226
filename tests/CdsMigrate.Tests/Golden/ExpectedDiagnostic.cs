using System.Globalization;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// One diagnostic a golden case must emit, as its header writes it (issue 11, point 6): <c>CDS1200@5:3</c> is code
/// CDS1200 at line 5, column 3 of the case's input file, header lines included; <c>CDS1200@5</c> has no column and
/// a bare <c>CDS1200</c> no position (the diagnostic says "unknown", 0).
/// </summary>
public sealed record ExpectedDiagnostic(string Code, int Line, int Column) : IComparable<ExpectedDiagnostic>
{
    /// <summary>The diagnostic as its case sees it: its line shifted down by the <paramref name="headerLines"/> stripped before conversion.</summary>
    public static ExpectedDiagnostic From(Diagnostic diagnostic, int headerLines) =>
        new(diagnostic.Code, diagnostic.Line > 0 ? diagnostic.Line + headerLines : 0, diagnostic.Line > 0 ? diagnostic.Column : 0);

    /// <summary>Reads <c>CODE</c>, <c>CODE@line</c> or <c>CODE@line:column</c>.</summary>
    public static ExpectedDiagnostic Parse(string token)
    {
        int at = token.IndexOf('@', StringComparison.Ordinal);
        if (at < 0)
        {
            return new(CheckCode(token, token), 0, 0);
        }

        string code = CheckCode(token[..at], token);
        string[] position = token[(at + 1)..].Split(':');
        if (position.Length > 2 || !TryPositive(position[0], out int line) || (position.Length == 2 && !TryPositive(position[1], out _)))
        {
            throw new FormatException($"expected diagnostic '{token}': write CODE, CODE@line or CODE@line:column");
        }

        return new(code, line, position.Length == 2 ? int.Parse(position[1], CultureInfo.InvariantCulture) : 0);
    }

    public int CompareTo(ExpectedDiagnostic? other) =>
        other is null ? 1
        : Line != other.Line ? Line.CompareTo(other.Line)
        : Column != other.Column ? Column.CompareTo(other.Column)
        : string.CompareOrdinal(Code, other.Code);

    public override string ToString() =>
        Line == 0 ? Code
        : Column == 0 ? $"{Code}@{Line.ToString(CultureInfo.InvariantCulture)}"
        : $"{Code}@{Line.ToString(CultureInfo.InvariantCulture)}:{Column.ToString(CultureInfo.InvariantCulture)}";

    private static string CheckCode(string code, string token) =>
        code.Length == 7 && code.StartsWith("CDS", StringComparison.Ordinal) && code[3..].All(char.IsAsciiDigit)
            ? code
            : throw new FormatException($"expected diagnostic '{token}': '{code}' is not a code like CDS1200");

    private static bool TryPositive(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
}
