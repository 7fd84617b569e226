using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Translations;

/// <summary>
/// Pairs the documents of a run by translation key (issue 12, point 4) once every document is written: a
/// document whose key has no document in another of the run's languages misses its twin (CDS4100); twins whose
/// structure differs beyond the threshold have drifted (CDS4101). Runs in one language are not checked: every
/// post of an English-only export would otherwise "miss" a twin no one meant to write.
/// </summary>
internal sealed class TranslationChecker
{
    /// <summary>
    /// Absolute slack. A faithful translation still adds or drops a link or two ("(in English only)", a link to the
    /// French version of a source) and may split a list item: 104 of the 106 CDS pairs differ by 0–2 links.
    /// </summary>
    public const int MinDifference = 2;

    /// <summary>Relative slack, so that a long post with 60 links is not flagged for 3 extra ones.</summary>
    public const double RelativeShare = 0.25;

    private readonly List<TranslationMember> _members = [];

    public void Add(TranslationMember member) => _members.Add(member);

    /// <summary>True when counts <paramref name="a"/> and <paramref name="b"/> differ beyond both slacks.</summary>
    public static bool Drifted(int a, int b)
    {
        int difference = Math.Abs(a - b);
        return difference > MinDifference && difference > RelativeShare * Math.Max(a, b);
    }

    public TranslationReport Finish()
    {
        var languages = _members.GroupBy(m => m.Lang, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToList();
        int split = _members.Where(m => m.Split).GroupBy(m => (m.Source, m.Line)).Count(g => g.Select(m => m.Lang).Distinct().Count() > 1);
        if (languages.Count < 2)
        {
            return new TranslationReport { Languages = languages, Documents = _members.Count, SplitItems = split };
        }

        var findings = new List<(int, Diagnostic)>();
        var unpaired = new List<TranslationUnpairedEntry>();
        var drifted = new List<TranslationDriftEntry>();
        int pairs = 0;
        foreach (var group in _members.GroupBy(m => m.Key, StringComparer.Ordinal).OrderBy(g => g.First().ReportIndex))
        {
            // The first document of each language is the twin; later ones of the same language are extras (CDS4103).
            var byLanguage = group.GroupBy(m => m.Lang, StringComparer.Ordinal)
                .OrderBy(g => languages.IndexOf(g.Key))
                .ToList();
            foreach (var language in byLanguage)
            {
                foreach (var extra in language.Skip(1))
                {
                    findings.Add((extra.ReportIndex, DiagnosticCodes.TranslationKeyShared.At(Where(extra),
                        $"translationKey '{group.Key}' is also the key of {language.First().Name} ({language.Key}): compared through that one")));
                }
            }

            var twins = byLanguage.Select(g => g.First()).ToList();
            var missing = languages.Where(l => twins.All(t => t.Lang != l)).ToList();
            if (missing.Count > 0)
            {
                foreach (var twin in twins)
                {
                    unpaired.Add(new TranslationUnpairedEntry(twin, missing));
                    findings.Add((twin.ReportIndex, DiagnosticCodes.TranslationMissing.At(Where(twin),
                        $"no {string.Join(" or ", missing)} twin for this {twin.Lang} document (translationKey '{group.Key}')")));
                }
            }

            if (twins.Count < 2)
            {
                continue;
            }

            pairs++;
            var first = twins[0];
            foreach (var second in twins.Skip(1))
            {
                var aspects = first.Counts.Aspects().Zip(second.Counts.Aspects())
                    .Where(p => Drifted(p.First.Count, p.Second.Count))
                    .Select(p => p.First.Name)
                    .ToList();
                if (aspects.Count == 0)
                {
                    continue;
                }

                var entry = new TranslationDriftEntry(group.Key, first, second, aspects);
                drifted.Add(entry);
                findings.Add((second.ReportIndex, DiagnosticCodes.TranslationDrift.At(Where(second),
                    $"differs from its {first.Lang} twin {first.Name} (translationKey '{group.Key}'): {entry.Describe()}")));
            }
        }

        return new TranslationReport
        {
            Languages = languages,
            Documents = _members.Count,
            Pairs = pairs,
            Unpaired = unpaired,
            Drifted = drifted,
            SplitItems = split,
            Findings = findings,
        };
    }

    private static SourceSpan Where(TranslationMember member) => new(member.Source, member.Line, member.Line > 0 ? 1 : 0);
}
