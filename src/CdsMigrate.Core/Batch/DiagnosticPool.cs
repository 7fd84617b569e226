using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Shares the text of diagnostics kept for the whole run. Reports live until the run ends, and an export of
/// tens of thousands of posts repeats the same messages ("&lt;div&gt; has no Markdown form…") thousands of times:
/// one string each instead of one per occurrence keeps a large run's memory near flat. Bounded, so a run of
/// all-different messages costs no more than without it. Not thread-safe: used in the runner's commit order.
/// </summary>
internal sealed class DiagnosticPool
{
    private const int MaxEntries = 50_000;

    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> Share(IReadOnlyList<Diagnostic> diagnostics)
    {
        if (diagnostics.Count == 0)
        {
            return [];
        }

        var shared = new Diagnostic[diagnostics.Count];
        for (int i = 0; i < shared.Length; i++)
        {
            var d = diagnostics[i];
            string message = Intern(d.Message);
            string? block = d.Block is null ? null : Intern(d.Block);
            string? file = d.File is null ? null : Intern(d.File);
            shared[i] = ReferenceEquals(message, d.Message) && ReferenceEquals(block, d.Block) && ReferenceEquals(file, d.File)
                ? d
                : d with { Message = message, Block = block, File = file };
        }

        return shared;
    }

    private string Intern(string text)
    {
        if (_strings.TryGetValue(text, out var existing))
        {
            return existing;
        }

        if (_strings.Count < MaxEntries)
        {
            _strings[text] = text;
        }

        return text;
    }
}
