using System.Buffers;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Reads a post file: optional YAML front matter between <c>---</c> lines, then the body as
/// WordPress rendered it or as a person wrote it in Markdown (the shape of the CDS site's
/// <c>content/*/blog/posts/*.md</c>); <see cref="SourceDocument.BodySyntax"/> says how the site reads it.
/// </summary>
internal static class PostFileReader
{
    /// <summary>The line of the file the YAML starts on: the one after the opening <c>---</c>.</summary>
    private const int YamlLine = 2;

    /// <summary>Reads one post file from its bytes.</summary>
    /// <param name="bytes">The file content.</param>
    /// <param name="sourcePath">The path shown in diagnostics.</param>
    /// <param name="outputPath">The output path relative to the output folder.</param>
    /// <param name="planningOnly">
    /// The site plan's read (<see cref="SourceOptions.PlanningOnly"/>): the file fails or not exactly as when it is
    /// read to convert, but the body is left empty and the front matter's fixes are not looked for, since the plan reads
    /// only the front matter's values and the path (issue 11: every post file is read twice).
    /// </param>
    public static ReadResult Read(ReadOnlySpan<byte> bytes, string sourcePath, string outputPath, bool planningOnly = false)
    {
        if (TextDecoder.TryDecodeClean(bytes, out char[]? buffer, out int length))
        {
            // Clean UTF-8 (nearly every file): read from a pooled buffer, so that only the pieces kept become strings.
            try
            {
                return ReadText(buffer.AsSpan(0, length), null, sourcePath, outputPath, planningOnly);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(buffer);
            }
        }

        var decoded = TextDecoder.Decode(bytes, sourcePath);
        if (decoded.Error is not null)
        {
            return ReadResult.Fail(decoded.Error);
        }

        var read = ReadText(decoded.Text!, decoded.Text!, sourcePath, outputPath, planningOnly);
        if (decoded.Warnings.Count == 0)
        {
            return read;
        }

        // Repairs made while decoding (invalid bytes, NUL) belong to the document, or to the failure if it failed.
        return read.Failed
            ? read with { Diagnostics = [.. decoded.Warnings, .. read.Diagnostics] }
            : read with { Documents = [.. read.Documents.Select(d => d with { Diagnostics = [.. decoded.Warnings, .. d.Diagnostics] })] };
    }

    /// <summary>Reads one post file from its text (LF line endings).</summary>
    public static ReadResult ReadText(string text, string sourcePath, string outputPath, bool planningOnly = false) =>
        ReadText(text, text, sourcePath, outputPath, planningOnly);

