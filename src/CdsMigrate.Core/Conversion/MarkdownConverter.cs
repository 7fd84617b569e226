using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// The library's front door: one WordPress body in, Markdown and diagnostics out, with no files, front
/// matter or output paths involved. It uses the same converter as <c>cdsmigrate convert</c> (whose batch
/// machinery, readers and report writers are internal to the tool), so a body converts here exactly as it does
/// there. <see cref="ConversionOptions.Rules"/> takes a rule set with rules of the caller's own
/// (<see cref="Rules.RuleSet.ToBuilder"/>).
/// </summary>
public static class MarkdownConverter
{
    /// <summary>The name diagnostics give the body when the caller names none.</summary>
    public const string DefaultSourceName = "<html>";

    /// <summary>
    /// Converts a post body (WordPress HTML, with or without block comments) to Markdown. Thread-safe.
    /// </summary>
    /// <param name="html">The body, as WordPress stored or rendered it.</param>
    /// <param name="options">Flavour, unknown-block policy and verification; <see cref="ConversionOptions.Default"/> when null.</param>
    /// <param name="sourceName">The name diagnostics point at (a file name, a URL, an ID).</param>
    public static MarkdownConversion Convert(string html, ConversionOptions? options = null, string sourceName = DefaultSourceName)
    {
        ArgumentNullException.ThrowIfNull(html);
        var converter = new DocumentConverter(options ?? ConversionOptions.Default);
        var document = new SourceDocument
        {
            SourcePath = sourceName,
            // Never written: a body converted in memory has no output file.
            OutputPath = "document.md",
            Html = html.ReplaceLineEndings("\n"),
        };
        var result = converter.Convert(document);
        return new MarkdownConversion(result.Markdown, result.Diagnostics);
    }
}
