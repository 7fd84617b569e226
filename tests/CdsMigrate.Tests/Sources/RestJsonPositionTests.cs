using System.Text;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Sources;

/// <summary>
/// Issue 11 (s6rest): a REST entry's own diagnostics point at its opening brace in the JSON file, not at line 0.
/// </summary>
public sealed class RestJsonPositionTests
{
    // Entry 3 shares line 4 with entry 2, after a two-byte "é" and a three-byte "€": its brace is column 110 in
    // characters (114 in bytes).
    private const string Page = """
        [
          {"id": 1, "date": "2025-07-22T10:16:05", "slug": "one", "type": "post", "title": {"rendered": "One"},
           "content": {"rendered": "<p>One.</p>"}, "featured_media": 7},
          {"id": 2, "slug": "deux", "type": "post", "title": {"rendered": "Été €"}, "content": {"raw": "<p>x</p>"}}, {"id": 3, "slug": "trois", "type": "post", "title": {"rendered": "Trois"}, "content": {"rendered": "<p>y</p>"}},
          42
        ]
        """;

    private static List<SourceEntry> Read(byte[] bytes)
    {
        using var folder = new TempFolder();
        return RestJsonReader.Read(folder.WriteBytes("posts.json", bytes), "posts.json", SourceOptions.Default).ToList();
    }

    private static (string? File, int Line, int Column) At(SourceEntry entry, DiagnosticCode code)
    {
        var found = (entry.Document?.Diagnostics ?? entry.Diagnostics).Single(d => d.Code == code.Code);
        return (found.File, found.Line, found.Column);
    }

    public static TheoryData<string> Encodings => ["LF", "CRLF with a byte order mark"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Entry_diagnostics_point_at_the_entry_opening_brace(string encoding)
    {
        string text = encoding == "LF" ? Page : Page.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] bytes = encoding == "LF" ? Encoding.UTF8.GetBytes(text) : [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)];
        var entries = Read(bytes);

        Assert.Equal(("posts.json#1", 2, 3), At(entries[0], DiagnosticCodes.FeaturedImageUnresolved));
        Assert.Equal(("posts.json#1", 2, 3), At(entries[0], DiagnosticCodes.RenderedContentUsed));
        Assert.Equal(("posts.json#2", 4, 3), At(entries[1], DiagnosticCodes.NoStatusNoDate));
        Assert.Equal(("posts.json#3", 4, 110), At(entries[2], DiagnosticCodes.RenderedContentUsed));
        Assert.Equal(("posts.json", 5, 3), At(entries[3], DiagnosticCodes.JsonWrongShape));
        Assert.Equal((4, 110), (entries[2].Document!.Item!.Line, entries[2].Document!.Item!.Column));
    }

    [Fact]
    public void A_single_entry_file_points_at_its_root_object()
    {
        var entries = Read(Encoding.UTF8.GetBytes("\n\n   {\"id\": 9, \"slug\": \"s\", \"title\": \"T\", \"content\": {\"rendered\": \"<p>z</p>\"}}\n"));
        Assert.Equal(("posts.json#9", 3, 4), At(entries[0], DiagnosticCodes.RenderedContentUsed));
    }

    // A classic-editor body (wpautop rewrites it) behind escapes of every kind, a BMP and a non-BMP \u escape, CRLF
    // escaped: "<iframe" is at column 202 of line 3 in the file, "ok</p>" at 192, the string's first character at 152.
    private const string Escaped = """
        [

          {"id": 7, "slug": "s", "status": "publish", "date": "2025-01-01T00:00:00", "title": {"rendered": "Café"}, "content": {"rendered": "ignored", "raw": "<p>caf\u00e9 \"q\"\n\u2014 \ud83d\ude00 ok</p>\r\n<iframe src=\"x\"></iframe>"}}
        ]
        """;

    [Fact]
    public void Body_positions_map_through_escapes_and_rewrites_into_the_json_string()
    {
        var doc = Read(Encoding.UTF8.GetBytes(Escaped))[0].Document!;
        Assert.Contains("café \"q\"", doc.Html, StringComparison.Ordinal);
        Assert.Contains("— \ud83d\ude00 ok</p>", doc.Html, StringComparison.Ordinal);
        Assert.Equal(new SourceSpan("posts.json#7", 3, 202), SourcePosition.AtOffset(doc, doc.Html.IndexOf("<iframe", StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("posts.json#7", 3, 192), SourcePosition.AtOffset(doc, doc.Html.IndexOf("ok</p>", StringComparison.Ordinal)));
        Assert.Equal(new SourceSpan("posts.json#7", 3, 152), SourcePosition.AtOffset(doc, doc.Html.IndexOf("<p>caf", StringComparison.Ordinal)));
    }
}
