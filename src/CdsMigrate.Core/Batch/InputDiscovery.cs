namespace CdsMigrate.Core.Batch;

/// <summary>
/// Expands the inputs a user named into files: a file is itself; a folder is every post file under it,
/// recursively (post files, and .xml/.json exports; what a file holds is told later from its content), each
/// keeping its path relative to that folder. Sorted, so runs are deterministic.
/// </summary>
public static class InputDiscovery
{
    /// <summary>The extensions read from folders.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".html", ".htm", ".xml", ".json"];

    /// <summary>Expands <paramref name="inputs"/>; names that do not exist are returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, out IReadOnlyList<string> missing)
    {
        var files = new List<InputFile>();
        var notFound = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(new InputFile(input, input, OutputNameFor(Path.GetFileName(input))));
            }
            else if (Directory.Exists(input))
            {
                var found = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => (Full: f, Relative: Path.GetRelativePath(input, f).Replace('\\', '/')))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal);
                files.AddRange(found.Select(f => new InputFile(f.Full, Path.Combine(input, f.Relative).Replace('\\', '/'), OutputNameFor(f.Relative))));
            }
            else
            {
                notFound.Add(input);
            }
        }

        missing = notFound;
        return files;
    }

    /// <summary>The output path for an input's relative path: the same path, with a <c>.md</c> extension.</summary>
    public static string OutputNameFor(string relativePath)
    {
        string ext = Path.GetExtension(relativePath);
        return (ext.Length > 0 ? relativePath[..^ext.Length] : relativePath) + ".md";
    }
}
