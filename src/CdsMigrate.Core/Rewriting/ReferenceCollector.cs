namespace CdsMigrate.Core.Rewriting;

/// <summary>Collects what the scanners find, with line and column, refusing overlaps (one text, one owner).</summary>
internal sealed class ReferenceCollector(string text)
{
    private readonly LineIndex _lines = new(text);
    private readonly List<FoundReference> _found = [];
    private readonly List<(int Start, int End)> _claimed = [];

    public string Text { get; } = text;

    /// <summary>Marks a region (a shortcode) whose text no later scanner may take: Hugo reads it before Markdown.</summary>
    public void Claim(int start, int length) => _claimed.Add((start, start + length));

    public bool IsClaimed(int start, int length) => _claimed.Any(c => start < c.End && start + length > c.Start);

    public void Add(ReferenceKind kind, string url, string? name, string? element, int offset, int length, ReferenceSyntax syntax)
    {
        if (url.Length == 0 || IsClaimed(offset, length) || _found.Any(f => offset < f.Reference.Offset + f.Reference.Length && offset + length > f.Reference.Offset))
        {
            return;
        }

        var (line, column) = _lines.Locate(offset);
        _found.Add(new FoundReference(new MarkdownReference(kind, url, name, element, offset, length, line, column), syntax));
    }

    public List<FoundReference> Sorted() => [.. _found.OrderBy(f => f.Reference.Offset)];
}
