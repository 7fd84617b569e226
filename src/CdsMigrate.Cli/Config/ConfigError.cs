namespace CdsMigrate.Cli.Config;

/// <summary>A config file problem at a place in it: printed as <c>file:line:col: error: message</c>, exit 2.</summary>
internal sealed record ConfigError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: error: {Message}";
}
