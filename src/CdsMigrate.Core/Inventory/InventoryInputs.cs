using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Inventory;

/// <summary>
/// Reads the documents of one input for the inventory. Post files for now; when MigrationRunner reads
/// more kinds of input (WXR, REST JSON), this is the one place to route them through the same readers.
/// </summary>
internal static class InventoryInputs
{
    public static ReadResult Read(InputFile input)
    {
        try
        {
            return PostFileReader.Read(File.ReadAllBytes(input.Path), input.DisplayPath, input.RelativeOutputPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(Reporting.DiagnosticCodes.UnreadableInput.At(new Reporting.SourceSpan(input.DisplayPath, 0, 0), $"cannot read the file: {ex.Message}"));
        }
    }
}
