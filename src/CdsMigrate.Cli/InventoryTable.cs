using CdsMigrate.Core.Inventory;

namespace CdsMigrate.Cli;

/// <summary>Prints an inventory as aligned text tables, one per kind.</summary>
internal static class InventoryTable
{
    public static void Print(ExportInventory inventory, TextWriter stdout)
    {
        stdout.WriteLine($"{inventory.Documents} document(s) read.");
        foreach (var group in inventory.Entries.GroupBy(e => e.Kind))
        {
            string title = group.Key switch { InventoryKind.Block => "Blocks", InventoryKind.Tag => "HTML tags", _ => "Shortcodes" };
            var rows = group.Select(e => new[] { e.Name, e.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                e.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), e.HandledBy }).ToList();
            string[] header = [title == "HTML tags" ? "tag" : title == "Blocks" ? "block" : "shortcode", "count", "docs", "handled by"];
            int[] widths = Enumerable.Range(0, 4).Select(i => Math.Max(header[i].Length, rows.Max(r => r[i].Length))).ToArray();
            stdout.WriteLine();
            stdout.WriteLine($"{title} ({rows.Count})");
            stdout.WriteLine(Line(header, widths));
            stdout.WriteLine(Line(widths.Select(w => new string('-', w)).ToArray(), widths));
            foreach (var row in rows)
            {
                stdout.WriteLine(Line(row, widths));
            }
        }

        int unhandled = inventory.Entries.Count(e => e.Unhandled);
        stdout.WriteLine();
        stdout.WriteLine(unhandled == 0 ? "Everything found has a rule." : $"{unhandled} entr{(unhandled == 1 ? "y has" : "ies have")} unhandled occurrences: see 'handled by'.");
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i is 1 or 2 ? c.PadLeft(widths[i]) : i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();
}
