namespace CdsMigrate.Core.Inventory;

/// <summary>A census of an export: every block, tag and shortcode found, and the documents read.</summary>
internal sealed record ExportInventory(int Documents, IReadOnlyList<string> FailedInputs, IReadOnlyList<InventoryEntry> Entries);
