using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Media;

/// <summary>Tells media references from other links and maps them to their place below the uploads folder.</summary>
internal static partial class MediaUrls
{
    private static readonly HashSet<string> Images = new(StringComparer.OrdinalIgnoreCase) { ".jpg", ".jpeg", ".jpe", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp", ".tif", ".tiff", ".ico", ".heic" };
    private static readonly HashSet<string> Video = new(StringComparer.OrdinalIgnoreCase) { ".mp4", ".m4v", ".mov", ".webm", ".ogv", ".avi", ".wmv", ".mpg", ".mpeg", ".3gp", ".flv" };
    private static readonly HashSet<string> Audio = new(StringComparer.OrdinalIgnoreCase) { ".mp3", ".m4a", ".ogg", ".oga", ".wav", ".flac", ".aac", ".wma", ".opus" };
    // Not .xml or .json: on the old site those are feeds and API answers, not uploads.
    private static readonly HashSet<string> Files = new(StringComparer.OrdinalIgnoreCase)
    {
        ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".pps", ".ppsx", ".odt", ".ods", ".odp", ".rtf", ".txt", ".csv",
        ".epub", ".key", ".zip", ".gz", ".tgz", ".7z", ".rar", ".swf", ".vtt", ".srt", ".ics",
    };

    // Where WordPress keeps uploads, most specific first: multisite (sites/N), the old multisite (blogs.dir/N/files),
    // single site, and sites that serve uploads from a shorter path (the CDS site: /uploads/sites/25/).
    private static readonly Regex[] UploadFolders =
    [
        UploadsSites(), BlogsDir(), Uploads(), MultisiteFiles(),
    ];

    /// <summary>The media location of a URL under one of <paramref name="origins"/>, or null when it is not a media file of the old site.</summary>
    public static MediaLocation? Locate(string url, MediaOrigins origins)
    {
        url = url.Trim();
        Uri? uri;
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            Uri.TryCreate("https:" + url, UriKind.Absolute, out uri);
        }
        else if (url.StartsWith('/') && origins.Primary is { } primary && UploadFolders.Any(f => f.IsMatch(url)))
        {
            // Root-relative: the old site's only when it names an uploads folder; a hand-written post's "/img/x.png"
            // is the new site's own file (cds-markdown).
            Uri.TryCreate(primary, url, out uri);
        }
        else
        {
            Uri.TryCreate(url, UriKind.Absolute, out uri);
        }

        if (uri is null || !origins.Contains(uri))
        {
            return null;
        }

        string path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (Category(path) == MediaCategory.None)
        {
            return null;
        }

        string upload = UploadPath(path);
        if (upload.Length == 0 || upload.Split('/').Any(p => p is "" or "." or ".."))
        {
            return null;
        }

        string fetch = uri.GetLeftPart(UriPartial.Path);
        var variant = ResizedVariant().Match(upload);
        if (!variant.Success)
        {
            return new MediaLocation(fetch, upload, null, null);
        }

        // A size WordPress made from the original (name-1024x394.png): the original is fetched once for every size.
        string originalUpload = variant.Groups["base"].Value + variant.Groups["ext"].Value;
        string originalUrl = fetch[..fetch.LastIndexOf('/')] + "/" + Uri.EscapeDataString(originalUpload[(originalUpload.LastIndexOf('/') + 1)..]);
        return new MediaLocation(originalUrl, originalUpload, fetch, upload);
    }

    /// <summary>What a path's extension says the file is.</summary>
    public static MediaCategory Category(string path)
    {
        string extension = Path.GetExtension(path);
        return Images.Contains(extension) ? MediaCategory.Image
            : Video.Contains(extension) ? MediaCategory.Video
            : Audio.Contains(extension) ? MediaCategory.Audio
            : Files.Contains(extension) ? MediaCategory.Document
            : MediaCategory.None;
    }

    private static string UploadPath(string path)
    {
        foreach (var folder in UploadFolders)
        {
            var match = folder.Match(path);
            if (match.Success)
            {
                return path[(match.Index + match.Length)..];
            }
        }

        return path.TrimStart('/');
    }

    [GeneratedRegex(@"/(?:wp-content/)?uploads/sites/\d+/", RegexOptions.CultureInvariant)]
    private static partial Regex UploadsSites();

    [GeneratedRegex(@"/wp-content/blogs\.dir/\d+/files/", RegexOptions.CultureInvariant)]
    private static partial Regex BlogsDir();

    [GeneratedRegex(@"/(?:wp-content/)?uploads/", RegexOptions.CultureInvariant)]
    private static partial Regex Uploads();

    [GeneratedRegex(@"^/(?:[^/]+/)?files/(?=\d{4}/)", RegexOptions.CultureInvariant)]
    private static partial Regex MultisiteFiles();

    [GeneratedRegex(@"^(?<base>.+)-(?<w>\d{1,5})x(?<h>\d{1,5})(?<ext>\.[A-Za-z0-9]{2,5})$", RegexOptions.CultureInvariant)]
    private static partial Regex ResizedVariant();
}
