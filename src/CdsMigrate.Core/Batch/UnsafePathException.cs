namespace CdsMigrate.Core.Batch;

/// <summary>An output path built from input data would leave the output folder.</summary>
public sealed class UnsafePathException(string message) : Exception(message);
