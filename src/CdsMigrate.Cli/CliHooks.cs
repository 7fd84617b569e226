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

    public static CliHooks Default { get; } = new();
}
