using System.Globalization;

namespace CdsMigrate.Core.Site;

/// <summary>
/// Expands a Hugo permalink pattern (<c>/:year/:month/:day/:filename/</c>) for one page, as Hugo 0.111 does
/// for the tokens a blog uses: <c>:year :month :monthname :day :section :sections :title :slug :filename
/// :slugorfilename</c>. The CDS site's post URLs come from such a pattern, not from WordPress.
/// </summary>
internal static class PermalinkPattern
{
    public static string Expand(string pattern, string outputPath, DateOnly? date, string? slug, string? title)
    {
        var segments = outputPath.Split('/');
        string file = segments[^1];
        string filename = file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? file[..^3] : Path.GetFileNameWithoutExtension(file);
        if (filename == "index" && segments.Length > 1)
        {
            filename = segments[^2];
        }

        string section = segments.Length > 1 ? segments[0] : "";
        string sections = segments.Length > 1 ? string.Join('/', segments[..^1]) : "";
        string slugOrTitle = !string.IsNullOrWhiteSpace(slug) ? slug.Trim() : HugoUrls.Urlize(title ?? "");
        string result = pattern;
        // Longest tokens first: :slugorfilename before :slug, :monthname before :month.
        foreach (var (token, value) in new (string, string)[]
        {
            (":slugorfilename", !string.IsNullOrWhiteSpace(slug) ? slug.Trim() : filename),
            (":monthname", date?.ToString("MMMM", CultureInfo.InvariantCulture).ToLowerInvariant() ?? ""),
            (":filename", filename),
            (":sections", sections),
            (":section", section),
            (":title", HugoUrls.Urlize(title ?? "")),
            (":slug", slugOrTitle),
            (":year", date?.Year.ToString("0000", CultureInfo.InvariantCulture) ?? ""),
            (":month", date is { } m ? HugoUrls.Two(m.Month) : ""),
            (":day", date is { } d ? HugoUrls.Two(d.Day) : ""),
        })
        {
            result = result.Replace(token, value, StringComparison.Ordinal);
        }

        return HugoUrls.Normalize(result);
    }

    /// <summary>The date of a front matter <c>date</c> value (<c>'2024-05-15T09:54:41'</c>, <c>2024-05-15</c>…), or null.</summary>
    public static DateOnly? DateOf(string? value)
    {
        if (value is null || value.Trim().Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }
}
