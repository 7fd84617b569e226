namespace CdsMigrate.Core.Batch;

/// <summary>
/// Where a run stands, as <see cref="IMigrationProgress"/> sees it after each committed document. The number of
/// documents is not known ahead (a WXR is streamed), so progress is measured in input files, and in bytes of them.
/// </summary>
/// <param name="Documents">Documents committed so far (skipped items included).</param>
/// <param name="Errors">Error diagnostics so far.</param>
/// <param name="Warnings">Warning diagnostics so far.</param>
/// <param name="InputsStarted">Input files opened so far (1-based index of the one being read).</param>
/// <param name="InputCount">Input files in the run.</param>
/// <param name="BytesDone">Bytes of the input files fully read before the current one.</param>
/// <param name="TotalBytes">Bytes of all the input files.</param>
/// <param name="Current">The source of the document just committed.</param>
internal sealed record MigrationProgress(int Documents, int Errors, int Warnings, int InputsStarted, int InputCount, long BytesDone, long TotalBytes, string Current);
