using System.Xml;

namespace CdsMigrate.Core.Media;

/// <summary>
/// The old site's origins (scheme-less host and port): what the WXR names (<c>base_site_url</c>,
/// <c>base_blog_url</c>, the host of each <c>attachment_url</c>: uploads often live on a CDN) and
/// <c>--site-url</c>. http and https of one host are one origin: old posts mix them.
/// </summary>
internal sealed class MediaOrigins
{
    private readonly HashSet<string> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first origin added, to resolve root-relative URLs (<c>/wp-content/uploads/…</c>); null if none.</summary>
    public Uri? Primary { get; private set; }

    public int Count => _hosts.Count;

    public void Add(string url)
    {
        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0)
        {
            _hosts.Add(Key(uri));
            Primary ??= new Uri(uri.GetLeftPart(UriPartial.Authority) + "/");
        }
    }

    public bool Contains(Uri uri) => uri.Scheme is "http" or "https" && _hosts.Contains(Key(uri));

    private static string Key(Uri uri) => uri.IsDefaultPort ? uri.Host : uri.Host + ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Adds the origins a WXR export names; a file that is not well-formed gives what was read before the fault.</summary>
    public void AddFromWxr(string path)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, CheckCharacters = false, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(path, settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName is "base_site_url" or "base_blog_url" or "attachment_url")
                {
                    Add(reader.ReadElementContentAsString());
                }
            }
        }
        catch (XmlException)
        {
            // The reader reports the fault itself (CDS2010); the origins read so far are kept.
        }
    }
}
