namespace CdsMigrate.Core.Reporting;

/// <summary>
/// A test-only hook (issue 11, point 6): told of every diagnostic made from a code, so the test suite can prove that
/// every code in the catalogue is emitted by some test. Null outside the tests: one static read per diagnostic.
/// </summary>
internal static class DiagnosticTrace
{
    /// <summary>Called with the code of each diagnostic <see cref="DiagnosticCode.At"/> makes.</summary>
    internal static Action<DiagnosticCode>? Emitted;
}
