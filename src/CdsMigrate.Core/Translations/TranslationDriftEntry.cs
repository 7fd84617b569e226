namespace CdsMigrate.Core.Translations;

/// <summary>Two twins whose structure differs beyond the threshold: which aspects, and the counts on each side.</summary>
internal sealed record TranslationDriftEntry(string Key, TranslationMember First, TranslationMember Second, IReadOnlyList<string> Aspects)
{
    public string Describe() => string.Join(", ", Aspects.Select(a => $"{a} {Count(First, a)} vs {Count(Second, a)}"));

    private static int Count(TranslationMember member, string aspect) => member.Counts.Aspects().First(x => x.Name == aspect).Count;
}
