using System.Text.Json;
using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// Reads the block delimiter grammar of WordPress's block serialization parser
/// (packages/block-serialization-default-parser) from the data of one HTML comment. A comment that
/// does not start with <c>wp:</c> or <c>/wp:</c> is not a delimiter. A name without a namespace is
/// <c>core/</c>. Attributes are parsed with System.Text.Json; bad or huge ones are reported, not thrown.
/// </summary>
internal static partial class BlockCommentParser
{
    /// <summary>
    /// Attributes longer than this are not kept: such values are inlined images or serialized data,
    /// and carrying them through every element would only cost memory (Bad input: 100,000 characters).
    /// </summary>
    public const int MaxAttributesLength = 16_384;

    [GeneratedRegex(@"^(?:[a-z][a-z0-9_-]*/)?[a-z][a-z0-9_-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    /// <summary>Parses <paramref name="data"/> (the text between <c>&lt;!--</c> and <c>--&gt;</c>).</summary>
    /// <returns>The delimiter, or null when the comment is not one (or its name is not a block name).</returns>
    public static BlockComment? Parse(string data)
    {
        var text = data.AsSpan().Trim();
        BlockCommentKind kind;
        if (text.StartsWith("/wp:", StringComparison.Ordinal))
        {
            kind = BlockCommentKind.Closer;
            text = text[4..];
        }
        else if (text.StartsWith("wp:", StringComparison.Ordinal))
        {
            kind = BlockCommentKind.Opener;
            text = text[3..];
        }
        else
        {
            return null;
        }

        int end = text.IndexOfAny(" \t\r\n{");
        string name = (end < 0 ? text : text[..end]).ToString();
        var rest = end < 0 ? [] : text[end..].Trim();
        if (name.EndsWith('/') && rest.Length == 0 && kind == BlockCommentKind.Opener)
        {
            // "wp:spacer/": a void block written without the space the grammar asks for.
            name = name[..^1];
            rest = "/";
        }

        if (!NamePattern().IsMatch(name))
        {
            return null;
        }

        if (!name.Contains('/'))
        {
            name = "core/" + name;
        }

        if (kind == BlockCommentKind.Closer)
        {
            return new BlockComment(kind, name, null, rest.Length > 0 ? "text after a closing delimiter ignored" : null);
        }

        if (rest.EndsWith("/"))
        {
            kind = BlockCommentKind.Void;
            rest = rest[..^1].TrimEnd();
        }

        if (rest.Length == 0)
        {
            return new BlockComment(kind, name, null, null);
        }

        if (rest.Length > MaxAttributesLength)
        {
            return new BlockComment(kind, name, null, $"attributes of {rest.Length:N0} characters not kept (limit {MaxAttributesLength:N0})");
        }

        string json = rest.ToString();
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new BlockComment(kind, name, json, null)
                : new BlockComment(kind, name, null, "attributes are not a JSON object: ignored");
        }
        catch (JsonException ex)
        {
            return new BlockComment(kind, name, null, $"attributes are not valid JSON ({JsonErrorMessage.Reason(ex.Message)}): ignored");
        }
    }

    /// <summary>Reads one string attribute from attributes JSON (kept on an element), or null.</summary>
    public static string? StringAttribute(string? attributesJson, string attribute) =>
        Attribute(attributesJson, attribute, JsonValueKind.String);

    /// <summary>Reads one number attribute (as written) from attributes JSON, or null.</summary>
    public static string? NumberAttribute(string? attributesJson, string attribute) =>
        Attribute(attributesJson, attribute, JsonValueKind.Number);

    /// <summary>The attribute's value (a string's text, otherwise as written) when it is of <paramref name="kind"/>, or null.</summary>
    private static string? Attribute(string? attributesJson, string attribute, JsonValueKind kind)
    {
        if (attributesJson is null)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(attributesJson);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(attribute, out var value)
                && value.ValueKind == kind
                ? (kind == JsonValueKind.String ? value.GetString() : value.GetRawText())
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
