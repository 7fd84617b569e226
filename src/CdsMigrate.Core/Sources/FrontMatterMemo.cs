using System.Collections.Concurrent;
using CdsMigrate.Core.FrontMatter;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// What the site plan's read made of each post file's front matter, kept for the conversion read of the same file, so
/// that its YAML is parsed and checked for fixes once per run instead of once per read (issue 11: YAML was a tenth of
/// a run's CPU, most of it spent reading the same text again).
/// </summary>
/// <remarks>
/// A kept reading is used only for a YAML text equal to the one it was made from (the reading is a function of that
/// text alone), and is let go when used. The YAML kept is capped at <see cref="BudgetChars"/>: beyond it, files are
/// read as before, so memory stays bounded however many files a run has.
/// </remarks>
internal sealed class FrontMatterMemo
{
    /// <summary>At most this many characters of YAML (16 MB, about 19,000 CDS posts' front matter) are kept at once.</summary>
    public const long BudgetChars = 8 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, FrontMatterReading> _readings = new(StringComparer.Ordinal);
    private long _charsKept;

    /// <summary>True while another reading of <paramref name="yamlLength"/> characters fits in the budget.</summary>
    public bool HasRoomFor(int yamlLength) => Interlocked.Read(ref _charsKept) + yamlLength <= BudgetChars;

    /// <summary>Keeps <paramref name="reading"/> for the next read of <paramref name="sourcePath"/>, if it fits.</summary>
    public void Keep(string sourcePath, FrontMatterReading reading)
    {
        if (Interlocked.Add(ref _charsKept, reading.Yaml.Length) > BudgetChars)
        {
            Interlocked.Add(ref _charsKept, -reading.Yaml.Length);
            return;
        }

        if (!_readings.TryAdd(sourcePath, reading))
        {
            // Two inputs shown under one path: neither is kept, both are read again.
            Interlocked.Add(ref _charsKept, -reading.Yaml.Length);
            if (_readings.TryRemove(sourcePath, out var other))
            {
                Interlocked.Add(ref _charsKept, -other.Yaml.Length);
            }
        }
    }

    /// <summary>The reading kept for <paramref name="sourcePath"/> when it was made from <paramref name="yaml"/>; it is let go either way.</summary>
    public FrontMatterReading? Take(string sourcePath, string yaml)
    {
        if (!_readings.TryRemove(sourcePath, out var reading))
        {
            return null;
        }

        Interlocked.Add(ref _charsKept, -reading.Yaml.Length);
        return string.Equals(reading.Yaml, yaml, StringComparison.Ordinal) ? reading : null;
    }
}

/// <summary>A post file's front matter as read: its values (entities decoded, empty list items dropped) and the fixes of its text.</summary>
internal sealed record FrontMatterReading(string Yaml, FrontMatterMapping Values, FrontMatterFixer.FrontMatterFixes Fixes);
