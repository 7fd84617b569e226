using System.Text;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Tests.Golden;

/// <summary>
/// Compares what a golden case's header expects with what it emitted, exactly (issue 11, point 6): as multisets of
/// (code, line, column), so a rule that starts or stops emitting a diagnostic, or emits it somewhere else, fails
/// its case. Every severity counts: an info such as "dropped a spacer" is a statement of loss too.
/// </summary>
public static class DiagnosticComparison
{
    /// <summary>
    /// Null when <paramref name="actual"/> (positions in the stripped body) is exactly <paramref name="header"/>'s
    /// list; otherwise a message listing what is missing and what is unexpected, each with its reason and, given the
    /// case's <paramref name="input"/> (header included), the text at its place.
    /// </summary>
    public static string? Difference(string caseName, GoldenHeader header, IReadOnlyList<Diagnostic> actual, string? input = null)
    {
        var emitted = actual.Select(d => (Expected: ExpectedDiagnostic.From(d, header.LineCount), Diagnostic: d))
            .OrderBy(p => p.Expected).ToList();
        if (header.Expected is null)
        {
            return $"{caseName}: its header has no --expect list; it emitted\n  --expect {List(emitted.Select(p => p.Expected))}\n{Regenerate}";
        }

        var missing = header.Expected.Order().ToList();
        var unexpected = new List<(ExpectedDiagnostic Expected, Diagnostic Diagnostic)>();
        foreach (var pair in emitted)
        {
            if (!missing.Remove(pair.Expected))
            {
                unexpected.Add(pair);
            }
        }

        if (missing.Count == 0 && unexpected.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder($"{caseName}: the diagnostics differ from its header (CODE@line:column, lines of the input file, header included)\n");
        sb.Append("  expected: ").Append(List(header.Expected.Order())).Append('\n');
        sb.Append("  actual:   ").Append(List(emitted.Select(p => p.Expected))).Append('\n');
        string[] lines = input?.Split('\n') ?? [];
        foreach (var m in missing)
        {
            sb.Append("  missing:    ").Append(m).Append('\n').Append(Excerpt(lines, m));
        }

        foreach (var (expected, diagnostic) in unexpected)
        {
            sb.Append("  unexpected: ").Append(expected).Append(' ').Append(diagnostic.Severity.ToString().ToLowerInvariant())
                .Append(": ").Append(diagnostic.Message).Append(diagnostic.Block is null ? "" : $" [{diagnostic.Block}]").Append('\n')
                .Append(Excerpt(lines, expected));
        }

        return sb.Append(Regenerate).ToString();
    }

    private const string Regenerate =
        "If the new diagnostics are right, CDSMIGRATE_ACCEPT=1 dotnet test --filter FullyQualifiedName~GoldenTests rewrites the header (and the .md); read each one against its input line before committing.";

    /// <summary>The input's text from the diagnostic's place, clipped, for the reader to judge it: empty when unknown.</summary>
    private static string Excerpt(string[] lines, ExpectedDiagnostic at)
    {
        if (at.Line < 1 || at.Line > lines.Length)
        {
            return "";
        }

        string line = lines[at.Line - 1];
        int from = Math.Clamp(at.Column - 1, 0, line.Length);
        string text = line[from..];
        return $"      | {(text.Length > 80 ? text[..80] + "…" : text)}\n";
    }

    private static string List(IEnumerable<ExpectedDiagnostic> diagnostics)
    {
        string list = string.Join(" ", diagnostics);
        return list.Length == 0 ? "none" : list;
    }
}
