using Xunit.Abstractions;

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// Orders the test collections by name, with the catalogue coverage collection last. xunit runs the collections that
/// disable parallelisation one after another once the parallel ones are done, in this order: so the coverage test
/// runs after every other test.
/// </summary>
public sealed class CoverageLastOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections
            .OrderBy(c => c.DisplayName == CatalogueCoverage.Name ? 1 : 0)
            .ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
