using System.Globalization;
using System.Text;

namespace CdsMigrate.Core.Site;

/// <summary>
/// The URL Hugo gives a content file, computed as Hugo does it, so that clashes are found before Hugo
/// silently publishes only one of two pages (issue 12: <c>overview.md</c> and <c>overview-2.md</c> both with
/// <c>slug: overview</c>). Hugo makes paths with its Unicode sanitiser (letters, digits, marks and
/// <c>. / \ _ - # + ~ @</c> kept; a space becomes one hyphen; anything else dropped) and lower-cases them.
/// </summary>
internal static class HugoUrls
{
    /// <summary>
    /// The page URL of the content file at <paramref name="outputPath"/> (relative to the content folder):
    /// <c>url</c> when set; otherwise its folders, then <paramref name="slug"/> or the file name; a page bundle
    /// (<c>name/index.md</c>) is named by its folder.
    /// </summary>
    public static string PageUrl(string outputPath, string? slug, string? url = null)
    {
        if (!string.IsNullOrWhiteSpace(url))
        {
            return Normalize(url);
        }

        var segments = outputPath.Split('/').ToList();
        string file = segments[^1];
        string stem = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? file[..^3] : Path.GetFileNameWithoutExtension(file);
        segments.RemoveAt(segments.Count - 1);
        string? name = stem;
        if (stem == "_index")
        {
            name = null;
        }
        else if (stem == "index" && segments.Count > 0)
        {
            name = segments[^1];
            segments.RemoveAt(segments.Count - 1);
        }

        if (name is not null && !string.IsNullOrWhiteSpace(slug))
        {
            name = slug.Trim();
        }

        if (name is not null)
        {
            segments.Add(name);
        }

        return Normalize("/" + string.Join('/', segments) + "/");
    }

    /// <summary>A URL path as Hugo writes it: sanitised, lower case, one leading slash, a trailing slash unless it names a file.</summary>
    public static string Normalize(string path)
    {
        string sanitized = Sanitize(path.Replace('\\', '/')).ToLowerInvariant();
        var parts = sanitized.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return "/";
        }

        bool isFile = Path.HasExtension(parts[^1]) && parts[^1].EndsWith(".html", StringComparison.Ordinal);
        return "/" + string.Join('/', parts) + (isFile ? "" : "/");
    }

    /// <summary>
    /// The key two URLs share when Hugo would publish them at one place: case folded (Hugo lower-cases paths) and
    /// precomposed (a slug in NFC and one in NFD are the same page on the file systems sites are served from).
    /// </summary>
    public static string Key(string url) => UnicodeComposition.Compose(url).ToLowerInvariant();

    /// <summary>Hugo's path sanitiser (helpers.UnicodeSanitize in Hugo 0.111).</summary>
    public static string Sanitize(string text)
    {
        if (!text.AsSpan().ContainsAnyExcept(KeptAsIs))
        {
            // ASCII letters, digits and kept punctuation only (most paths): every character is kept, nothing else
            // to do (issue 11: the site plan sanitises every path of a run on the committing thread).
            return text;
        }

        var sb = new StringBuilder(text.Length);
        bool prependHyphen = false;
        bool wasHyphen = false;
        var runes = text.EnumerateRunes().ToArray();
        Span<char> units = stackalloc char[2];
        for (int i = 0; i < runes.Length; i++)
        {
            var r = runes[i];
            int v = r.Value;
            var category = Rune.GetUnicodeCategory(r);
            bool allowed = v is '.' or '/' or '\\' or '_' or '#' or '+' or '~' or '-' or '@'
                || Rune.IsLetter(r) || Rune.IsDigit(r)
                || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                || (v == '%' && i + 2 < runes.Length && IsHex(runes[i + 1]) && IsHex(runes[i + 2]));
            if (allowed)
            {
                wasHyphen = v == '-';
                if (prependHyphen)
                {
                    if (!wasHyphen)
                    {
                        sb.Append('-');
                    }

                    prependHyphen = false;
                }

                // Its UTF-16 units, not a string per character (issue 11: every path of a run goes through here).
                sb.Append(units[..r.EncodeToUtf16(units)]);
            }
            else if (sb.Length > 0 && !wasHyphen && Rune.IsWhiteSpace(r))
            {
                prependHyphen = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>The ASCII characters the sanitiser keeps whatever surrounds them ('%' is not: it depends on what follows).</summary>
    private static readonly System.Buffers.SearchValues<char> KeptAsIs =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./\\_#+~-@");

    private static bool IsHex(Rune r) => r.Value is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F');

    /// <summary>Hugo's <c>urlize</c> of a title: what <c>:slug</c> falls back to in permalinks.</summary>
    public static string Urlize(string title) => Sanitize(title.Trim()).ToLowerInvariant();

    /// <summary>Formats a date part as permalinks do (<c>:year</c> 2020, <c>:month</c> 05, <c>:day</c> 13).</summary>
    internal static string Two(int n) => n.ToString("00", CultureInfo.InvariantCulture);
}
