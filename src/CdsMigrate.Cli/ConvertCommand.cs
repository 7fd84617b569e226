using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary><c>cdsmigrate convert</c>: post files and folders to Markdown files in an output folder.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var common = new CommonOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder; each output keeps its path relative to its input folder." };
        var force = new Option<bool>("--force")
        {
            Description = "Replace output files that exist with different content (by default they are kept and reported, CDS3004).",
        };
        var dryRun = new Option<bool>("--dry-run")
        {
            Description = "List what would be created, replaced, left unchanged or kept, and write nothing.",
        };
        var maxInput = new Option<int>("--max-input-mb")
        {
            Description = "Refuse input files larger than this many megabytes (CDS6004); about 60 times that is needed in memory.",
            DefaultValueFactory = _ => (int)(MigrationOptions.DefaultMaxInputBytes / (1024 * 1024)),
        };
        var command = new Command("convert", """
            Convert WordPress post files, WXR exports and REST API JSON to Markdown with front matter.

            Examples:
              cdsmigrate convert samples/wxr samples/rest --out out
              cdsmigrate convert export.xml --out content --types post --layout '{lang}/blog/{slug}.md' --front-matter cds
              cdsmigrate convert post.md --out out --flavor hugo --report report.json
              cat post.md | cdsmigrate convert - > post.converted.md
            """);
        common.AddTo(command);
        command.Add(output);
        command.Add(force);
        command.Add(dryRun);
        command.Add(maxInput);
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(common.Inputs) ?? [];
            var options = new MigrationOptions
            {
                Conversion = common.ConversionOptions(parse),
                Sources = common.SourceOptions(parse),
                OutputDirectory = parse.GetValue(output),
                Force = parse.GetValue(force),
                DryRun = parse.GetValue(dryRun),
                MaxInputBytes = Math.Max(1, parse.GetValue(maxInput)) * 1024L * 1024,
            };
            bool verbose = parse.GetValue(common.Verbose);
            MigrationResult result;
            if (inputs is ["-"])
            {
                var runner = new MigrationRunner(options with { OutputDirectory = null });
                var (report, markdown) = runner.ConvertText(stdin.ReadToEnd(), "<stdin>");
                if (markdown is not null)
                {
                    stdout.Write(markdown);
                }

                result = new MigrationResult([report]);
            }
            else
            {
                if (inputs.Contains("-"))
                {
                    throw new UsageException("'-' (standard input) cannot be mixed with other inputs");
                }

                if (options.OutputDirectory is null)
                {
                    throw new UsageException("convert needs --out <folder> (or '-' to convert standard input to standard output)");
                }

                // A missing input is reported like an unreadable one: the others are still converted.
                var files = InputDiscovery.Expand(inputs, out var missing);
                var missingReports = missing.Select(MigrationRunner.MissingInput).ToList();
                missingReports.ForEach(r => ConsoleReporter.PrintDiagnostics(r, stderr, verbose));

                // Diagnostics are printed as each document is committed; they are kept for the end only when a
                // JSON report needs them, so a huge export runs in flat memory.
                options = options with { KeepDiagnostics = parse.GetValue(common.Report) is not null };
                var converted = new MigrationRunner(options).Run(files, report => ConsoleReporter.PrintDiagnostics(report, stderr, verbose));
                result = new MigrationResult([.. missingReports, .. converted.Documents])
                {
                    Tally = converted.Tally is { } tally ? [.. tally.Select((n, i) => n + missingReports.Sum(r => r.Diagnostics.Count(d => (int)d.Severity == i)))] : null,
                    TemporaryFilesRemoved = converted.TemporaryFilesRemoved,
                };
                WriteSummary.Print(result, options.DryRun, stdout, stderr);
                ConsoleReporter.PrintSummary(result, stderr, options.DryRun ? "would write" : "converted");
                WriteReport(parse.GetValue(common.Report), result, stderr);
                return ConsoleReporter.ExitCode(result, common.FailOnSeverity(parse));
            }

            ConsoleReporter.Print(result, stderr, verbose, options.DryRun ? "would write" : "converted");
            WriteReport(parse.GetValue(common.Report), result, stderr);
            return ConsoleReporter.ExitCode(result, common.FailOnSeverity(parse));
        });
        return command;
    }

    internal static void WriteReport(string? path, MigrationResult result, TextWriter stderr)
    {
        if (path is null)
        {
            return;
        }

        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024);
            JsonReportWriter.Write(result, CliApp.Version, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"cdsmigrate: cannot write the report {path}: {ex.Message}");
        }
    }
}
