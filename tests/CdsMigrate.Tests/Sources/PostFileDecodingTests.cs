using System.Buffers;
using System.Text;
using CdsMigrate.Core.Sources;
using CdsMigrate.Tests.Support;

namespace CdsMigrate.Tests.Sources;

/// <summary>
/// Issue 11: a clean post file is decoded into a pooled buffer and read as spans (<see cref="TextDecoder.TryDecodeClean"/>),
/// anything else as before (<see cref="TextDecoder.Decode"/>, then the text). Both must give the same text, and the
/// byte reader the same documents as the text reader.
/// </summary>
public sealed class PostFileDecodingTests
{
    public static TheoryData<string, byte[]> Inputs() => new()
    {
        { "empty", [] },
        { "lf", Encoding.UTF8.GetBytes("---\ntitle: A\n---\n<p>é</p>\n") },
        { "crlf", Encoding.UTF8.GetBytes("---\r\ntitle: A\r\n---\r\n<p>x</p>\r\n") },
        { "lone cr", Encoding.UTF8.GetBytes("---\rtitle: A\r---\r<p>x</p>\r\r\n\n") },
        { "cr at end", Encoding.UTF8.GetBytes("<p>x</p>\r") },
        { "bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\ntitle: 'A &amp; B'\ntags: [\"\"]\n---\n<p>x</p>\n")] },
        { "utf-16 bom", [0xFF, 0xFE, (byte)'a', 0] },
        { "invalid", [.. Encoding.UTF8.GetBytes("<p>é</p>"), 0xC3, (byte)'x'] },
        { "nul", Encoding.UTF8.GetBytes("<p>a\0b é</p>") },
        { "blank", Encoding.UTF8.GetBytes(" \r\n\t") },
        { "unclosed", Encoding.UTF8.GetBytes("---\ntitle: A\n") },
        { "delimiter only", Encoding.UTF8.GetBytes("---") },
        { "closing at end", Encoding.UTF8.GetBytes("---\ntitle: A\n...  ") },
        { "surrogates", Encoding.UTF8.GetBytes("---\ntitle: 😀\n---\n😀 body\n") },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_pooled_path_decodes_as_Decode_does(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, name);
        if (TextDecoder.TryDecodeClean(bytes, out char[]? buffer, out int length))
        {
            string text = new(buffer, 0, length);
            ArrayPool<char>.Shared.Return(buffer);
            Assert.Null(decoded.Error);
            Assert.Empty(decoded.Warnings);
            Assert.Equal(decoded.Text, text);
        }
        else
        {
            Assert.True(bytes.Length == 0 || decoded.Error is not null || decoded.Warnings.Count > 0 || bytes[0] is 0xFF or 0xFE, name);
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Bytes_and_text_read_the_same(string name, byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes, name);
        if (decoded.Text is null || decoded.Warnings.Count > 0)
        {
            return;
        }

        foreach (bool planning in new[] { false, true })
        {
            var fromBytes = PostFileReader.Read(bytes, name + ".md", "out.md", planning);
            var fromText = PostFileReader.ReadText(decoded.Text, name + ".md", "out.md", planning);
            Assert.Equal(fromText.Failed, fromBytes.Failed);
            Assert.Equal(fromText.Diagnostics.Select(d => d.ToString()), fromBytes.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(fromText.Documents.Count, fromBytes.Documents.Count);
            foreach (var (a, b) in fromText.Documents.Zip(fromBytes.Documents))
            {
                Assert.Equal(a.Html, b.Html);
                Assert.Equal(a.HtmlLine, b.HtmlLine);
                Assert.Equal(a.ItemLine, b.ItemLine);
                Assert.Equal(a.Origin, b.Origin);
                Assert.Equal(a.RawFrontMatter?.Text, b.RawFrontMatter?.Text);
                Assert.Equal(a.RawFrontMatter?.Fixed(), b.RawFrontMatter?.Fixed());
                Assert.Equal(a.FrontMatter, b.FrontMatter, FrontMatterComparer.Instance);
                Assert.Equal(a.Diagnostics.Select(d => d.ToString()), b.Diagnostics.Select(d => d.ToString()));
            }
        }
    }
}
