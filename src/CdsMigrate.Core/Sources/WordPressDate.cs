using System.Globalization;

namespace CdsMigrate.Core.Sources;

/// <summary>
/// A WordPress date: the site-local time as WordPress stored it, and the site's UTC offset when the
/// export also gives the GMT time. The local date is never converted, so a post is never moved to
/// another day by a time zone.
/// </summary>
internal readonly record struct WordPressDate(DateTime Local, TimeSpan? Offset)
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd"];

    /// <summary>
    /// Parses <paramref name="local"/>; the offset is local minus <paramref name="gmt"/>, rounded to the quarter hour
    /// (every real zone offset is a multiple of 15 minutes). Null for missing or zero dates (<c>0000-00-00</c>).
    /// </summary>
    public static WordPressDate? Parse(string? local, string? gmt)
    {
        if (!TryParse(local, out var localTime))
        {
            return null;
        }

        TimeSpan? offset = null;
        if (TryParse(gmt, out var gmtTime))
        {
            double quarters = Math.Round((localTime - gmtTime).TotalMinutes / 15.0);
            var rounded = TimeSpan.FromMinutes(quarters * 15);
            if (rounded.Duration() <= TimeSpan.FromHours(14))
            {
                offset = rounded;
            }
        }

        return new WordPressDate(localTime, offset);
    }

    /// <summary>An RSS <c>pubDate</c> (<c>Fri, 20 Jun 2008 20:06:53 +0000</c>), or null.</summary>
    public static WordPressDate? FromRfc822(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)
            || !DateTimeOffset.TryParseExact(text.Trim(), ["ddd, dd MMM yyyy HH:mm:ss zzz", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss 'UTC'"],
                CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            || parsed.Year < 1971)
        {
            return null;
        }

        return new WordPressDate(parsed.DateTime, parsed.Offset);
    }

    private static bool TryParse(string? text, out DateTime value)
    {
        value = default;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text) || text.StartsWith("0000", StringComparison.Ordinal))
        {
            return false;
        }

        return DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>RFC 3339 with the offset when known (<c>2024-05-15T09:54:41-04:00</c>), else the local time alone.</summary>
    public string ToRfc3339()
    {
        string local = LocalText;
        if (Offset is not { } offset)
        {
            return local;
        }

        string sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return $"{local}{sign}{abs.Hours:00}:{abs.Minutes:00}";
    }

    /// <summary>The site-local time as the CDS site writes it: <c>2024-05-15T09:54:41</c>.</summary>
    public string LocalText => Local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
