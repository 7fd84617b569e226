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
        _converter = new DocumentConverter(options.Conversion, options.Rules);
        _writer = options.OutputDirectory is null ? null : new OutputWriter(options.OutputDirectory);
    }

    public MigrationResult Run(IReadOnlyList<InputFile> inputs)
    {
        var perInput = new IReadOnlyList<DocumentReport>[inputs.Count];
        Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, _options.Parallelism) }, i =>
        {
            perInput[i] = RunOne(inputs[i]);
        });
        return new MigrationResult(perInput.SelectMany(r => r).ToList());
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
        return (new DocumentReport(displayPath, null, status, result.Diagnostics) { BlockCounts = result.BlockCounts }, result.Markdown);
    }

    /// <summary>The report for an input that does not exist.</summary>
    public static DocumentReport MissingInput(string path) =>
        new(path, null, DocumentStatus.Failed, [DiagnosticCodes.UnreadableInput.At(new SourceSpan(path, 0, 0), "no such file or folder")]) { InputFailed = true };

    private IReadOnlyList<DocumentReport> RunOne(InputFile input)
    {
        ReadResult read;
        try
        {
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
            return new DocumentReport(document.SourcePath, null, DocumentStatus.Failed, result.Diagnostics) { BlockCounts = result.BlockCounts };
        }

        if (_writer is null)
        {
            return new DocumentReport(document.SourcePath, document.OutputPath, DocumentStatus.Converted, result.Diagnostics) { BlockCounts = result.BlockCounts };
        }

        try
        {
            _writer.Write(document.OutputPath, result.Markdown!);
            return new DocumentReport(document.SourcePath, document.OutputPath, DocumentStatus.Converted, result.Diagnostics) { BlockCounts = result.BlockCounts };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or UnsafePathException)
        {
            var diagnostics = result.Diagnostics.Append(DiagnosticCodes.OutputNotWritten.At(new SourceSpan(document.SourcePath, 0, 0), $"{document.OutputPath}: {ex.Message}")).ToList();
            return new DocumentReport(document.SourcePath, document.OutputPath, DocumentStatus.NotWritten, diagnostics) { BlockCounts = result.BlockCounts };
        }
    }
}
