using System.Net;
using System.Xml;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// Reads a WordPress eXtended RSS export (WXR 1.0, 1.1, 1.2) as a stream of documents, one per post,
/// page or custom item. Two passes: <see cref="WxrIndex"/> first (authors, attachments, slugs; proves the
/// file well-formed), then items one at a time, each handed on as soon as it is read, so memory stays
/// bounded by the largest item whatever the file size.
/// </summary>
internal static class WxrReader
{
    private static readonly HashSet<string> KnownStatuses = new(StringComparer.Ordinal) { "publish", "draft", "pending", "future", "private" };

    /// <summary>Trashed items and auto-drafts are never content.</summary>
    public static bool IsSkippedStatus(string status) => status is "trash" or "auto-draft" or "inherit";

    /// <summary>Streams the entries of the WXR file at <paramref name="path"/>; diagnostics name <paramref name="displayPath"/>.</summary>
    public static IEnumerable<SourceEntry> Read(string path, string displayPath, SourceOptions options)
    {
        WxrIndex index;
        try
        {
            index = WxrIndex.Build(path, options, out bool isWxr);
            if (!isWxr)
            {
                return [SourceEntry.Fail(displayPath, DiagnosticCodes.NotAnExport.At(new SourceSpan(displayPath, 1, 1),
                    "the XML is not a WordPress export (no <rss> root with WordPress fields such as wp:post_type)"))];
            }
        }
        catch (XmlException ex)
        {
            var error = XmlError(ex, displayPath);
            if (error.Line == 0 && DoctypePosition(path) is { } at)
            {
                // XmlReader reports a prohibited DTD without a position: point at the DOCTYPE ourselves.
                error = error with { Line = at.Line, Column = at.Column };
            }

            return [SourceEntry.Fail(displayPath, error)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [SourceEntry.Fail(displayPath, DiagnosticCodes.UnreadableInput.At(new SourceSpan(displayPath, 0, 0), $"cannot read the file: {ex.Message}"))];
        }

        return ReadItems(path, displayPath, options, index);
    }

    /// <summary>Where <c>&lt;!DOCTYPE</c> is in the first 64 KB of the file, if it is there.</summary>
    private static (int Line, int Column)? DoctypePosition(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[64 * 1024];
            int n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            string head = System.Text.Encoding.UTF8.GetString(buffer, 0, n);
            int at = head.IndexOf("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return null;
            }

            return SourcePosition.FromOffset(head, at);
        }
        catch (IOException)
        {
            return null;
        }
    }

