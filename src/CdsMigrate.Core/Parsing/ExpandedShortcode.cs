using AngleSharp.Dom;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A shortcode <see cref="ShortcodeExpander"/> replaced by markup: its name as written (<c>caption</c>,
/// <c>wp_caption</c>, <c>embed</c>) and the element made for it. The tags are gone from the text after
/// expansion: this is how the inventory still counts them, against the rule that converts the element.
/// </summary>
internal sealed record ExpandedShortcode(string Name, IElement Element);
