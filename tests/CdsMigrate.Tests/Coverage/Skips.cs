using System.Collections.Concurrent;

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// <see cref="Skip"/>, remembering why (issue 11, point 6): a test that skips itself (no ../shared corpus, no Hugo)
/// is listed with its reason at the end of the run (<see cref="RunSummary"/>), where <c>dotnet test</c> otherwise
/// shows only its name.
/// </summary>
internal static class Skips
{
    private static readonly ConcurrentDictionary<string, byte> Reasons = new(StringComparer.Ordinal);

    /// <summary>The distinct reasons given so far, in order.</summary>
    public static IReadOnlyList<string> All => [.. Reasons.Keys.Order(StringComparer.Ordinal)];

    public static void If(bool condition, string reason)
    {
        if (condition)
        {
            Reasons.TryAdd(reason, 0);
        }

        Skip.If(condition, reason);
    }

    public static void IfNot(bool condition, string reason) => If(!condition, reason);
}
