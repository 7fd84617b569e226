namespace CdsMigrate.Core.Batch;

/// <summary>
/// Told where a run stands after each committed document, on the run's thread (issue 13: a long run shows signs
/// of life). The core draws nothing: the command line decides what a terminal, a log or nothing shows.
/// </summary>
internal interface IMigrationProgress
{
    void Report(MigrationProgress progress);
}
