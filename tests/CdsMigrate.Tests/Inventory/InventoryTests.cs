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
    public void Block_comments_more_markers_and_expanded_shortcodes_are_attributed_to_the_rules_convert_uses()
    {
        using var temp = new TempFolder();
        temp.Write("a.html", """
            <!-- wp:html -->
            <div class="promo"><span>Custom</span> markup</div>
            <!-- /wp:html -->

            <!-- wp:more -->
            <!--more-->
            <!-- /wp:more -->

            <!-- wp:acme/widget -->
            <div class="wp-block-acme-widget"><p>Widget</p></div>
            <!-- /wp:acme/widget -->

            <p>Before [acme_button url="https://example.com"] after.</p>
            """);
        temp.Write("b.html", """
            <p>Classic post.</p>
            <!--more-->
            [caption id="attachment_1" align="alignnone" width="300"]<img src="https://example.com/cat.jpg" alt="A cat" width="300" height="200" /> A cat on a mat[/caption]
            """);

        var entries = Scan(temp).Entries;

        var html = entries.Single(e => e.Kind == InventoryKind.Block && e.Name == "core/html");
        Assert.Equal(new Dictionary<string, int> { ["core/html"] = 1 }, html.Handlers);
        Assert.Contains("part of core/html", entries.Single(e => e.Kind == InventoryKind.Tag && e.Name == "div").Handlers.Keys);
        // The block comment and the marker inside it are one more; the classic marker is another.
        var more = entries.Single(e => e.Kind == InventoryKind.Block && e.Name == "core/more");
        Assert.Equal(2, more.Count);
        Assert.Equal(new Dictionary<string, int> { ["core/more"] = 2 }, more.Handlers);
        var caption = entries.Single(e => e.Kind == InventoryKind.Shortcode && e.Name == "caption");
        Assert.Equal(1, caption.Count);
        Assert.False(caption.Unhandled);
        Assert.DoesNotContain(InventoryScanner.Unhandled, caption.HandledBy, StringComparison.Ordinal);

        // Only what convert really leaves alone is unhandled.
        var unhandled = entries.Where(e => e.Kind != InventoryKind.Tag && e.Unhandled).Select(e => (e.Kind, e.Name)).Order().ToList();
        Assert.Equal([(InventoryKind.Block, "acme/widget"), (InventoryKind.Shortcode, "acme_button")], unhandled);
    }

    [Fact]
    public void Shortcodes_are_found_as_the_converter_finds_them()
    {
        using var temp = new TempFolder();
        temp.Write("a.html", "<p>[youtube https://example.com/v] and [[gallery]] escaped, [/acme_box] closing, [sic] prose, [acme_box /] self-closing.</p>\n");

        var shortcodes = Scan(temp).Entries.Where(e => e.Kind == InventoryKind.Shortcode).Select(e => e.Name).Order(StringComparer.Ordinal).ToList();

        // A Jetpack name counts without attributes; "[[x]]" is WordPress's escape for literal text; a closing tag is not a second shortcode.
        Assert.Equal(["acme_box", "youtube"], shortcodes);
    }

    [Fact]
    public void Inventory_command_reports_custom_html_more_and_caption_as_handled()
    {
        using var temp = new TempFolder();
        temp.Write("a.html", "<!-- wp:html -->\n<div class=\"promo\">Custom</div>\n<!-- /wp:html -->\n<p>Text</p>\n<!--more-->\n[caption id=\"a\" width=\"300\"]<img src=\"https://example.com/c.jpg\" alt=\"C\" /> Cap[/caption]\n<!-- wp:acme/thing -->\n<div class=\"wp-block-acme-thing\">X</div>\n<!-- /wp:acme/thing -->\n<p>[acme_x id=\"1\"]</p>\n");

        var json = CliRun.Of("inventory", temp.Path, "--json");

        Assert.Equal(0, json.ExitCode);
        using var doc = JsonDocument.Parse(json.Stdout);
        var entries = doc.RootElement.GetProperty("entries").EnumerateArray().ToList();
        string HandlersOf(string kind, string name) => string.Join(",", entries
            .Single(e => e.GetProperty("kind").GetString() == kind && e.GetProperty("name").GetString() == name)
            .GetProperty("handlers").EnumerateObject().Select(p => p.Name));
        Assert.Equal("core/html", HandlersOf("block", "core/html"));
        Assert.Equal("core/more", HandlersOf("block", "core/more"));
        Assert.DoesNotContain(InventoryScanner.Unhandled, HandlersOf("shortcode", "caption"), StringComparison.Ordinal);
        Assert.Equal(InventoryScanner.Unhandled, HandlersOf("block", "acme/thing"));
        Assert.StartsWith(InventoryScanner.Unhandled, HandlersOf("shortcode", "acme_x"), StringComparison.Ordinal);
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
