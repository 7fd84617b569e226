namespace CdsMigrate.Cli.Config;

/// <summary>One setting of a config file: its value(s) as command-line tokens, and where the value is written.</summary>
internal sealed record ConfigValue(IReadOnlyList<string> Items, int Line, int Column);
