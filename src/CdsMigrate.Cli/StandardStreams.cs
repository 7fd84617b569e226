using System.Text;
using Microsoft.Win32.SafeHandles;

namespace CdsMigrate.Cli;

/// <summary>
/// Standard output and error as plain UTF-8 writers over file descriptors 1 and 2 on Unix. Writing through
/// <see cref="Console.Out"/> initialises .NET's terminal handling when standard input is a terminal, which writes the
/// terminfo "keypad transmit" string (<c>ESC[?1h ESC=</c>) and never the matching reset at exit: issue 13 saw it at
/// the start of every run, leaving the terminal's cursor keys in application mode. The tool never reads keys, so it
/// needs none of that. On Windows the console streams are used as they are.
/// </summary>
internal static class StandardStreams
{
    public static TextWriter Output { get; } = Open(1, () => Console.Out, autoFlush: false);

    public static TextWriter Error { get; } = Open(2, () => Console.Error, autoFlush: true);

    private static TextWriter Open(int descriptor, Func<TextWriter> console, bool autoFlush)
    {
        if (OperatingSystem.IsWindows())
        {
            return console();
        }

        var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 1);
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024) { AutoFlush = autoFlush, NewLine = "\n" };
    }
}
