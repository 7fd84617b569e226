using System.Diagnostics;

namespace CdsMigrate.Tests.Cli;

/// <summary>Runs the built tool (cdsmigrate.dll, copied next to the tests) as a separate process: signals and terminals need one.</summary>
internal static class ChildProcess
{
    public static string ToolDll => Path.Combine(AppContext.BaseDirectory, "cdsmigrate.dll");

    /// <summary>The dotnet host running the tests (dotnet test sets DOTNET_HOST_PATH), else dotnet on the PATH.</summary>
    public static string DotnetHost => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>
    /// Starts the tool with SIGINT at its default disposition: a test host may run with SIGINT ignored, which its
    /// children inherit and the .NET runtime then respects, so a Ctrl-C test would send a signal no one hears.
    /// python3 resets it and execs the tool (same process id).
    /// </summary>
    public static ProcessStartInfo WithDefaultSigint(string workingDirectory, params string[] args)
    {
        var start = StartInfo(workingDirectory, args);
        start.ArgumentList.Insert(0, start.FileName);
        start.ArgumentList.Insert(0, "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");
        start.ArgumentList.Insert(0, "-c");
        start.FileName = "python3";
        return start;
    }

    public static bool HasPython => Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, "python3"))) == true;

    public static ProcessStartInfo StartInfo(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(ToolDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment.Remove("NO_COLOR");
        return start;
    }
}
