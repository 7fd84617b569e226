namespace CdsMigrate.Cli;

/// <summary>
/// Standard input, opened only when a command reads it (<c>convert -</c>). Touching <see cref="Console.In"/> on a
/// Unix terminal initialises .NET's terminal handling, which writes the terminfo "keypad transmit" string
/// (<c>ESC[?1h ESC=</c>) and never writes the matching reset at exit: issue 13 saw it at the start of every run,
/// leaving the terminal's cursor keys in application mode.
/// </summary>
internal sealed class LazyStandardInput : TextReader
{
    private TextReader In => Console.In;

    public override int Peek() => In.Peek();

    public override int Read() => In.Read();

    public override int Read(char[] buffer, int index, int count) => In.Read(buffer, index, count);

    public override string? ReadLine() => In.ReadLine();

    public override string ReadToEnd() => In.ReadToEnd();
}
