using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CdsMigrate.Bench;

/// <summary>
/// CPU time of the calling thread. The machine is shared with other builds, so elapsed time says little:
/// CPU time of this thread is what the code costs. Linux only (clock_gettime); elsewhere it falls back to
/// elapsed time and says so.
/// </summary>
internal static class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsCpuTime { get; } = OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out _) == 0;

    /// <summary>Nanoseconds of CPU time used by this thread (or elapsed nanoseconds without thread clocks).</summary>
    public static long Now()
    {
        if (IsCpuTime)
        {
            ClockGetTime(ClockThreadCpuTime, out var t);
            return t.Seconds * 1_000_000_000 + t.Nanoseconds;
        }

        return (long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency));
    }
}
