using System.Text;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// A path pattern of <c>--exclude</c> (issue 13): <c>*</c> any characters but <c>/</c>, <c>**</c> any characters,
/// <c>?</c> one character but <c>/</c>. A relative pattern is anchored at a base folder (the working folder, or the
/// config file's folder). A pattern that matches a folder excludes everything under it, so <c>--exclude out</c>
/// keeps an output folder inside an input folder from being read back in.
/// </summary>
internal sealed class PathGlob
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly Regex _regex;

    public PathGlob(string pattern, string baseFolder)
    {
        Pattern = pattern;
        string full = Normalize(Path.IsPathFullyQualified(pattern) ? pattern : Path.Combine(baseFolder, pattern));
        var regex = new StringBuilder("^");
        for (int i = 0; i < full.Length; i++)
        {
            char c = full[i];
            if (c == '*' && i + 1 < full.Length && full[i + 1] == '*')
            {
                // "**/" also matches no folder at all: a/**/b is a/b too.
                bool slash = i + 2 < full.Length && full[i + 2] == '/';
                regex.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        // The path itself, or anything below it.
        regex.Append("(?:/.*)?$");
        var options = RegexOptions.CultureInvariant | (PathComparison == StringComparison.OrdinalIgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        _regex = new Regex(regex.ToString(), options);
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>True when <paramref name="path"/> (a file or folder, relative to the working folder or full) is the pattern or lies below it.</summary>
    public bool Matches(string path) => _regex.IsMatch(Normalize(Path.GetFullPath(path)));

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it (both full paths).</summary>
    public static bool IsInside(string path, string folder)
    {
        path = Normalize(path);
        folder = Normalize(folder);
        return path.Equals(folder, PathComparison) || path.StartsWith(folder.EndsWith('/') ? folder : folder + "/", PathComparison);
    }

    private static string Normalize(string path) => Path.TrimEndingDirectorySeparator(path.Replace('\\', '/'));
}
