namespace CdsMigrate.Core.Batch;

/// <summary>Another document of the same run already claimed this output path.</summary>
internal sealed class OutputCollisionException(string message) : Exception(message);
