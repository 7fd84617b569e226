namespace CdsMigrate.Core.Translations;

/// <summary>A document whose twin in one or more of the run's languages is missing.</summary>
internal sealed record TranslationUnpairedEntry(TranslationMember Member, IReadOnlyList<string> Missing);
