namespace CdsMigrate.Core.Media;

/// <summary>What a run did with media: files by outcome, and references rewritten or left pointing at the old site.</summary>
internal sealed record MediaSummary(int Downloaded, int Copied, int Present, int Failed, int ReferencesRewritten, int ReferencesFailed)
{
    public override string ToString() =>
        $"media: {Downloaded} downloaded, {Copied} copied, {Present} already present, {Failed} failed; {ReferencesRewritten} reference(s) rewritten, {ReferencesFailed} left to the old site";
}
