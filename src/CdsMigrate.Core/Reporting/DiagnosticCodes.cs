namespace CdsMigrate.Core.Reporting;

/// <summary>
/// Every diagnostic code the tool emits. The README's table and the SARIF rules are generated from
/// this list; codes are stable once released: add new ones, never renumber.
/// CDS1xxx conversion, CDS2xxx input, CDS3xxx output, CDS9xxx verification.
/// </summary>
public static class DiagnosticCodes
{
    public static readonly DiagnosticCode RawHtmlKept = new("CDS1001", Severity.Warning,
        "Block kept as raw HTML",
        "No rule gives this block a faithful Markdown form, so it is kept as HTML (--unknown keep). Edit it by hand or add a rule.");

    public static readonly DiagnosticCode BlockDropped = new("CDS1002", Severity.Warning,
        "Block dropped",
        "The block has no Markdown form and --unknown drop left it out. Check that nothing needed was lost.");

    public static readonly DiagnosticCode BlockFailed = new("CDS1003", Severity.Error,
        "Unconvertible block fails the document",
        "--unknown fail stops a document at the first block without a Markdown form. Use --unknown keep to keep it as HTML.");

    public static readonly DiagnosticCode InlineUnwrapped = new("CDS1101", Severity.Info,
        "Inline element unwrapped",
        "An inline element with no Markdown form (span, font…) was removed and its text kept. Formatting it carried (a colour, a style) is lost.");

    public static readonly DiagnosticCode EmptyLinkDropped = new("CDS1102", Severity.Info,
        "Empty link dropped",
        "A link with no text and no image is invisible editor residue; it was left out.");

    public static readonly DiagnosticCode InlineHtmlKept = new("CDS1103", Severity.Info,
        "Inline element kept as HTML",
        "The element (for example an anchor target or an unknown inline tag) is kept as inline HTML around converted text.");

    public static readonly DiagnosticCode NestingTooDeep = new("CDS1104", Severity.Warning,
        "Markup nested too deeply",
        "Beyond the nesting limit the remaining markup is flattened to its text. Check the source for broken or generated HTML.");

    public static readonly DiagnosticCode LayoutLost = new("CDS1105", Severity.Info,
        "Layout or colour not kept",
        "Spacing, columns or a background colour have no Markdown form; the content is kept in reading order. Restyle it in the site if it mattered.");

    public static readonly DiagnosticCode EmptyAlt = new("CDS1106", Severity.Warning,
        "Image without alt text",
        "The image has an empty alt attribute. If it carries information, write alt text (an 'Image description' paragraph nearby is a good source).");

    public static readonly DiagnosticCode TableAsHtml = new("CDS1107", Severity.Info,
        "Table kept as HTML with Markdown cells",
        "The table has no header row, merged cells or blocks in cells (or the flavour has no tables), so it is written as HTML table tags with Markdown inside the cells.");

    public static readonly DiagnosticCode NoFrontMatter = new("CDS2001", Severity.Warning,
        "No front matter",
        "The file has no YAML front matter; the body was converted and the output has none either.");

    public static readonly DiagnosticCode InvalidFrontMatter = new("CDS2002", Severity.Error,
        "Invalid YAML front matter",
        "The front matter is not valid YAML; the file was not converted. Fix the YAML at the line shown.");

    public static readonly DiagnosticCode EmptyInput = new("CDS2003", Severity.Error,
        "Empty input",
        "The file is empty; nothing was written for it.");

    public static readonly DiagnosticCode NotText = new("CDS2004", Severity.Error,
        "Input is not UTF-8 text",
        "The file is binary or not valid UTF-8; nothing was written for it. Re-save it as UTF-8.");

    public static readonly DiagnosticCode MalformedHtml = new("CDS2005", Severity.Warning,
        "Malformed HTML",
        "The HTML has parse errors (unclosed tags, stray end tags); it was repaired the way browsers do. Check the block shown.");

    public static readonly DiagnosticCode UnreadableInput = new("CDS2006", Severity.Error,
        "Input could not be read",
        "The file could not be opened or read; nothing was written for it.");

