namespace CdsMigrate.Tests.Support;

/// <summary>
/// Tests that measure the whole process (GC.GetTotalAllocatedBytes counts every thread's allocations) run
/// alone, after the parallel tests: beside a corpus test, a bound like "under 100 MB" measures the neighbour.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeasurements
{
    public const string Name = "process-wide measurements";
}
