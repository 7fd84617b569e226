namespace CdsMigrate.Core.Batch;

/// <summary>A file to read: where it is, and the path of its output relative to the output folder.</summary>
internal sealed record InputFile(string Path, string DisplayPath, string RelativeOutputPath);
