namespace CdsMigrate.Tests.Support;

/// <summary>
/// Runs code that writes to <see cref="Console"/> and returns what it wrote. Console is process-wide, so
/// tests that capture it share one xunit collection and never run at the same time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCapture
{
    public const string Name = "console";

    public static (string Stdout, string Stderr) Run(Action action)
    {
        var (oldOut, oldError) = (Console.Out, Console.Error);
        using var stdout = new StringWriter { NewLine = "\n" };
        using var stderr = new StringWriter { NewLine = "\n" };
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            action();
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldError);
        }

        return (stdout.ToString(), stderr.ToString());
    }
}