    internal static Diagnostic XmlError(XmlException ex, string displayPath)
    {
        var where = new SourceSpan(displayPath, ex.LineNumber, ex.LinePosition);
        // XmlReader's message for a prohibited DTD names "DTD"; nothing in it was expanded.
        if (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return DiagnosticCodes.DoctypeRefused.At(where, "the XML declares a DOCTYPE: refused without reading it (entities are never expanded)");
        }

        string message = ex.Message;
        int cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut];
        }

        return DiagnosticCodes.XmlNotWellFormed.At(where, $"not well-formed XML: {message.TrimEnd('.', ' ')}; nothing from this file was converted");
    }

    private static IEnumerable<SourceEntry> ReadItems(string path, string displayPath, SourceOptions options, WxrIndex index)
    {
        var skippedTypes = new SortedDictionary<string, int>(StringComparer.Ordinal);
        using var reader = WxrXml.Open(path);
        while (true)
        {
            IReadOnlyList<SourceEntry> entries = [];
            bool more;
            try
            {
                more = reader.Read();
                if (more && reader.NodeType == XmlNodeType.Element && reader.LocalName == "item" && reader.NamespaceURI.Length == 0)
                {
                    var raw = WxrXml.ReadItem(reader, withContent: true);
                    entries = ToEntries(raw, displayPath, options, index, skippedTypes);
                }
            }
            catch (XmlException ex)
            {
                // The first pass read this file whole; it changed since. Items already converted are whole files.
                entries = [SourceEntry.Fail(displayPath, XmlError(ex, displayPath))];
                more = false;
            }
            catch (IOException ex)
            {
                entries = [SourceEntry.Fail(displayPath, DiagnosticCodes.UnreadableInput.At(new SourceSpan(displayPath, 0, 0), $"cannot read the file: {ex.Message}"))];
                more = false;
            }

            foreach (var entry in entries)
            {
                yield return entry;
            }

            if (!more)
            {
                break;
            }
        }

        if (skippedTypes.Count > 0)
        {
            string list = string.Join(", ", skippedTypes.Select(kv => $"{kv.Value} {kv.Key}"));
            yield return SourceEntry.Skip(displayPath, DiagnosticCodes.ItemSkipped.At(new SourceSpan(displayPath, 0, 0),
                $"items not converted (internal or not selected types): {list}"));
        }
    }

    private static IReadOnlyList<SourceEntry> ToEntries(WxrRawItem raw, string displayPath, SourceOptions options, WxrIndex index, SortedDictionary<string, int> skippedTypes)
    {
        string type = raw.Type;
        options.Census?.Saw(type);
        if (!options.Wants(type))
        {
            skippedTypes[type] = skippedTypes.TryGetValue(type, out var n) ? n + 1 : 1;
            return [];
        }

        var where = new SourceSpan(displayPath, raw.Line, raw.Column);
        string status = raw.StatusName;
        if (IsSkippedStatus(status))
        {
            return [SourceEntry.Skip(displayPath, DiagnosticCodes.ItemSkipped.At(where,
                $"{raw.Describe()} has status {status}: not converted"))];
        }

        // qTranslate keeps every language in one item: one document per language, paired by the slug (issue 12).
        var languages = QTranslateText.Languages(raw.Content).Concat(QTranslateText.Languages(WebUtility.HtmlDecode(raw.Title))).Concat(QTranslateText.Languages(raw.Excerpt))
            .Distinct(StringComparer.Ordinal).ToList();
        if (languages.Count == 0)
        {
            return [SourceEntry.Convert(ContentDocuments.ToDocument(ToItem(raw, displayPath, index, where, null, options.PlanningOnly), options))];
        }

        string slug = raw.EffectiveSlug();
        string note = languages.Count == 1
            ? $"{raw.Describe()} holds qTranslate markers for {languages[0]} only: written as one {languages[0]} document"
            : $"{raw.Describe()} holds {languages.Count} languages (qTranslate): written as {languages.Count} documents ({string.Join(", ", languages)}) paired by translationKey '{slug}'";
        return languages.Select(lang =>
        {
            var item = ToItem(raw, displayPath, index, where, lang, options.PlanningOnly);
            item.Diagnostics.Add(DiagnosticCodes.LanguagesSplit.At(where, note));
            return SourceEntry.Convert(ContentDocuments.ToDocument(item, options));
        }).ToList();
    }

    /// <param name="language">The language to keep of a qTranslate item (its markers removed), or null for an ordinary item.</param>
    /// <param name="withoutBody">The planning read: the body is left empty (see <see cref="SourceOptions.PlanningOnly"/>).</param>
    private static ContentItem ToItem(WxrRawItem raw, string displayPath, WxrIndex index, SourceSpan where, string? language, bool withoutBody)
    {
        string Pick(string text) => language is null ? text : QTranslateText.For(text, language);
        var diagnostics = new List<Diagnostic>();
        string status = raw.StatusName;
        if (!KnownStatuses.Contains(status))
        {
            diagnostics.Add(DiagnosticCodes.UnknownStatus.At(where, $"status '{status}' is not a WordPress status: written with draft: true"));
        }

        string title = Pick(WebUtility.HtmlDecode(raw.Title)).Trim();
        if (title.Length == 0)
        {
            diagnostics.Add(DiagnosticCodes.MissingTitle.At(where, $"{raw.Describe()} has no title"));
        }

        var date = WordPressDate.Parse(raw.PostDate, raw.PostDateGmt) ?? WordPressDate.FromRfc822(raw.PubDate);
        if (date is null && raw.Status.Trim().Length == 0)
        {
            // WordPress's importer makes such an item a draft; publishing it undated would put it online (issue 10).
            status = "draft";
            diagnostics.Add(DiagnosticCodes.NoStatusNoDate.At(where, $"{raw.Describe()} has no status and no usable date: written with draft: true, as WordPress imports it"));
        }
        else if (date is null)
        {
            diagnostics.Add(DiagnosticCodes.MissingDate.At(where, $"{raw.Describe()} has no usable date (post_date '{raw.PostDate.Trim()}', pubDate '{raw.PubDate.Trim()}')"));
        }

        string slug = raw.EffectiveSlug();
        if (Slugs.Decode(raw.PostName).Length == 0)
        {
            diagnostics.Add(DiagnosticCodes.MissingSlug.At(where, $"{raw.Describe()} has no slug: '{slug}' used"));
        }

        if (index.SlugCounts.TryGetValue(WxrIndex.SlugKey(raw), out var count) && count > 1)
        {
            diagnostics.Add(DiagnosticCodes.DuplicateSlug.At(where, $"{count} items of type {raw.Type} have the slug '{slug}'"));
        }

        string author = raw.MetaValue("gc_author_name") is { Length: > 0 } gcAuthor && gcAuthor.Trim().Length > 0
            ? gcAuthor
            : index.Authors.TryGetValue(raw.Creator.Trim(), out var display) ? display : raw.Creator.Trim();

        var (imageUrl, imageAlt) = FeaturedImage(raw, index, where, diagnostics);
        string html = withoutBody ? "" : Pick(raw.Content ?? "");
        html = withoutBody ? html : GalleryShortcode.Expand(html, raw.Id, index, where, diagnostics);
        html = withoutBody ? html : BlockFootnotes.Expand(html, raw.MetaValue("footnotes"), where, diagnostics);
        if (html.Length > 0 && !html.Contains("<!-- wp:", StringComparison.Ordinal))
        {
            // Classic-editor content is stored with bare newlines; WordPress adds paragraphs when it shows it.
            html = AutoParagraph.Apply(html, where, diagnostics);
        }

        return new ContentItem
        {
            SourcePath = displayPath,
            Line = raw.Line,
            Column = raw.Column,
            Id = raw.Id,
            Type = raw.Type,
            Status = status,
            Title = title,
            Slug = slug,
            ParentPath = index.ParentPath(raw),
            Date = date,
            Modified = WordPressDate.Parse(raw.PostModified, raw.PostModifiedGmt),
            Author = author.Length > 0 ? author : null,
            // qTranslate-X names terms in every language too ("[:en]News[:fr]Nouvelles[:]").
            Categories = raw.Terms.Where(t => t.Domain == "category").Select(t => Pick(WebUtility.HtmlDecode(t.Name)).Trim()).Where(n => n.Length > 0).Distinct().ToList(),
            Tags = raw.Terms.Where(t => t.Domain is "post_tag" or "tag").Select(t => Pick(WebUtility.HtmlDecode(t.Name)).Trim()).Where(n => n.Length > 0).Distinct().ToList(),
            Excerpt = ExcerptText.PlainText(Pick(raw.Excerpt)),
            ImageUrl = imageUrl,
            ImageAlt = imageAlt,
            Link = raw.Link.Trim(),
            // Polylang exports the language and the translation group as terms, WPML Export and Import as postmeta;
            // a qTranslate item's documents share its slug.
            Lang = language ?? raw.Language,
            TranslationKey = language is not null
                ? raw.EffectiveSlug()
                : raw.TranslationGroup is { Length: > 0 } group
                    ? index.EnglishSlugByTranslationGroup.GetValueOrDefault(group, group.StartsWith("wpml:", StringComparison.Ordinal) ? group[5..] : group)
                    : null,
            LanguageSplit = language is not null,
            Protected = raw.Password.Length > 0,
            Meta = raw.Meta.Where(m => !m.Key.StartsWith('_')).ToList(),
            Html = html,
            HtmlLine = raw.ContentLine > 0 ? raw.ContentLine : raw.Line,
            HtmlColumn = raw.ContentColumn,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Follows <c>_thumbnail_id</c> to an image attachment. A video or audio attachment may name its own poster
    /// as thumbnail, so the chain is followed, and cut (with a diagnostic) if it comes back on itself.
    /// </summary>
    private static (string? Url, string? Alt) FeaturedImage(WxrRawItem raw, WxrIndex index, SourceSpan where, List<Diagnostic> diagnostics)
    {
        string? idText = raw.MetaValue("_thumbnail_id")?.Trim();
        if (string.IsNullOrEmpty(idText) || !long.TryParse(idText, out long id) || id <= 0)
        {
            return (null, null);
        }

        var seen = new HashSet<long>();
        if (raw.Id is { } self)
        {
            seen.Add(self);
        }

        while (true)
        {
            if (!seen.Add(id))
            {
                diagnostics.Add(DiagnosticCodes.AttachmentLoop.At(where, $"featured image {idText} leads back to attachment {id}: no image set"));
                return (null, null);
            }

            if (!index.Attachments.TryGetValue(id, out var attachment) || attachment.Url.Length == 0)
            {
                diagnostics.Add(DiagnosticCodes.FeaturedImageUnresolved.At(where, $"featured image {id} is not an attachment of this export"));
                return (null, null);
            }

            if (attachment.IsImage || attachment.ThumbnailId is null)
            {
                return (attachment.Url, attachment.Alt.Length > 0 ? attachment.Alt : null);
            }

            id = attachment.ThumbnailId.Value;
        }
    }
}
