using System.Globalization;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Cli;

/// <summary>One line of progress: count, rate, ETA (from the input bytes read), current file, errors so far.</summary>
internal static class ProgressText
{
    public static string Describe(MigrationProgress p, TimeSpan elapsed) => $"{Counts(p, elapsed)}; {p.Current}";

    /// <summary>Everything but the current file.</summary>
    public static string Counts(MigrationProgress p, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        string rate = (p.Documents / seconds).ToString("0", CultureInfo.InvariantCulture);
        string eta = "";
        if (p.TotalBytes > 0 && p.BytesDone > 0 && p.BytesDone < p.TotalBytes)
        {
            var left = TimeSpan.FromSeconds(seconds * (p.TotalBytes - p.BytesDone) / p.BytesDone);
            eta = $", about {(left.TotalHours >= 1 ? left.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : left.ToString(@"m\:ss", CultureInfo.InvariantCulture))} left";
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"{p.Documents} documents ({rate}/s), file {p.InputsStarted} of {p.InputCount}{eta}; {p.Errors} error(s), {p.Warnings} warning(s) so far");
    }
}
