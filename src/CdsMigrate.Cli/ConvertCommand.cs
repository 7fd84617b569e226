using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Cli;

/// <summary><c>cdsmigrate convert</c>: post files and folders to Markdown files in an output folder.</summary>
internal static class ConvertCommand
{
    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr, CliHooks? hooks = null)
    {
        hooks ??= CliHooks.Default;
        var common = new CommonOptions();
        var output = new Option<string?>("--out", "-o") { Description = "Output folder; each output keeps its path relative to its input folder. Needed for a WXR or REST JSON export on standard input; not allowed for a post file there (it goes to standard output)." };
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
            Description = "Refuse post files larger than this many megabytes (CDS6004); about 60 times that is needed in memory. WXR and REST JSON exports are not limited.",
            DefaultValueFactory = _ => (int)(MigrationOptions.DefaultMaxInputBytes / (1024 * 1024)),
        };
        var command = new Command("convert", """
            Convert WordPress post files, WXR exports and REST API JSON to Markdown with front matter.

            Examples:
              cdsmigrate convert samples/wxr samples/rest --out out
              cdsmigrate convert export.xml --out content --types post --layout '{lang}/blog/{slug}.md' --front-matter cds
              cdsmigrate convert post.md --out out --flavor hugo --report report.json
              cdsmigrate convert export --out out --report report.sarif --report junit.xml
              cat post.md | cdsmigrate convert - > post.converted.md
              curl -s 'https://example.ca/wp-json/wp/v2/posts?context=edit' | cdsmigrate convert - --out out
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
                Conversion = common.ConversionOptions(parse) with { MarkdownPieceRewriter = hooks.MarkdownPieceRewriter },
                Sources = common.SourceOptions(parse),
                OutputDirectory = parse.GetValue(output),
                Force = parse.GetValue(force),
                DryRun = parse.GetValue(dryRun),
                MaxInputBytes = Math.Max(1, parse.GetValue(maxInput)) * 1024L * 1024,
                Rules = hooks.Rules,
            };
            options = common.SiteOptions(parse, options);
            var reports = common.ReportTargets(parse);
            string verb = options.DryRun ? "would write" : "converted";
            if (inputs is ["-"])
            {
                // Told by content like a file (issue 9): a post goes to standard output, an export to --out.
                using var input = StandardInput.Read(stdin);
                if (input.IsExport)
                {
                    if (options.OutputDirectory is null)
                    {
                        throw new UsageException($"standard input is {input.KindName}, which can hold many documents: give --out <folder> to write them (only a single post file can go to standard output)");
                    }

                    var exported = common.RunStreaming(parse, options, [input.SaveExport()], [], reports, stderr);
                    WriteSummary.Print(exported, options.DryRun, stdout, stderr);
                    return common.Finish(parse, "convert", verb, exported, reports, stdout, stderr, hooks, printed: true);
                }

                if (options.OutputDirectory is not null)
                {
                    throw new UsageException("standard input is a post file, which has no file name to keep: its Markdown goes to standard output, so drop --out (or convert the file itself)");
                }

                if (reports.Any(r => r.Path is null))
                {
                    throw new UsageException("a report cannot go to standard output while the Markdown does: give --report a file");
                }

                var runner = new MigrationRunner(options);
                var (report, markdown) = runner.ConvertText(input.Text, StandardInput.DisplayPath);
                if (markdown is not null)
                {
                    stdout.Write(markdown);
                }

                return common.Finish(parse, "convert", verb, new MigrationResult([report]), reports, stdout, stderr, hooks);
            }

            if (inputs.Contains("-"))
            {
                throw new UsageException("'-' (standard input) cannot be mixed with other inputs");
            }

            if (options.OutputDirectory is null)
            {
                throw new UsageException("convert needs --out <folder> (or '-' to convert standard input to standard output)");
            }

            var result = common.RunStreaming(parse, options, inputs, reports, stderr);
            WriteSummary.Print(result, options.DryRun, stdout, stderr);
            return common.Finish(parse, "convert", verb, result, reports, stdout, stderr, hooks, printed: true);
        });
        return command;
    }
}
