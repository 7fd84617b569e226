namespace CdsMigrate.Tests.Coverage;

/// <summary>The collection of the catalogue coverage test: not parallel, and ordered last (<see cref="CoverageLastOrderer"/>).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CatalogueCoverage : ICollectionFixture<RunSummary>
{
    public const string Name = "zz catalogue coverage (runs last)";
}
