using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Translations;

/// <summary>
/// A document's language and translation key, wherever its source keeps them: the export readers set them
/// (Polylang, WPML, qTranslate, REST <c>lang</c>); a post file has <c>translationKey</c> in its front matter (the
/// CDS site pairs its posts this way) and its language in front matter (<c>lang</c>, <c>language</c>), in a folder
/// named after it (<c>content/fr/blog/…</c>, as the CDS site does) or in a Hugo file-name suffix (<c>post.fr.md</c>).
/// </summary>
internal static class TranslationIdentity
{
    /// <summary>(language, key) of <paramref name="document"/>; either may be null.</summary>
    public static (string? Lang, string? Key) Of(SourceDocument document)
    {
        string? lang = Normalize(document.Lang)
            ?? Normalize(Scalar(document.FrontMatter, "lang"))
            ?? Normalize(Scalar(document.FrontMatter, "language"))
            ?? FromPath(document.SourcePath);
        string? key = document.TranslationKey is { Length: > 0 } k ? k : Scalar(document.FrontMatter, "translationKey") is { Length: > 0 } fm ? fm.Trim() : null;
        return (lang, key);
    }

    /// <summary>The language a path names: the deepest folder named by a language code, else a <c>.fr.md</c> suffix on the file.</summary>
    public static string? FromPath(string path)
    {
        var segments = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return null;
        }

        // The folder first: a title ending in a domain ("…-canada.ca.md") must not read as Catalan.
        for (int i = segments.Length - 2; i >= 0; i--)
        {
            if (IsLanguage(segments[i]))
            {
                return segments[i].ToLowerInvariant();
            }
        }

        var nameParts = segments[^1].Split('.');
        if (nameParts.Length >= 3 && IsLanguage(nameParts[^2]))
        {
            return nameParts[^2].ToLowerInvariant();
        }

        return null;
    }

    /// <summary>An ISO 639-1 code, alone or with a region or script (<c>fr</c>, <c>pt-br</c>, <c>zh-hans</c>).</summary>
    public static bool IsLanguage(string text)
    {
        string lower = text.ToLowerInvariant().Replace('_', '-');
        int dash = lower.IndexOf('-');
        string primary = dash < 0 ? lower : lower[..dash];
        if (dash >= 0 && (lower.Length - dash - 1 is < 2 or > 4 || !lower[(dash + 1)..].All(char.IsAsciiLetterOrDigit)))
        {
            return false;
        }

        return primary.Length == 2 && Iso639.Contains(primary);
    }

    private static string? Normalize(string? lang) =>
        lang is { Length: > 0 } && IsLanguage(lang.Trim()) ? lang.Trim().ToLowerInvariant().Replace('_', '-') : null;

    private static string? Scalar(FrontMatterMapping? frontMatter, string key) => (frontMatter?[key] as FrontMatterScalar)?.Value;

    // ISO 639-1: folder names are only taken for languages when they are one of these two-letter codes.
    private static readonly HashSet<string> Iso639 = new(
        ("aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu " +
         "fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko " +
         "kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi " +
         "pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk " +
         "ur uz ve vi vo wa wo xh yi yo za zh zu").Split(' '),
        StringComparer.Ordinal);
}
