using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Sdk;

[assembly: CdsMigrate.Tests.Coverage.TestsRun]
[assembly: TestCollectionOrderer("CdsMigrate.Tests.Coverage.CoverageLastOrderer", "CdsMigrate.Tests")]

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// Records every test method that runs (an assembly-wide before-test hook), so the catalogue coverage test can tell
/// a whole run from a filtered one (<c>dotnet test --filter …</c>), where most codes are rightly never emitted.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly)]
internal sealed class TestsRunAttribute : BeforeAfterTestAttribute
{
    private static readonly ConcurrentDictionary<MethodInfo, byte> Ran = new();

    public override void Before(MethodInfo methodUnderTest) => Ran.TryAdd(methodUnderTest, 0);

    /// <summary>
    /// The facts of this assembly (not theories, whose data rows may legitimately be empty) that have not run,
    /// statically skipped ones and those of <paramref name="excluded"/> aside.
    /// </summary>
    public static IReadOnlyList<string> FactsNotRun(Type excluded) =>
        [.. typeof(TestsRunAttribute).Assembly.GetTypes()
            .Where(t => t != excluded && t.IsClass && !t.IsAbstract)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<FactAttribute>() is { Skip: null } fact && fact is not TheoryAttribute && !IsTheory(m))
            .Where(m => !Ran.ContainsKey(m))
            .Select(m => m.DeclaringType!.Name + "." + m.Name)
            .Order(StringComparer.Ordinal)];

    // SkippableTheory derives from Theory in Xunit.SkippableFact; this also catches a theory attribute that does not.
    private static bool IsTheory(MethodInfo method) => method.GetCustomAttributes().Any(a => a.GetType().Name.Contains("Theory", StringComparison.Ordinal));
}
