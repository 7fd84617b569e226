namespace CdsMigrate.Core.Batch;

/// <summary>An output path built from input data would leave the output folder.</summary>
internal sealed class UnsafePathException(string message) : Exception(message);
