using CdsMigrate.Cli;

namespace CdsMigrate.Tests.Support;

/// <summary>Runs the command line in process and captures what it printed.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args) => With(null, args);

    public static CliRun With(CliHooks? hooks, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, new StringReader(""), stdout, stderr, hooks);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}