    /// <summary>
    /// Reads <paramref name="text"/> (<paramref name="whole"/> is the same text as a string, when there is one): lines
    /// are looked at as spans and only the front matter, its YAML and the body are made strings (issue 11: the lines
    /// and the copies of a whole file were a large share of a run's bytes).
    /// </summary>
    private static ReadResult ReadText(ReadOnlySpan<char> text, string? whole, string sourcePath, string outputPath, bool planningOnly)
    {
        if (text.IsWhiteSpace())
        {
            return ReadResult.Fail(DiagnosticCodes.EmptyInput.At(new SourceSpan(sourcePath, 0, 0), "the file is empty: there is nothing to convert"));
        }

        var diagnostics = new List<Diagnostic>();
        if (!StartsWithDelimiter(text))
        {
            diagnostics.Add(DiagnosticCodes.NoFrontMatter.At(new SourceSpan(sourcePath, 1, 1), "no front matter: the body is converted without it"));
            string html = whole ?? new string(text);
            return new ReadResult([new SourceDocument { SourcePath = sourcePath, OutputPath = outputPath, KeepsSourceName = true, Html = html, Origin = OriginOf(html), BodySyntax = SyntaxOf(sourcePath), Diagnostics = diagnostics }], []);
        }

        int firstLineEnd = text.IndexOf('\n');
        if (firstLineEnd < 0)
        {
            return ReadResult.Fail(DiagnosticCodes.InvalidFrontMatter.At(new SourceSpan(sourcePath, 1, 1), "the front matter opened with '---' is never closed"));
        }

        // Find the closing delimiter line ("---" or "...").
        int yamlStart = firstLineEnd + 1;
        int pos = yamlStart;
        while (pos <= text.Length)
        {
            int end = text[pos..].IndexOf('\n');
            end = end < 0 ? -1 : pos + end;
            var lineText = (end < 0 ? text[pos..] : text[pos..end]).TrimEnd();
            if (lineText is "---" or "...")
            {
                string yaml = new(text[yamlStart..pos]);
                int bodyStart = end < 0 ? text.Length : end + 1;
                if (planningOnly)
                {
                    return Plan(yaml, sourcePath, outputPath);
                }

                string block = new(text[..bodyStart]);
                return Parse(block, yamlStart, yaml, new string(text[bodyStart..]), SourcePosition.FromOffset(block, bodyStart).Line, sourcePath, outputPath, diagnostics);
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
        }

        return ReadResult.Fail(DiagnosticCodes.InvalidFrontMatter.At(new SourceSpan(sourcePath, 1, 1), "the front matter opened with '---' is never closed"));
    }

    /// <summary>
    /// What the site plan reads of a post file with front matter: fails as <see cref="Parse"/> does, and reads only the
    /// front matter's values. Issue 11: the plan's readings were kept (up to 16 MB) for the conversion read, to save it
    /// parsing the YAML again; once that parse was cheap (SimpleYamlScanner), keeping them cost more than it saved: on
    /// 5,100 post files the collections that moved them along stopped every worker during the plan, and runs were 4%
    /// slower in wall time (0.26% fewer instructions) with a peak RSS about 20 MB higher.
    /// </summary>
    private static ReadResult Plan(string yaml, string sourcePath, string outputPath)
    {
        var parsed = FrontMatterParser.Parse(yaml);
        var values = parsed.Value;
        if (values is null)
        {
            return ReadResult.Fail(DiagnosticCodes.InvalidFrontMatter.At(new SourceSpan(sourcePath, YamlLine, 1), "invalid YAML front matter: " + parsed.Error));
        }

        return new ReadResult([new SourceDocument
        {
            SourcePath = sourcePath, OutputPath = outputPath, KeepsSourceName = true, FrontMatter = values, Html = "", BodySyntax = SyntaxOf(sourcePath),
        }], []);
    }

    /// <summary>What a read made of a front matter's YAML: its values and the fixes of its text.</summary>
    private sealed record FrontMatterReading(string Yaml, FrontMatterMapping Values, FrontMatterFixer.FrontMatterFixes Fixes);

    /// <summary>The values of <paramref name="yaml"/> and the fixes of its text; null when it is not valid YAML (<paramref name="parsed"/> says why).</summary>
    private static FrontMatterReading? ReadFrontMatter(string yaml, out FrontMatterParser.ParsedFrontMatter parsed)
    {
        parsed = FrontMatterParser.Parse(yaml, decodeEntities: true, out var events);
        return parsed.Value is null ? null : new FrontMatterReading(yaml, parsed.Value, FrontMatterFixer.Find(yaml, events, parsed.Value));
    }

    /// <summary>Reads a post file with front matter.</summary>
    private static ReadResult Parse(string block, int yamlStart, string yaml, string body, int bodyLine, string sourcePath, string outputPath, List<Diagnostic> diagnostics)
    {
        var reading = ReadFrontMatter(yaml, out var parsed);
        if (reading is null)
        {
            // The YAML starts on line 2 of the file.
            var where = SourcePosition.InFile(sourcePath, parsed.ErrorLine, Math.Max(parsed.ErrorColumn, 1), YamlLine, 1);
            return ReadResult.Fail(DiagnosticCodes.InvalidFrontMatter.At(where, "invalid YAML front matter: " + parsed.Error));
        }

        // Kept as written, with only the values that need a fix changed (issue 9): the YAML starts on line 2.
        var fixes = reading.Fixes;
        foreach (var edit in fixes.Edits)
        {
            var code = edit.EmptyItem ? DiagnosticCodes.FrontMatterEmptyItemRemoved : DiagnosticCodes.FrontMatterEntityDecoded;
            diagnostics.Add(code.At(SourcePosition.InFile(sourcePath, edit.Line, edit.Column, YamlLine, 1), edit.Reason));
        }

        if (fixes.KeptBecause is not null)
        {
            diagnostics.Add(DiagnosticCodes.FrontMatterNotFixed.At(new SourceSpan(sourcePath, 2, 1),
                $"front matter kept exactly as written ({fixes.KeptBecause}): its HTML entities or empty list items were not fixed"));
        }

        return new ReadResult([new SourceDocument
        {
            SourcePath = sourcePath,
            OutputPath = outputPath,
            KeepsSourceName = true,
            FrontMatter = reading.Values,
            RawFrontMatter = new RawFrontMatter { Text = block, YamlOffset = yamlStart, Edits = fixes.Edits },
            Html = body,
            Origin = OriginOf(body),
            BodySyntax = SyntaxOf(sourcePath),
            HtmlLine = bodyLine,
            // Translation findings point at the key that pairs the post (the YAML starts on line 2).
            ItemLine = KeyLine(yaml, "translationKey") is > 0 and var keyLine ? keyLine + YamlLine - 1 : 0,
            Diagnostics = diagnostics,
        }], []);
    }

    /// <summary>
    /// A body with block comments is saved post content (rendering removes them), which WordPress texturizes
    /// when it shows it; any other body is taken as rendered, as the CDS site's post files are.
    /// </summary>
    public static ContentOrigin OriginOf(string html) =>
        html.Contains("<!-- wp:", StringComparison.Ordinal) ? ContentOrigin.Raw : ContentOrigin.Rendered;

    /// <summary>The 1-based line of <paramref name="yaml"/> on which top-level <paramref name="key"/> is set, or 0.</summary>
    private static int KeyLine(string yaml, string key)
    {
        for (int start = 0; start < yaml.Length;)
        {
            int end = yaml.IndexOf('\n', start);
            var text = yaml.AsSpan(start, (end < 0 ? yaml.Length : end) - start);
            if (text.StartsWith(key, StringComparison.Ordinal) && text[key.Length..].TrimStart(' ').StartsWith(":"))
            {
                return SourcePosition.FromOffset(yaml, start).Line;
            }

            start = end < 0 ? yaml.Length : end + 1;
        }

        return 0;
    }

    /// <summary>
    /// Hugo renders a <c>.html</c> content file as HTML and every other content file (<c>.md</c>, the default) as
    /// CommonMark with raw HTML: the body is read the same way (issue 9).
    /// </summary>
    private static BodySyntax SyntaxOf(string sourcePath) =>
        Path.GetExtension(sourcePath).ToLowerInvariant() is ".html" or ".htm" ? BodySyntax.Html : BodySyntax.Markdown;

    private static bool StartsWithDelimiter(ReadOnlySpan<char> text) =>
        text.StartsWith("---\n", StringComparison.Ordinal) || text is "---" || text.StartsWith("--- \n", StringComparison.Ordinal);
}
