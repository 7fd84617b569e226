using CdsMigrate.Core.Rewriting;

namespace CdsMigrate.Core.Media;

/// <summary>One document's media references, their fetches already under way (started as soon as it was converted).</summary>
internal sealed record PreparedMedia(string Markdown, IReadOnlyList<(MarkdownReference Reference, MediaLocation Location, Task<MediaFile> File)> References);
