using System.CommandLine;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Media;
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
        var media = new Option<string>("--media")
        {
            Description = "The old site's images, files, video and audio: keep their URLs (keep), fetch them over HTTP (download) or copy them from --media-from (copy); references then point at the local files.",
            DefaultValueFactory = _ => "keep",
        };
        media.AcceptOnlyFromAmong("keep", "download", "copy");
        var mediaDir = new Option<string?>("--media-dir")
        {
            Description = "Folder for media files, keeping their path below the uploads folder (2022/10/name.png), with the manifest media.json. Default: beside the page for page bundles (…/index.md), else OUT/media.",
        };
        var mediaUrl = new Option<string?>("--media-url")
        {
            Description = "URL prefix of the media folder on the new site (e.g. /media/ when --media-dir is static/media). Default: a path relative to each document.",
        };
        var siteUrl = new Option<string[]>("--site-url")
        {
            Description = "An origin of the old site whose media to bring home (repeatable; e.g. https://articles.alpha.canada.ca/). WXR exports name theirs; post files and REST JSON need this.",
        };
        var mediaFrom = new Option<string?>("--media-from")
        {
            Description = "A local copy of the old site's uploads folder, for --media copy.",
        };
        var command = new Command("convert", """
            Convert WordPress post files, WXR exports and REST API JSON to Markdown with front matter.

            Examples:
              cdsmigrate convert samples/wxr samples/rest --out out
              cdsmigrate convert export.xml --out content --types post --layout '{lang}/blog/{slug}.md' --front-matter cds
              cdsmigrate convert post.md --out out --flavor hugo --report report.json
              cdsmigrate convert export --out out --report report.sarif --report junit.xml
              cdsmigrate convert export.xml --out content/posts --media download --media-dir static/media --media-url /media/
              cat post.md | cdsmigrate convert - > post.converted.md
              curl -s 'https://example.ca/wp-json/wp/v2/posts?context=edit' | cdsmigrate convert - --out out
            """);
        common.AddTo(command);
        command.Add(output);
        command.Add(force);
        command.Add(dryRun);
        command.Add(maxInput);
        command.Add(media);
        command.Add(mediaDir);
        command.Add(mediaUrl);
        command.Add(siteUrl);
        command.Add(mediaFrom);
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
                Media = MediaOptions(parse.GetValue(media), parse.GetValue(mediaDir), parse.GetValue(mediaUrl), parse.GetValue(siteUrl) ?? [], parse.GetValue(mediaFrom)),
                IgnoredCodes = common.IgnoredCodes(parse),
            };
            options = common.SiteOptions(parse, options);
            hooks.OptionsObserver?.Invoke(options);
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

                    if (OutputFolderCheck.Problem(options.OutputDirectory, [], options.DryRun) is { } outProblem)
                    {
                        stderr.WriteLine(FolderUnusable(options.OutputDirectory, outProblem));
                        return ExitCodes.InputFailed;
                    }

                    var exported = common.RunStreaming(parse, options, [input.SaveExport()], [], reports, stderr, hooks);
                    WriteSummary.Print(exported, options.DryRun, stdout, common.View(parse, reports, stderr, hooks));
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

            if (OutputFolderCheck.Problem(options.OutputDirectory, inputs, options.DryRun, common.Excludes(parse)) is { } problem)
            {
                stderr.WriteLine(FolderUnusable(options.OutputDirectory, problem));
                return ExitCodes.InputFailed;
            }

            var result = common.RunStreaming(parse, options, inputs, reports, stderr, hooks);
            WriteSummary.Print(result, options.DryRun, stdout, common.View(parse, reports, stderr, hooks));
            if (result.Media is { } mediaSummary)
            {
                stderr.WriteLine($"cdsmigrate: {mediaSummary}.");
            }

            return common.Finish(parse, "convert", verb, result, reports, stdout, stderr, hooks, printed: true);
        });
        return command;
    }

    private static Core.Media.MediaOptions MediaOptions(string? mode, string? directory, string? urlPrefix, string[] siteUrls, string? from)
    {
        var parsed = mode switch { "download" => MediaMode.Download, "copy" => MediaMode.Copy, _ => MediaMode.Keep };
        foreach (string url in siteUrls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                throw new UsageException($"--site-url needs an http(s) URL, not '{url}'");
            }
        }

        if (parsed == MediaMode.Copy && from is null)
        {
            throw new UsageException("--media copy needs --media-from <folder> (a local copy of the uploads folder)");
        }

        if (from is not null && parsed != MediaMode.Copy)
        {
            throw new UsageException("--media-from is only read with --media copy");
        }

        if (from is not null && !Directory.Exists(from))
        {
            throw new UsageException($"--media-from: no such folder '{from}'");
        }

        return new Core.Media.MediaOptions { Mode = parsed, Directory = directory, UrlPrefix = urlPrefix, SiteUrls = siteUrls, From = from };
    }

    /// <summary>
    /// The one line said when --out cannot be used: made as a diagnostic of the catalogue's code (so the catalogue
    /// coverage test sees the CLI emit it), printed in the CLI's usage-error form since no run report exists yet.
    /// </summary>
    private static string FolderUnusable(string folder, string problem)
    {
        var diagnostic = DiagnosticCodes.OutputFolderUnusable.At(new SourceSpan(folder, 0, 0), $"--out {folder} {problem}. Nothing was converted.");
        return $"cdsmigrate: error {diagnostic.Code}: {diagnostic.Message}";
    }
}
