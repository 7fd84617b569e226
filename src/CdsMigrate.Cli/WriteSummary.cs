using CdsMigrate.Core.Batch;

namespace CdsMigrate.Cli;

/// <summary>
/// What a convert run did to the output folder: with <c>--dry-run</c>, one line per document on standard output
/// (the plan is the command's output); always a one-line count on standard error.
/// </summary>
internal static class WriteSummary
{
    public static void Print(MigrationResult result, bool dryRun, TextWriter stdout, ConsoleView view)
    {
        if (dryRun)
        {
            foreach (var document in result.Documents.Where(d => d.Action is not null))
            {
                string verb = document.Action switch
                {
                    WriteAction.Created => "create",
                    WriteAction.Replaced => "replace",
                    WriteAction.Unchanged => "unchanged",
                    _ => "keep",
                };
                stdout.WriteLine($"{verb,-9} {document.Output}");
            }
        }

        int Count(WriteAction action) => result.Documents.Count(d => d.Action == action);
        string would = dryRun ? "would be " : "";
        view.Message($"cdsmigrate: {Count(WriteAction.Created)} {would}created, {Count(WriteAction.Replaced)} {would}replaced, " +
            $"{Count(WriteAction.Unchanged)} unchanged, {Count(WriteAction.KeptExisting)} existing file(s) {(dryRun ? "would be " : "")}kept (different; --force replaces them)" +
            (result.TemporaryFilesRemoved > 0 ? $"; {result.TemporaryFilesRemoved} temporary file(s) of an interrupted run {(dryRun ? "would be " : "")}removed" : "") + ".");
    }
}
