using System.Globalization;
using System.Net;
using System.Text.Json;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Reads a saved REST API response (<c>/wp/v2/posts</c> or <c>/wp/v2/pages</c>, ideally with <c>_embed</c> and
/// <c>context=edit</c>): an array of entries, or one entry. Featured media, terms and author come from
/// <c>_embedded</c>; <c>content.raw</c> (block comments) is preferred over <c>content.rendered</c>. GC Articles
/// extras: <c>lang</c>, <c>id_en</c>/<c>id_fr</c>, <c>slug_en</c>/<c>slug_fr</c> pair translations through a
/// shared translationKey (the English slug), and <c>meta.gc_author_name</c> is the author.
/// A REST page holds at most 100 entries, so the file is parsed whole; entries are yielded one by one.
/// Diagnostics name <c>file.json#id</c> and point into the file: at the entry's <c>{</c>, or into its content string (issue 11).
/// </summary>
internal static class RestJsonReader
{
    /// <summary>How a REST file is parsed, for reading and for collecting slugs alike (saved responses may be hand-edited).</summary>
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <param name="otherSlugs">
    /// Slugs by id of the entries of the run's other JSON files (a folder of REST pages): a French entry whose
    /// English twin sits on another page still pairs with it. Null when there is only this file.
    /// </param>
    public static IEnumerable<SourceEntry> Read(string path, string displayPath, SourceOptions options, IReadOnlyDictionary<long, string>? otherSlugs = null)
    {
        JsonDocument json;
        ReadOnlyMemory<byte> bytes;
        try
        {
            // The bytes are kept (the document reads from them, as it would from its own copy of a stream) so that each
            // entry's opening brace can be placed in the file (issue 11, s6rest).
            bytes = File.ReadAllBytes(path);
            if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            json = JsonDocument.Parse(bytes, ParseOptions);
        }
        catch (JsonException ex)
        {
            var where = new SourceSpan(displayPath, (int)(ex.LineNumber ?? 0) + 1, (int)(ex.BytePositionInLine ?? 0) + 1);
            return [SourceEntry.Fail(displayPath, DiagnosticCodes.JsonNotWellFormed.At(where, $"not valid JSON: {JsonErrorMessage.Reason(ex.Message)}; nothing from this file was converted"))];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceEntry.Fail(displayPath, DiagnosticCodes.UnreadableInput.At(new SourceSpan(displayPath, 0, 0), $"cannot read the file: {ex.Message}"))];
        }

        return ReadEntries(json, Places(bytes.Span), displayPath, options, otherSlugs);
    }

    /// <summary>Where an entry starts in its file, and where its body strings start (their opening quote); null when absent.</summary>
    private sealed record EntryPlaces((int Line, int Column) Start)
    {
        public (int Line, int Column)? Raw { get; set; }

        public (int Line, int Column)? Rendered { get; set; }

        /// <summary>A <c>content</c> that is a string itself.</summary>
        public (int Line, int Column)? Text { get; set; }
    }

    /// <summary>
    /// Where each entry (each element of a root array, or the root itself) and its content strings start in the file.
    /// <see cref="JsonElement"/> keeps no offsets, so a reader pass over the same (already valid) bytes finds them
    /// (issue 11, s6rest): entry-level diagnostics point at the entry's <c>{</c>, body diagnostics into the string.
    /// </summary>
    private static List<EntryPlaces> Places(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            MaxDepth = ParseOptions.MaxDepth,
            CommentHandling = ParseOptions.CommentHandling,
            AllowTrailingCommas = ParseOptions.AllowTrailingCommas,
        });

        // (entry, slot, byte offset), in reader order: ascending offsets, converted to positions in one pass.
        var found = new List<(int Entry, int Slot, int Offset)>();
        int entries = 0;
        if (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                FindPlaces(ref reader, entries++, found);
            }
            else
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    FindPlaces(ref reader, entries++, found);
                }
            }
        }

        var positions = SourcePosition.FromUtf8Offsets(utf8, found.ConvertAll(f => f.Offset));
        var places = new List<EntryPlaces>(entries);
        for (int k = 0; k < found.Count; k++)
        {
            var (entry, slot, _) = found[k];
            if (slot == 0)
            {
                places.Add(new EntryPlaces(positions[k]));
            }
            else if (slot == 1)
            {
                places[entry].Raw = positions[k];
            }
            else if (slot == 2)
            {
                places[entry].Rendered = positions[k];
            }
            else
            {
                places[entry].Text = positions[k];
            }
        }

        return places;
    }

    /// <summary>Records the entry's first token (slot 0) and its content strings (1 raw, 2 rendered, 3 a string content), and moves past the entry.</summary>
    private static void FindPlaces(ref Utf8JsonReader reader, int entry, List<(int, int, int)> found)
    {
        found.Add((entry, 0, (int)reader.TokenStartIndex));
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isContent = reader.ValueTextEquals("content"u8);
            reader.Read();
            if (isContent && reader.TokenType == JsonTokenType.String)
            {
                found.Add((entry, 3, (int)reader.TokenStartIndex));
            }
            else if (isContent && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    int slot = reader.ValueTextEquals("raw"u8) ? 1 : reader.ValueTextEquals("rendered"u8) ? 2 : 0;
                    reader.Read();
                    if (slot > 0 && reader.TokenType == JsonTokenType.String)
                    {
                        found.Add((entry, slot, (int)reader.TokenStartIndex));
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }
    }

    /// <summary>
    /// The body as written in the file (the JSON string's text between its quotes, escapes and all) rewritten into
    /// <paramref name="decoded"/>, so a position in the body maps back to the file: an escape's decoded character
    /// points at its backslash. A JSON string is one line, so the file position is the string's line and its column
    /// plus the offset in that text. Should the text not decode to <paramref name="decoded"/>, every position points
    /// at the string's start rather than somewhere wrong.
    /// </summary>
    private static RewrittenText BodyAsWritten(JsonElement value, string decoded)
    {
        string raw = value.GetRawText();
        var body = new RewrittenText(raw.Length >= 2 ? raw[1..^1] : "");
        body.Rewrite((text, step) =>
        {
            int at = 0;
            for (int i = text.IndexOf('\\'); i >= 0 && i + 1 < text.Length; i = text.IndexOf('\\', at))
            {
                step.Copy(text, at, i - at);
                char kind = text[i + 1];
                bool unicode = kind == 'u' && i + 6 <= text.Length;
                step.Insert(kind switch
                {
                    'u' when unicode => ((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture)).ToString(),
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    'b' => "\b",
                    'f' => "\f",
                    _ => kind.ToString(),
                }, i);
                at = i + (unicode ? 6 : 2);
            }

            step.Copy(text, at, text.Length - at);
        });

        if (!string.Equals(body.Text, decoded, StringComparison.Ordinal))
        {
            body = new RewrittenText("");
            body.Rewrite((_, step) => step.Insert(decoded, 0));
        }

        return body;
    }

    /// <summary>The slugs by id of every entry of the JSON files at <paramref name="paths"/>; files that do not parse are ignored here (they are reported when read).</summary>
    public static Dictionary<long, string> SlugsById(IEnumerable<string> paths)
    {
        var slugs = new Dictionary<long, string>();
        foreach (var path in paths)
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                using var json = JsonDocument.Parse(stream, ParseOptions);
                var entries = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];
                foreach (var entry in entries.Where(e => e.ValueKind == JsonValueKind.Object))
                {
                    if (Long(entry, "id") is { } id && Str(entry, "slug") is { Length: > 0 } slug)
                    {
                        slugs.TryAdd(id, Slugs.Decode(slug));
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
            {
            }
        }

        return slugs;
    }

    private static IEnumerable<SourceEntry> ReadEntries(JsonDocument json, List<EntryPlaces> places, string displayPath, SourceOptions options, IReadOnlyDictionary<long, string>? otherSlugs)
    {
        using (json)
        {
            var root = json.RootElement;
            List<JsonElement> entries;
            if (root.ValueKind == JsonValueKind.Array)
            {
                entries = root.EnumerateArray().ToList();
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _) && root.TryGetProperty("content", out _))
            {
                entries = [root];
            }
            else
            {
                string what = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out var code) ? $" (an error response: {code})" : "";
                yield return SourceEntry.Fail(displayPath, DiagnosticCodes.NotAnExport.At(new SourceSpan(displayPath, 1, 1),
                    $"the JSON is not a REST API array of posts or pages{what}"));
                yield break;
            }

            // The slugs of this file's entries by id: a French entry without slug_en finds its English twin here.
            var slugsById = otherSlugs is null ? new Dictionary<long, string>() : new Dictionary<long, string>(otherSlugs);
            foreach (var entry in entries)
            {
                if (entry.ValueKind == JsonValueKind.Object && Long(entry, "id") is { } id && Str(entry, "slug") is { Length: > 0 } slug)
                {
                    slugsById[id] = Slugs.Decode(slug);
                }
            }

            var slugCounts = entries.Where(e => e.ValueKind == JsonValueKind.Object)
                .GroupBy(e => (Str(e, "type") ?? "post") + "\n" + (Str(e, "lang") ?? "") + "\n" + Slugs.Decode(Str(e, "slug")))
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

            for (int i = 0; i < entries.Count; i++)
            {
                var place = i < places.Count ? places[i] : null;
                var (line, column) = place?.Start ?? (0, 0);
                yield return ReadEntry(entries[i], i, new SourceSpan(displayPath, line, column), place, options, slugsById, slugCounts);
            }
        }
    }

    /// <param name="start">The file and the position of the entry's first token: where its entry-level diagnostics point.</param>
    /// <param name="place">Where the entry's body strings are in the file, or null when unknown.</param>
    private static SourceEntry ReadEntry(JsonElement entry, int index, SourceSpan start, EntryPlaces? place, SourceOptions options, Dictionary<long, string> slugsById, Dictionary<string, int> slugCounts)
    {
        string displayPath = start.File!;
        string entryName = $"{displayPath}#{index}";
        if (entry.ValueKind != JsonValueKind.Object || Long(entry, "id") is not { } id || !entry.TryGetProperty("content", out var content))
        {
            return SourceEntry.Skip(entryName, DiagnosticCodes.JsonWrongShape.At(start,
                $"entry {index} is not a post or page (it needs an id and content): not converted"));
        }

        string source = $"{displayPath}#{id}";
        var where = start with { File = source };
        var diagnostics = new List<Diagnostic>();
        string type = Str(entry, "type") ?? "post";
        options.Census?.Saw(type);
        if (!options.Wants(type))
        {
            return SourceEntry.Skip(source, DiagnosticCodes.ItemSkipped.At(where, $"{type} {id}: type not selected"));
        }

        string status = Str(entry, "status") ?? "publish";
        if (WxrReader.IsSkippedStatus(status))
        {
            return SourceEntry.Skip(source, DiagnosticCodes.ItemSkipped.At(where, $"{type} {id} has status {status}: not converted"));
        }

        string html;
        var origin = ContentOrigin.Raw;
        JsonElement value;
        (int Line, int Column)? at;
        if (content.ValueKind == JsonValueKind.Object && content.TryGetProperty("raw", out value) && value.ValueKind == JsonValueKind.String)
        {
            html = value.GetString()!;
            at = place?.Raw;
        }
        else if (content.ValueKind == JsonValueKind.Object && content.TryGetProperty("rendered", out value) && value.ValueKind == JsonValueKind.String)
        {
            html = value.GetString()!;
            at = place?.Rendered;
            origin = ContentOrigin.Rendered;
            diagnostics.Add(DiagnosticCodes.RenderedContentUsed.At(where, "no content.raw: the rendered HTML was converted"));
        }
        else if (content.ValueKind == JsonValueKind.String)
        {
            value = content;
            html = content.GetString()!;
            at = place?.Text;
            origin = PostFileReader.OriginOf(html);
        }
        else
        {
            return SourceEntry.Skip(source, DiagnosticCodes.JsonWrongShape.At(where, $"entry {id}: content has neither raw nor rendered HTML: not converted"));
        }

        // Rewritten with the way back to the file kept, so body diagnostics point into the JSON string (issue 11, s6rest).
        var body = BodyAsWritten(value, html);
        if (origin == ContentOrigin.Raw)
        {
            body.Set(BlockFootnotes.Expand(body.Text, MetaString(entry, "footnotes"), where, diagnostics));
        }

        if (body.Text.Length > 0 && !body.Text.Contains("<!-- wp:", StringComparison.Ordinal) && content.ValueKind == JsonValueKind.Object && Str(content, "raw") is not null)
        {
            // Raw classic-editor content: WordPress adds the paragraphs when it renders it.
            body.Set(TextDecoder.NormalizeLineEndings(body.Text));
            AutoParagraph.Apply(body, where, diagnostics);
        }

        html = body.Text;

        string title = WebUtility.HtmlDecode(Rendered(entry, "title") ?? "").Trim();
        if (title.Length == 0)
        {
            diagnostics.Add(DiagnosticCodes.MissingTitle.At(where, $"{type} {id} has no title"));
        }

        var date = WordPressDate.Parse(Str(entry, "date"), Str(entry, "date_gmt"));
        if (date is null && string.IsNullOrWhiteSpace(Str(entry, "status")))
        {
            // As WordPress imports an item with neither: a draft, not an undated published post (issue 10).
            status = "draft";
            diagnostics.Add(DiagnosticCodes.NoStatusNoDate.At(where, $"{type} {id} has no status and no usable date: written with draft: true"));
        }
        else if (date is null)
        {
            diagnostics.Add(DiagnosticCodes.MissingDate.At(where, $"{type} {id} has no usable date"));
        }

        string slug = Slugs.Decode(Str(entry, "slug"));
        string lang = (Str(entry, "lang") ?? "").Trim().ToLowerInvariant();
        if (slugCounts.TryGetValue(type + "\n" + (Str(entry, "lang") ?? "") + "\n" + slug, out var count) && count > 1 && slug.Length > 0)
        {
            diagnostics.Add(DiagnosticCodes.DuplicateSlug.At(where, $"{count} entries of type {type} have the slug '{slug}'"));
        }

        if (slug.Length == 0)
        {
            slug = Slugs.FromTitle(title);
            slug = slug.Length > 0 ? slug : $"{type}-{id}";
            diagnostics.Add(DiagnosticCodes.MissingSlug.At(where, $"{type} {id} has no slug: '{slug}' used"));
        }

        var (imageUrl, imageAlt) = FeaturedMedia(entry, id, where, diagnostics);
        var (categories, tags) = Terms(entry);
        string? author = MetaString(entry, "gc_author_name") is { } gc && gc.Trim().Length > 0 ? gc : EmbeddedAuthor(entry);
        return SourceEntry.Convert(ContentDocuments.ToDocument(new ContentItem
        {
            SourcePath = source,
            Line = where.Line,
            Column = where.Line > 0 ? where.Column : 1,
            Id = id,
            Type = type,
            Status = status,
            Title = title,
            Slug = slug,
            Date = date,
            Modified = WordPressDate.Parse(Str(entry, "modified"), Str(entry, "modified_gmt")),
            Author = author,
            Categories = categories,
            Tags = tags,
            Excerpt = ExcerptText.PlainText(Rendered(entry, "excerpt")),
            ImageUrl = imageUrl,
            ImageAlt = imageAlt,
            Link = Str(entry, "link"),
            ParentPath = ParentPathFromLink(Str(entry, "link"), slug),
            Lang = lang.Length > 0 ? lang : null,
            TranslationKey = TranslationKey(entry, lang, slug, slugsById, where, diagnostics),
            Protected = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("protected", out var p) && p.ValueKind == JsonValueKind.True,
            Meta = PublicMeta(entry),
            Html = html,
            BodyMap = at is null || !body.Changed ? null : body,
            HtmlLine = at?.Line ?? 1,
            // After the string's opening quote.
            HtmlColumn = at is { } quote ? quote.Column + 1 : 1,
            Origin = origin,
            Diagnostics = diagnostics,
        }, options));
    }

    /// <summary>
    /// A REST entry names its parent by id only, and the parent may be on another page of results; a hierarchical
    /// permalink already spells the ancestors (<c>/benefits/overview/</c>), so they are read from it when its last
    /// segment is the entry's slug. Date-based post permalinks are not a hierarchy.
    /// </summary>
    private static string ParentPathFromLink(string? link, string slug)
    {
        if (ContentFrontMatter.AliasOf(link) is not { } path)
        {
            return "";
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 2 || !string.Equals(Slugs.Decode(segments[^1]), slug, StringComparison.Ordinal) || segments[0].All(char.IsAsciiDigit))
        {
            return "";
        }

        return string.Join('/', segments[..^1].Select(Slugs.Decode));
    }

    /// <summary>The English slug names the pair: <c>slug_en</c>, else the English entry's slug found by <c>id_en</c>, else the entry's own.</summary>
    private static string? TranslationKey(JsonElement entry, string lang, string slug, Dictionary<long, string> slugsById, SourceSpan where, List<Diagnostic> diagnostics)
    {
        if (Slugs.Decode(Str(entry, "slug_en")) is { Length: > 0 } slugEn)
        {
            return slugEn;
        }

        if (lang.Length == 0)
        {
            return null;
        }

        if (lang == "en")
        {
            return slug;
        }

        if (Long(entry, "id_en") is { } idEn && idEn > 0)
        {
            if (slugsById.TryGetValue(idEn, out var twin))
            {
                return twin;
            }

            diagnostics.Add(DiagnosticCodes.TranslationUnpaired.At(where, $"its English version ({idEn}) is not in this file and slug_en is empty: translationKey '{slug}'"));
        }

        return slug;
    }

    private static (string? Url, string? Alt) FeaturedMedia(JsonElement entry, long id, SourceSpan where, List<Diagnostic> diagnostics)
    {
        long mediaId = Long(entry, "featured_media") ?? 0;
        if (entry.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            && embedded.TryGetProperty("wp:featuredmedia", out var media) && media.ValueKind == JsonValueKind.Array)
        {
            foreach (var m in media.EnumerateArray())
            {
                if (m.ValueKind == JsonValueKind.Object && Str(m, "source_url") is { Length: > 0 } url)
                {
                    string? alt = Str(m, "alt_text");
                    return (url, string.IsNullOrWhiteSpace(alt) ? null : alt.Trim());
                }
            }
        }

        if (mediaId > 0)
        {
            diagnostics.Add(DiagnosticCodes.FeaturedImageUnresolved.At(where, $"featured_media {mediaId} of entry {id} is not embedded (save the response with _embed)"));
        }

        return (null, null);
    }

    private static (List<string> Categories, List<string> Tags) Terms(JsonElement entry)
    {
        var categories = new List<string>();
        var tags = new List<string>();
        if (entry.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            && embedded.TryGetProperty("wp:term", out var groups) && groups.ValueKind == JsonValueKind.Array)
        {
            foreach (var group in groups.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.Array))
            {
                foreach (var term in group.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object))
                {
                    string name = WebUtility.HtmlDecode(Str(term, "name") ?? "").Trim();
                    var list = Str(term, "taxonomy") switch { "category" => categories, "post_tag" => tags, _ => null };
                    if (list is not null && name.Length > 0 && !list.Contains(name))
                    {
                        list.Add(name);
                    }
                }
            }
        }

        return (categories, tags);
    }

    private static string? EmbeddedAuthor(JsonElement entry)
    {
        if (entry.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object
            && embedded.TryGetProperty("author", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            return authors.EnumerateArray().Where(a => a.ValueKind == JsonValueKind.Object).Select(a => Str(a, "name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n));
        }

        return null;
    }

    private static string? MetaString(JsonElement entry, string key) =>
        entry.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object ? Str(meta, key) : null;

    private static List<KeyValuePair<string, string>> PublicMeta(JsonElement entry)
    {
        var list = new List<KeyValuePair<string, string>>();
        if (entry.TryGetProperty("meta", out var meta) && meta.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in meta.EnumerateObject().Where(p => !p.Name.StartsWith('_')))
            {
                if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
                {
                    list.Add(new(property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText()));
                }
            }
        }

        return list;
    }

    /// <summary>A field that is <c>{"rendered": …, "raw": …}</c> (raw preferred) or a plain string.</summary>
    private static string? Rendered(JsonElement entry, string name)
    {
        if (!entry.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object => Str(value, "raw") is { Length: > 0 } raw ? raw : Str(value, "rendered"),
            _ => null,
        };
    }

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    private static long? Long(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            return n;
        }

        return value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : null;
    }
}
