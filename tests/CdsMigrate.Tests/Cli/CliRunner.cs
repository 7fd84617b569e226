using CdsMigrate.Cli;

namespace CdsMigrate.Tests.Cli;

/// <summary>Runs the command line in process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun WithStdin(string stdin, params string[] args) => Run(stdin, null, args);

    public static CliRun Of(params string[] args) => WithStdin("", args);

    /// <summary>Runs with replaced rules or environment (a deliberately broken rule, a fake $GITHUB_STEP_SUMMARY).</summary>
    public static CliRun With(CliHooks? hooks, params string[] args) => Run("", hooks, args);

    private static CliRun Run(string stdin, CliHooks? hooks, string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int code = CliApp.Run(args, new StringReader(stdin), stdout, stderr, hooks);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
