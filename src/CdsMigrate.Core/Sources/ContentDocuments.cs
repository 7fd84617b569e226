using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;

namespace CdsMigrate.Core.Sources;

/// <summary>Turns a <see cref="ContentItem"/> into the <see cref="SourceDocument"/> the converter takes: front matter and output path.</summary>
internal static class ContentDocuments
{
    public static SourceDocument ToDocument(ContentItem item, SourceOptions options)
    {
        var diagnostics = item.Diagnostics;
        var where = SourcePosition.OfItem(item);
        if (item.Protected)
        {
            diagnostics.Add(DiagnosticCodes.ProtectedItem.At(where, $"'{item.Title}' is password-protected: written with draft: true"));
        }

        string path = OutputLayout.PathFor(item, options.Layout);
        if (PathSegmentSanitizer.Sanitize(item.Slug) != item.Slug)
        {
            diagnostics.Add(DiagnosticCodes.NameMadeSafe.At(where, $"slug '{item.Slug}' is not a safe file name on every system: written to {path}"));
        }

        return new SourceDocument
        {
            SourcePath = item.SourcePath,
            OutputPath = path,
            FrontMatter = ContentFrontMatter.Build(item, options),
            Html = item.Html,
            Origin = item.Origin,
            HtmlLine = item.HtmlLine,
            HtmlColumn = item.HtmlColumn,
            Item = item with { Html = "", Diagnostics = [] },
            Diagnostics = diagnostics,
            Lang = item.Lang,
            TranslationKey = item.TranslationKey,
            ItemLine = item.Line,
            LanguageSplit = item.LanguageSplit,
        };
    }
}
