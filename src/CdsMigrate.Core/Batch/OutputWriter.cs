using System.Text;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Writes output files inside the output folder only, each through a temporary file renamed into place,
/// so that an interrupted run never leaves a half-written file.
/// </summary>
public sealed class OutputWriter(string outputDirectory)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _root = Path.GetFullPath(outputDirectory);

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/>; returns the full path.</summary>
    /// <exception cref="UnsafePathException">The path would leave the output folder.</exception>
    public string Write(string relativePath, string content)
    {
        string target = Resolve(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temp = Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            File.WriteAllText(temp, content, Utf8);
            File.Move(temp, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }

        return target;
    }

    /// <summary>The full path for <paramref name="relativePath"/>, refused when it is not inside the output folder.</summary>
    public string Resolve(string relativePath)
    {
        if (relativePath.Length == 0 || relativePath.Contains('\0') || Path.IsPathRooted(relativePath))
        {
            throw new UnsafePathException($"output path '{relativePath}' is not a relative path");
        }

        string full = Path.GetFullPath(Path.Combine(_root, relativePath));
        string rootWithSeparator = _root.EndsWith(Path.DirectorySeparatorChar) ? _root : _root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            throw new UnsafePathException($"output path '{relativePath}' would leave the output folder");
        }

        return full;
    }
}
