using System.Runtime.InteropServices;
using CdsMigrate.Cli;

// Ctrl-C (issue 13): the first SIGINT asks the run to stop cleanly (documents in flight finish, reports are written
// marked interrupted, exit 130); a second one ends the process at once, which is still safe (outputs are renamed
// into place whole).
using var interrupt = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    if (!interrupt.IsCancellationRequested)
    {
        context.Cancel = true;
        interrupt.Cancel();
    }
});

int code = CliApp.Run(args, new LazyStandardInput(), StandardStreams.Output, StandardStreams.Error,
    CliHooks.Default with { Interrupt = interrupt.Token, ErrorIsTerminal = !Console.IsErrorRedirected });
StandardStreams.Output.Flush();
StandardStreams.Error.Flush();
return code;
