using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Runs a migration: reads each input, converts its documents, writes each output. Documents are
/// independent: one that fails is reported and the others go on. Reports come back in input order
/// whatever the parallelism, so output and reports are deterministic.
/// </summary>
public sealed class MigrationRunner
{
    private readonly MigrationOptions _options;
    private readonly DocumentConverter _converter;
    private readonly OutputWriter? _writer;

    public MigrationRunner(MigrationOptions options)
    {
        _options = options;
        _converter = new DocumentConverter(options.Conversion);
        _writer = options.OutputDirectory is null ? null : new OutputWriter(options.OutputDirectory, options.Force, options.DryRun);
    }

    public MigrationResult Run(IReadOnlyList<InputFile> inputs)
    {
        // A run killed mid-way leaves hidden temporary files (never partial outputs): clear them first.
        int removed = _writer?.RemoveStaleTemporaryFiles() ?? 0;
        var perInput = new IReadOnlyList<DocumentReport>[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism) }, i =>
        {
            perInput[i] = RunOneGuarded(inputs[i]);
        });
        return new MigrationResult(perInput.SelectMany(r => r).ToList()) { TemporaryFilesRemoved = removed };
    }

    /// <summary>Converts one post file given as text (standard input); the result holds the Markdown.</summary>
    public (DocumentReport Report, string? Markdown) ConvertText(string text, string displayPath)
    {
        var read = PostFileReader.ReadText(TextDecoder.NormalizeLineEndings(text), displayPath, "stdin.md");
        if (read.Failed)
        {
            return (new DocumentReport(displayPath, null, DocumentStatus.Failed, read.Diagnostics) { InputFailed = true }, null);
        }

        var result = _converter.Convert(read.Documents[0]);
        var status = result.Failed ? DocumentStatus.Failed : DocumentStatus.Converted;
        return (new DocumentReport(displayPath, null, status, result.Diagnostics), result.Markdown);
    }

    /// <summary>One input; a bug while reading or writing it is reported against it and the others go on.</summary>
    private IReadOnlyList<DocumentReport> RunOneGuarded(InputFile input)
    {
        try
        {
            return RunOne(input);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var error = DiagnosticCodes.InternalError.At(new SourceSpan(input.DisplayPath, 0, 0), $"internal error while processing the file ({ex.GetType().Name}: {ex.Message})");
            return [new DocumentReport(input.DisplayPath, null, DocumentStatus.Failed, [error])];
        }
    }

    /// <summary>The report for an input that does not exist.</summary>
    public static DocumentReport MissingInput(string path) =>
        new(path, null, DocumentStatus.Failed, [DiagnosticCodes.UnreadableInput.At(new SourceSpan(path, 0, 0), "no such file or folder")]) { InputFailed = true };

    private IReadOnlyList<DocumentReport> RunOne(InputFile input)
    {
        ReadResult read;
        try
        {
            long length = new FileInfo(input.Path).Length;
            if (length > _options.MaxInputBytes)
            {
                var tooLarge = DiagnosticCodes.InputTooLarge.At(new SourceSpan(input.DisplayPath, 0, 0),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {length:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit: not read"));
                return [new DocumentReport(input.DisplayPath, null, DocumentStatus.Failed, [tooLarge]) { InputFailed = true }];
            }

            byte[] bytes = File.ReadAllBytes(input.Path);
            read = PostFileReader.Read(bytes, input.DisplayPath, input.RelativeOutputPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            read = ReadResult.Fail(DiagnosticCodes.UnreadableInput.At(new SourceSpan(input.DisplayPath, 0, 0), $"cannot read the file: {ex.Message}"));
        }

        if (read.Failed)
        {
            return [new DocumentReport(input.DisplayPath, null, DocumentStatus.Failed, read.Diagnostics) { InputFailed = true }];
        }

        return read.Documents.Select(Convert).ToList();
    }

    private DocumentReport Convert(SourceDocument document)
    {
        var result = _converter.Convert(document);
        if (result.Failed)
        {
            return new DocumentReport(document.SourcePath, null, DocumentStatus.Failed, result.Diagnostics);
        }

        if (_writer is null)
        {
            return new DocumentReport(document.SourcePath, document.OutputPath, DocumentStatus.Converted, result.Diagnostics);
        }

        var where = new SourceSpan(document.SourcePath, 0, 0);
        try
        {
            var outcome = _writer.Write(document.OutputPath, result.Markdown!);
            var diagnostics = result.Diagnostics.ToList();
            if (outcome.PathChanges.Count > 0)
            {
                diagnostics.Add(DiagnosticCodes.OutputPathChanged.At(where,
                    $"output path '{SafePath.Printable(document.OutputPath)}' written as '{outcome.RelativePath}' ({string.Join("; ", outcome.PathChanges)})"));
            }

            if (outcome.Action == WriteAction.KeptExisting)
            {
                diagnostics.Add(DiagnosticCodes.OutputExistsDifferent.At(where,
                    $"{outcome.RelativePath} exists with different content: not overwritten (use --force to replace it)"));
                return new DocumentReport(document.SourcePath, outcome.RelativePath, DocumentStatus.NotWritten, diagnostics) { Action = outcome.Action };
            }

            return new DocumentReport(document.SourcePath, outcome.RelativePath, DocumentStatus.Converted, diagnostics) { Action = outcome.Action };
        }
        catch (UnsafePathException ex)
        {
            return NotWritten(document, result, DiagnosticCodes.OutputPathRefused.At(where, ex.Message));
        }
        catch (OutputCollisionException ex)
        {
            return NotWritten(document, result, DiagnosticCodes.OutputPathCollision.At(where, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return NotWritten(document, result, DiagnosticCodes.OutputNotWritten.At(where, $"{SafePath.Printable(document.OutputPath)}: {ex.Message}"));
        }
    }

    private static DocumentReport NotWritten(SourceDocument document, ConversionResult result, Diagnostic diagnostic) =>
        new(document.SourcePath, document.OutputPath, DocumentStatus.NotWritten, result.Diagnostics.Append(diagnostic).ToList());
}
