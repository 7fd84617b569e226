using System.Diagnostics;

namespace CdsMigrate.Tests.Support;

/// <summary>Finds and runs a program the tests need from the machine (Hugo); tests skip when it is missing.</summary>
public static class ExternalTool
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="exe"/> and returns its exit code and everything it printed (stdout, then stderr).</summary>
    public static (int Exit, string Output) Run(string exe, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(exe) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
