using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// Every diagnostic code the tool's own code emits while the tests run (issue 11, point 6), fed by the test-only
/// hook <see cref="DiagnosticTrace"/>. A diagnostic a test makes itself (<c>DiagnosticCodes.X.At(…)</c> in a report
/// fixture) does not count: only one made by a method of the tool (CdsMigrate.Core or the CLI) does.
/// </summary>
internal static class EmittedCodes
{
    private static readonly ConcurrentDictionary<string, DiagnosticCode> Seen = new(StringComparer.Ordinal);
    private static readonly Assembly Tests = typeof(EmittedCodes).Assembly;

    /// <summary>The codes seen so far, by code.</summary>
    public static IReadOnlyDictionary<string, DiagnosticCode> Codes => Seen;

    [ModuleInitializer]
    internal static void Start() => DiagnosticTrace.Emitted = Record;

    private static void Record(DiagnosticCode code)
    {
        // The stack is walked only until a code is first seen from the tool: a few hundred walks per run.
        if (!Seen.ContainsKey(code.Code) && MadeByTheTool())
        {
            Seen.TryAdd(code.Code, code);
        }
    }

    /// <summary>True when the method that asked for the diagnostic (the caller of <see cref="DiagnosticCode.At"/>) is the tool's.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool MadeByTheTool()
    {
        foreach (var frame in new StackTrace(2, false).GetFrames())
        {
            var type = frame.GetMethod()?.DeclaringType;
            if (type is null || type == typeof(DiagnosticCode))
            {
                continue;
            }

            return type.Assembly != Tests;
        }

        return false;
    }
}
