using System.Globalization;
using System.Text;

namespace CdsMigrate.Core.Sources;

/// <summary>Slugs the way WordPress's sanitize_title makes them: accents removed, lower case, dashes between words.</summary>
internal static class Slugs
{
    /// <summary>Decodes a stored slug: WordPress keeps non-ASCII post_name percent-encoded (<c>%c3%a9t%c3%a9</c>).</summary>
    public static string Decode(string? slug)
    {
        if (string.IsNullOrWhiteSpace(slug))
        {
            return "";
        }

        try
        {
            return Uri.UnescapeDataString(slug.Trim()).Normalize(NormalizationForm.FormC);
        }
        catch (UriFormatException)
        {
            return slug.Trim();
        }
    }

    // WordPress's remove_accents works from a table too; string normalisation is not available when the
    // runtime runs with invariant globalization, so the common Latin letters are listed here.
    private const string Accented = "àáâãäåāăąçćčďèéêëēĕėęěìíîïīĭįıñńňòóôõöøōŏőùúûüūŭůűųýÿźżžśšşţťğ";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeeiiiiiiiinnnooooooooouuuuuuuuuyyzzzsssttg";

    private static string RemoveAccents(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char raw in text.Normalize(NormalizationForm.FormC))
        {
            char c = char.ToLowerInvariant(raw);
            int i = Accented.IndexOf(c, StringComparison.Ordinal);
            if (i >= 0) sb.Append(Plain[i]);
            else if (c == 'œ') sb.Append("oe");
            else if (c == 'æ') sb.Append("ae");
            else if (c == 'ß') sb.Append("ss");
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A slug made from <paramref name="title"/>; empty when the title has no letter or digit.</summary>
    public static string FromTitle(string title)
    {
        var sb = new StringBuilder();
        foreach (char c in RemoveAccents(title))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        string slug = sb.ToString().Trim('-').Normalize(NormalizationForm.FormC);
        return slug.Length > 200 ? slug[..200].TrimEnd('-') : slug;
    }
}
