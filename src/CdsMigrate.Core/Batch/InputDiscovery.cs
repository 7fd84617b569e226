namespace CdsMigrate.Core.Batch;

/// <summary>
/// Expands the inputs a user named into files: a file is itself; a folder is every post file under it,
/// recursively (post files, and .xml/.json exports; what a file holds is told later from its content), each
/// keeping its path relative to that folder. Sorted, so runs are deterministic.
/// </summary>
internal static class InputDiscovery
{
    /// <summary>The extensions read from folders.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".md", ".markdown", ".html", ".htm", ".xml", ".json"];

    /// <summary>Expands <paramref name="inputs"/>; names that do not exist are returned in <paramref name="missing"/>.</summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, out IReadOnlyList<string> missing) =>
        Expand(inputs, [], null, out missing);

    /// <summary>
    /// Expands <paramref name="inputs"/>, leaving out files that an <paramref name="exclude"/> pattern matches and every
    /// file under <paramref name="outputFolder"/> (issue 13: an output folder inside an input folder must never be read
    /// back in). A file named as an input is read even when a pattern matches it: it was asked for by name.
    /// </summary>
    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs, IReadOnlyList<PathGlob> exclude, string? outputFolder, out IReadOnlyList<string> missing)
    {
        string? output = outputFolder is null ? null : Path.GetFullPath(outputFolder);
        bool Skipped(string file, string fullPath) =>
            (output is not null && PathGlob.IsInside(fullPath, output)) || exclude.Any(g => g.Matches(file));

        // Each input in order: a file alone (no name), or a folder's files under the folder's name.
        var groups = new List<(string? Name, List<InputFile> Files)>();
        var notFound = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                groups.Add((null, [new InputFile(input, input, OutputNameFor(Path.GetFileName(input)))]));
            }
            else if (Directory.Exists(input))
            {
                // The folder's full path once: Path.GetFullPath and Path.GetRelativePath of each file asked the working
                // folder again (getcwd(2), three times per file: issue 11, 20 ms of a 5,100-file run's serial start).
                // The enumeration gives each file as the folder's name as typed, then the path below it.
                string folderFull = Path.GetFullPath(input);
                var found = Directory.EnumerateFiles(input, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
                    .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Select(f => (Full: f, Relative: BelowFolder(input, f)))
                    .Where(f => !Skipped(f.Full, Path.Join(folderFull, f.Relative)))
                    .OrderBy(f => f.Relative, StringComparer.Ordinal);
                var folderFiles = found.Select(f => new InputFile(f.Full, Path.Combine(input, f.Relative).Replace('\\', '/'), OutputNameFor(f.Relative))).ToList();
                groups.Add((FolderName(input), folderFiles));
            }
            else
            {
                notFound.Add(input);
            }
        }

        missing = notFound;
        bool collide = FoldersCollide(groups.Where(g => g.Name is not null).Select(g => g.Files).ToList());
        return groups.SelectMany(g => collide && g.Name is { } name
            ? g.Files.Select(f => f with { RelativeOutputPath = name + "/" + f.RelativeOutputPath })
            : g.Files).ToList();
    }

    /// <summary>
    /// True when two input folders hold the same relative output path (<c>content/en content/fr</c>, each with
    /// <c>blog/a.md</c>): merged into one folder they would overwrite or renumber each other (issue 13), so each
    /// folder's outputs then go under its own name (<c>out/en/blog/a.md</c>, <c>out/fr/blog/a.md</c>). Compared
    /// ignoring case, as Windows and macOS compare names.
    /// </summary>
    private static bool FoldersCollide(List<List<InputFile>> folders)
    {
        if (folders.Count < 2)
        {
            return false;
        }

        var owner = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < folders.Count; i++)
        {
            foreach (var file in folders[i])
            {
                if (owner.TryGetValue(file.RelativeOutputPath, out int other) && other != i)
                {
                    return true;
                }

                owner[file.RelativeOutputPath] = i;
            }
        }

        return false;
    }

    private static string FolderName(string folder)
    {
        string name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        return name.Length > 0 ? name : "root";
    }

    /// <summary>The output path for an input's relative path: the same path, with a <c>.md</c> extension.</summary>
    public static string OutputNameFor(string relativePath)
    {
        string ext = Path.GetExtension(relativePath);
        return (ext.Length > 0 ? relativePath[..^ext.Length] : relativePath) + ".md";
    }

    /// <summary>
    /// The path of <paramref name="file"/>, which the enumeration of <paramref name="folder"/> gave, below that folder,
    /// with '/' separators: what Path.GetRelativePath gives for such a path, without asking for the working folder.
    /// </summary>
    internal static string BelowFolder(string folder, string file)
    {
        if (!file.StartsWith(folder, StringComparison.Ordinal))
        {
            return Path.GetRelativePath(folder, file).Replace('\\', '/');
        }

        return file.AsSpan(folder.Length).TrimStart([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar]).ToString().Replace('\\', '/');
    }
}
