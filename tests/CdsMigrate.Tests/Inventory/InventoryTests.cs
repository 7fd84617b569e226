using System.Text.Json;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Inventory;
using CdsMigrate.Tests.Cli;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Inventory;

/// <summary>The inventory counts blocks, tags and shortcodes, and says truthfully which rule handles each.</summary>
public sealed class InventoryTests
{
    private static ExportInventory Scan(TempFolder temp) => InventoryScanner.Scan(InputDiscovery.Expand([temp.Path], out _));

    [Fact]
    public void Counts_blocks_tags_and_shortcodes_with_their_documents_and_handlers()
    {
        using var temp = new TempFolder();
        temp.Write("a.md", "---\ntitle: A\n---\n<h2>Title</h2>\n<ul><li>One</li><li>Two</li></ul>\n<p>See [gallery ids=\"1,2\"] here.</p>\n");
        temp.Write("b.html", "<!-- wp:quote -->\n<blockquote class=\"wp-block-quote\"><p>Q</p></blockquote>\n<!-- /wp:quote -->\n<marquee>Old</marquee>\n<p>[for example] is not a shortcode</p>\n");

        var inventory = Scan(temp);

        Assert.Equal(2, inventory.Documents);
        var li = inventory.Entries.Single(e => e.Kind == InventoryKind.Tag && e.Name == "li");
        Assert.Equal(2, li.Count);
        Assert.Equal("part of core/list", li.HandledBy);
        var quote = inventory.Entries.Single(e => e.Kind == InventoryKind.Block && e.Name == "core/quote");
        Assert.Equal(1, quote.Count); // the comment and the class are one block
        Assert.Equal("core/quote", quote.HandledBy);
        Assert.EndsWith("b.html", Assert.Single(quote.Documents));
        var marquee = inventory.Entries.Single(e => e.Name == "marquee");
        Assert.Equal("inline", marquee.HandledBy);
        var shortcode = Assert.Single(inventory.Entries, e => e.Kind == InventoryKind.Shortcode);
        Assert.Equal("gallery", shortcode.Name);
        Assert.True(shortcode.Unhandled);
    }

    [Fact]
    public void An_unknown_block_is_unhandled()
    {
        using var temp = new TempFolder();
        temp.Write("a.html", "<p>Text</p><form action=\"/subscribe\"><button>Go</button></form>");
        var form = Scan(temp).Entries.Single(e => e.Name == "form");
        Assert.True(form.Unhandled);
        Assert.Equal(InventoryScanner.Unhandled, form.HandledBy);
    }

    [Fact]
    public void A_WXR_export_is_counted_document_by_document()
    {
        var inventory = InventoryScanner.Scan(InputDiscovery.Expand([Path.Combine(RepoPaths.Samples, "wxr")], out _));
        Assert.True(inventory.Documents > 1);
        var paragraphs = inventory.Entries.Single(e => e.Kind == InventoryKind.Tag && e.Name == "p");
        Assert.True(paragraphs.Documents.Count > 1, string.Join(", ", paragraphs.Documents));
        Assert.All(paragraphs.Documents, d => Assert.Matches(@"sample-site\.xml:\d+$", d));
    }

    [Fact]
    public void Inventory_command_prints_a_table_or_json()
    {
        using var temp = new TempFolder();
        temp.Write("a.md", "---\ntitle: A\n---\n<h2>Title</h2>\n<p>Text</p>\n");
        var table = CliRun.Of("inventory", temp.Path);
        Assert.Equal(0, table.ExitCode);
        Assert.Matches(@"h2\s+1\s+1\s+core/heading", table.Stdout);

        var json = CliRun.Of("inventory", temp.Path, "--json");
        using var doc = JsonDocument.Parse(json.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("documents").GetInt32());
        var h2 = doc.RootElement.GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "h2");
        Assert.Equal(1, h2.GetProperty("handlers").GetProperty("core/heading").GetInt32());
    }
}
