namespace CdsMigrate.Cli;

/// <summary>The arguments parse but do not make sense together (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
