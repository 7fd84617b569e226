using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Translations;

/// <summary>
/// What pairing found in a run: the languages, the pairs, the documents whose twin is missing, the twins whose
/// structure drifted, and the diagnostics that say so (each joined to its document's report).
/// </summary>
internal sealed record TranslationReport
{
    /// <summary>The languages of the run's documents, most documents first.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>False when the run has fewer than two languages: there is nothing to pair, and nothing is reported.</summary>
    public bool Checked => Languages.Count >= 2;

    /// <summary>Documents with a language and a translation key.</summary>
    public int Documents { get; init; }

    /// <summary>Translation keys held by documents of at least two languages.</summary>
    public int Pairs { get; init; }

    public IReadOnlyList<TranslationUnpairedEntry> Unpaired { get; init; } = [];

    public IReadOnlyList<TranslationDriftEntry> Drifted { get; init; } = [];

    /// <summary>qTranslate items written as one document per language (two or more).</summary>
    public int SplitItems { get; init; }

    /// <summary>The findings, each with the index of the document report it belongs to.</summary>
    public IReadOnlyList<(int ReportIndex, Diagnostic Diagnostic)> Findings { get; init; } = [];

    public IEnumerable<Diagnostic> Diagnostics => Findings.Select(f => f.Diagnostic);

    /// <summary>The drift threshold as reports state it.</summary>
    public static string Threshold => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"an aspect differs by more than {TranslationChecker.MinDifference} and by more than {TranslationChecker.RelativeShare * 100:0}% of the larger count");

    /// <summary>The one-line summary the console prints.</summary>
    public string Summary() => Checked
        ? $"translations ({string.Join(", ", Languages)}): {Pairs} pair(s), {Unpaired.Count} document(s) without a twin, {Drifted.Count} pair(s) drifted" +
          (SplitItems > 0 ? $"; {SplitItems} qTranslate item(s) split" : "") + "."
        : $"translations: not checked ({(Languages.Count == 0 ? "no document has a language and a translationKey" : $"one language only: {Languages[0]}")})" +
          (SplitItems > 0 ? $"; {SplitItems} qTranslate item(s) split" : "") + ".";
}
