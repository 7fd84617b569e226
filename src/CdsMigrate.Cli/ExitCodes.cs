namespace CdsMigrate.Cli;

/// <summary>Process exit codes; documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything converted, no diagnostic at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>A diagnostic at or above --fail-on, or a document failed or was not written.</summary>
    public const int DiagnosticsFailed = 1;

    /// <summary>The command line was wrong.</summary>
    public const int Usage = 2;

    /// <summary>An input could not be read or parsed (the others were still converted), or --out cannot be used (nothing converted).</summary>
    public const int InputFailed = 3;

    /// <summary>Interrupted (Ctrl-C, SIGINT): 128 + 2, as shells report a process a SIGINT stopped.</summary>
    public const int Interrupted = 130;
}