    public static readonly DiagnosticCode OutputNotWritten = new("CDS3001", Severity.Error,
        "Output could not be written",
        "Writing the output failed (permissions, disk space, an unsafe path); the document is reported as failed.");

    public static readonly DiagnosticCode InternalError = new("CDS3002", Severity.Error,
        "Internal error",
        "The converter failed on this document; nothing was written for it and the other documents were converted. Please report it with the input.");

    public static readonly DiagnosticCode VerificationMismatch = new("CDS9001", Severity.Error,
        "Output differs from the source",
        "Rendered back to HTML, the Markdown does not say what the source said (a word, link, image, heading, list number or non-breaking space differs). Report it: this is a converter bug.");

    // Safety (issue 6): output safety CDS3003+, hostile or broken input CDS6xxx.
    public static readonly DiagnosticCode OutputPathChanged = new("CDS3003", Severity.Warning,
        "Output path made safe",
        "A path built from the input (file name, slug, title) had parts that could leave --out or that file systems refuse ('..', an absolute path, a drive letter, control characters, a reserved device name, an over-long name, a leading dot); it was rewritten. The message shows the path used.");

    public static readonly DiagnosticCode OutputExistsDifferent = new("CDS3004", Severity.Error,
        "Existing file not overwritten",
        "The output file already exists with different content (perhaps edited by hand); it was left as it is. Re-run with --force to replace it, or move it away. An error, because the output folder does not hold this conversion until you decide.");

    public static readonly DiagnosticCode OutputPathRefused = new("CDS3005", Severity.Error,
        "Output path refused",
        "The output path is empty after making it safe, or an existing folder or file on it is a symbolic link leading out of --out. Nothing was written for the document.");

    public static readonly DiagnosticCode OutputPathCollision = new("CDS3006", Severity.Error,
        "Two documents have the same output path",
        "Another document of this run already wrote this output path (for example post.md and post.html in one folder, or two slugs that are equal once made safe); this one was not written, so neither is silently lost.");

    public static readonly DiagnosticCode HtmlTooDeep = new("CDS6001", Severity.Warning,
        "HTML nested too deeply to parse",
        "The HTML nests elements deeper than 512 levels (browsers stop there too); the tags beyond were dropped while parsing and their text kept. Real content never nests this deep: check the source for generated or broken markup.");

    public static readonly DiagnosticCode InvalidUtf8Replaced = new("CDS6002", Severity.Warning,
        "Invalid UTF-8 replaced",
        "A few bytes are not valid UTF-8 (often one character pasted from another encoding); each was replaced with U+FFFD. Fix the character at the position shown. A file with many invalid bytes is refused instead (CDS2004): it is in another encoding.");

    public static readonly DiagnosticCode NulRemoved = new("CDS6003", Severity.Warning,
        "NUL characters removed",
        "The text holds a few NUL (U+0000) characters, which no Markdown or YAML tool accepts; they were removed. A file with many NUL bytes is refused as binary (CDS2004).");

    public static readonly DiagnosticCode InputTooLarge = new("CDS6004", Severity.Error,
        "Input too large",
        "The file is larger than the limit (256 MB by default); it was not read, so one huge file cannot exhaust memory. Split it, or convert it alone.");

    /// <summary>All codes, in code order.</summary>
    public static IReadOnlyList<DiagnosticCode> All { get; } =
    [
        RawHtmlKept, BlockDropped, BlockFailed, InlineUnwrapped, EmptyLinkDropped, InlineHtmlKept, NestingTooDeep, LayoutLost, EmptyAlt, TableAsHtml,
        NoFrontMatter, InvalidFrontMatter, EmptyInput, NotText, MalformedHtml, UnreadableInput,
        OutputNotWritten, InternalError, VerificationMismatch,
        OutputPathChanged, OutputExistsDifferent, OutputPathRefused, OutputPathCollision,
        HtmlTooDeep, InvalidUtf8Replaced, NulRemoved, InputTooLarge,
    ];
}
