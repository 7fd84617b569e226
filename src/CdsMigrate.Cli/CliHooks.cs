using CdsMigrate.Core.Rules;

namespace CdsMigrate.Cli;

/// <summary>What an embedder or a test may replace: the block rules and the environment variables read.</summary>
public sealed record CliHooks
{
    /// <summary>The block rules; null for the default set.</summary>
    public RuleSet? Rules { get; init; }

    /// <summary>
    /// Rewrites the Markdown pieces of Markdown and mixed bodies (tests only: breaks Markdown on purpose, to prove the
    /// verifier catches it; issue 9). Null keeps them byte for byte.
    /// </summary>
    internal Func<string, string>? MarkdownPieceRewriter { get; init; }

    /// <summary>Reads an environment variable (GITHUB_STEP_SUMMARY).</summary>
    public Func<string, string?> Environment { get; init; } = System.Environment.GetEnvironmentVariable;

    /// <summary>Fires on Ctrl-C (SIGINT): the run stops reading, finishes the documents in flight, writes its reports marked interrupted and exits 130.</summary>
    public CancellationToken Interrupt { get; init; }

    /// <summary>True when standard error is a terminal (live progress, colour); Program.cs sets it, tests keep false.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>The folder searched for cdsmigrate.yml (and where init writes it); null for the current folder. Tests set it.</summary>
    public string? ConfigFolder { get; init; }

    /// <summary>Sees the options a convert or check run is about to use (tests: a config file gives what the command line gives).</summary>
    internal Action<Core.Batch.MigrationOptions>? OptionsObserver { get; init; }

    public static CliHooks Default { get; } = new();
}
