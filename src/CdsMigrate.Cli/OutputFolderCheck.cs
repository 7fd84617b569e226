namespace CdsMigrate.Cli;

/// <summary>
/// Checks <c>--out</c> before anything is converted (issue 13: an unwritable folder used to fail 4,080 times after a
/// whole run; a file as <c>--out</c> gave one .NET exception per document; an <c>--out</c> inside an input folder
/// read earlier outputs back in as inputs). Returns one message, or null when the folder can be used. Outside a
/// dry run the folder is created here; a dry run creates nothing and checks the nearest existing parent instead.
/// </summary>
internal static class OutputFolderCheck
{
    public static string? Problem(string output, IReadOnlyList<string> inputs, bool dryRun, IReadOnlyList<Core.Batch.PathGlob>? exclude = null)
    {
        string full;
        try
        {
            full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return $"not a usable path: {ex.Message}";
        }

        if (File.Exists(full))
        {
            return "is a file, not a folder";
        }

        foreach (var input in inputs.Where(Directory.Exists))
        {
            string folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
            // Excluded (--exclude), it is never read: the user keeps out/ beside the content it comes from.
            if (IsInside(full, folder) && !(exclude ?? []).Any(g => g.Matches(full)))
            {
                return $"is inside the input folder {input}: its outputs would be read back as inputs by the next run; choose a folder outside it, or exclude it (--exclude {output})";
            }
        }

        string? existing = full;
        while (existing is not null && !Directory.Exists(existing))
        {
            if (File.Exists(existing))
            {
                return $"cannot be created: {existing} is a file";
            }

            existing = Path.GetDirectoryName(existing);
        }

        if (existing is null)
        {
            return "cannot be created: no parent folder exists";
        }

        if (!dryRun && existing != full)
        {
            try
            {
                Directory.CreateDirectory(full);
                existing = full;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return $"cannot be created: {ex.Message.TrimEnd('.')}";
            }
        }

        return CanWrite(existing) is { } reason ? $"is not writable{(existing == full ? "" : $" (its parent {existing} is not)")}: {reason}" : null;
    }

    private static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return path.Equals(folder, comparison) ||
            path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>Writes and deletes a hidden probe file: permissions alone do not tell (ACLs, read-only mounts, root).</summary>
    private static string? CanWrite(string folder)
    {
        string probe = Path.Combine(folder, $".cdsmigrate-probe-{Environment.ProcessId}-{Guid.NewGuid():N}.tmp");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex.Message.TrimEnd('.');
        }
    }
}
