using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rewriting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Media;

/// <summary>
/// Where a reference of the produced Markdown came from in the source: the first place its URL is written in the
/// body (as is, or with <c>&amp;amp;</c>). A front matter field (the featured image) points at the document's start.
/// </summary>
internal static class SourceLocator
{
    public static SourceSpan Find(SourceDocument document, MarkdownReference reference)
    {
        if (reference.Kind != ReferenceKind.FrontMatterField)
        {
            foreach (string form in new[] { reference.Url, reference.Url.Replace("&", "&amp;", StringComparison.Ordinal) })
            {
                int index = document.Html.IndexOf(form, StringComparison.Ordinal);
                if (index >= 0)
                {
                    return At(document, index);
                }
            }
        }

        // A post file's front matter is not in the body: read the file itself (only on a failure, so rarely). An
        // export (.xml, .json) holds many items, whose first mention of the URL may be another's.
        if (!document.SourcePath.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && !document.SourcePath.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var file = new FileInfo(document.SourcePath);
                if (file.Exists && file.Length < 32L * 1024 * 1024)
                {
                    string text = File.ReadAllText(file.FullName);
                    int index = text.IndexOf(reference.Url, StringComparison.Ordinal);
                    if (index >= 0)
                    {
                        var (line, column) = SourcePosition.FromOffset(text, index);
                        return new SourceSpan(document.SourcePath, line, column);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Located at the document's start below.
            }
        }

        return new SourceSpan(document.SourcePath, 1, 1);
    }

    private static SourceSpan At(SourceDocument document, int index) => SourcePosition.AtOffset(document, index);
}
