using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Conversion;

/// <summary>
/// A document parsed and pre-processed exactly as <see cref="DocumentConverter"/> converts it (shortcodes
/// expanded, block comments annotated), with the context its rules will run in. The converter and the
/// inventory both start from this, so the inventory sees the very DOM the rules see.
/// </summary>
internal sealed record PreparedDocument(HtmlBodyParser.ParsedHtml Parsed, ConversionContext Context, IReadOnlyList<ExpandedShortcode> Expanded);
