namespace CdsMigrate.Core.Translations;

/// <summary>One written document that takes part in pairing: where it came from and went, its language, key and structure.</summary>
/// <param name="ReportIndex">Its position among the run's document reports, so findings join its report.</param>
/// <param name="Split">True when it is one language of a qTranslate item.</param>
internal sealed record TranslationMember(int ReportIndex, string Source, string? Output, int Line, string Lang, string Key, StructureCounts Counts, bool Split = false)
{
    /// <summary>How reports name it: the output when there is one (several documents may share an export), else the source.</summary>
    public string Name => Output ?? Source;
}
