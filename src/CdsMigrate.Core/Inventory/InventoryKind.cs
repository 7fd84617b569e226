namespace CdsMigrate.Core.Inventory;

/// <summary>What an inventory entry counts.</summary>
internal enum InventoryKind
{
    /// <summary>A block: a Gutenberg block comment (<c>wp:quote</c>) or a rendered <c>wp-block-*</c> class.</summary>
    Block,

    /// <summary>An HTML element name.</summary>
    Tag,

    /// <summary>A WordPress shortcode (<c>[gallery]</c>) left in the text.</summary>
    Shortcode,
}
