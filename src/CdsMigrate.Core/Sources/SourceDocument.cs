using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// One document read from any source (post file, WXR item, REST JSON entry), ready to convert:
/// its front matter, its HTML body and where that body starts in the source file.
/// </summary>
public sealed record SourceDocument
{
    /// <summary>The source file as the user named it; diagnostics point here.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The output path relative to the output folder, with forward slashes and a <c>.md</c> extension.</summary>
    public required string OutputPath { get; init; }

    /// <summary>The front matter, or null when the source had none.</summary>
    public FrontMatterMapping? FrontMatter { get; init; }

    /// <summary>The body: WordPress HTML, rendered or with block comments.</summary>
    public required string Html { get; init; }

    /// <summary>Whether <see cref="Html"/> is saved content, which WordPress texturizes when it shows it, or already rendered.</summary>
    public ContentOrigin Origin { get; init; } = ContentOrigin.Rendered;

    /// <summary>The 1-based line of the source file on which <see cref="Html"/> begins.</summary>
    public int HtmlLine { get; init; } = 1;

    /// <summary>The 1-based column of the source line on which <see cref="Html"/> begins.</summary>
    public int HtmlColumn { get; init; } = 1;

    /// <summary>What the reader found while reading (missing front matter, replaced bytes…).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
