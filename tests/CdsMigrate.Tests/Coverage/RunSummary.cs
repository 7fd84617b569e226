using Xunit.Abstractions;
using Xunit.Sdk;

namespace CdsMigrate.Tests.Coverage;

/// <summary>
/// Says at the end of the run which tests skipped themselves and why, as a warning line of the xunit runner that
/// <c>dotnet test</c> shows at its default verbosity (xunit.runner.json turns diagnostic messages on). It is the
/// fixture of the collection that runs last, so it is disposed of after every test.
/// </summary>
public sealed class RunSummary(IMessageSink sink) : IDisposable
{
    public void Dispose()
    {
        var reasons = Skips.All;
        if (reasons.Count > 0)
        {
            sink.OnMessage(new DiagnosticMessage($"skipped tests, by reason: {string.Join("; ", reasons)}"));
        }
    }
}
