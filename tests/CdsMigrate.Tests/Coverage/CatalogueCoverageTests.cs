using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// Issue 11, point 6: every code in the catalogue is emitted by the tool during some test, and every code the tool
/// emits is in the catalogue. It runs last (<see cref="CoverageLastOrderer"/>) and reads what
/// <see cref="EmittedCodes"/> gathered during the run; on a filtered run it skips itself and says why.
/// </summary>
[Collection(CatalogueCoverage.Name)]
public sealed class CatalogueCoverageTests
{
    /// <summary>
    /// The only exceptions: guards against the tool's own bugs that no input reaches, each with why. The verifier is
    /// being rewritten (issue 11, points 1–3); its tests should emit these and take them off this list.
    /// </summary>
    private static readonly Dictionary<string, string> NotReachableWithoutAFault = new(StringComparer.Ordinal)
    {
        ["CDS9001"] = "the Markdown written could not be rendered back (Markdig threw): no output the writer makes does that",
        ["CDS9014"] = "a reading decision that does not hold: only a converter bug records one",
    };

    [SkippableFact]
    public void Every_catalogue_code_is_emitted_by_some_test()
    {
        SkipUnlessWholeRun();

        var missing = DiagnosticCodes.All.Where(c => !EmittedCodes.Codes.ContainsKey(c.Code) && !NotReachableWithoutAFault.ContainsKey(c.Code))
            .Select(c => $"{c.Code} ({c.Title})").ToList();
        var stale = NotReachableWithoutAFault.Keys.Where(EmittedCodes.Codes.ContainsKey).ToList();

        Assert.True(missing.Count == 0,
            $"{missing.Count} catalogue code(s) emitted by no test: write a test (or a golden case, whose header lists what it emits) that makes the tool emit each, or remove the code from DiagnosticCodes:\n  "
            + string.Join("\n  ", missing));
        Assert.True(stale.Count == 0, "now emitted by a test, so no longer an exception: remove from NotReachableWithoutAFault: " + string.Join(", ", stale));
    }

    [SkippableFact]
    public void Every_code_emitted_during_the_run_is_the_catalogues_own()
    {
        SkipUnlessWholeRun();

        // The same code with another title, severity or help than the catalogue's is a code made outside it.
        var outside = EmittedCodes.Codes.Values
            .Where(c => c.Code.StartsWith("CDS", StringComparison.Ordinal) && !DiagnosticCodes.All.Contains(c))
            .Select(c => c.Code).Order(StringComparer.Ordinal).ToList();

        Assert.True(outside.Count == 0, "codes emitted that are not the catalogue's: " + string.Join(", ", outside));
    }

    private static void SkipUnlessWholeRun()
    {
        var notRun = TestsRunAttribute.FactsNotRun(typeof(CatalogueCoverageTests));
        Skips.If(notRun.Count > 0,
            $"partial run: {notRun.Count} test(s) did not run (first: {notRun.FirstOrDefault()}); catalogue coverage is checked on a whole run only");
    }
}
