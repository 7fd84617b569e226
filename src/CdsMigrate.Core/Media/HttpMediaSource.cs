using System.Globalization;
using System.Net;
using System.Net.Http.Headers;

namespace CdsMigrate.Core.Media;

/// <summary>
/// <c>--media download</c>: fetches files over HTTP, politely and defensively (issue 12): at most
/// <see cref="MediaOptions.Concurrency"/> at once; each attempt bounded by <see cref="MediaOptions.Timeout"/>;
/// retried with doubling waits on a 5xx answer, a network error or a timeout (never on a 4xx); redirects
/// followed only to the same origin or another origin of the old site (at most 5); refused when larger than
/// <see cref="MediaOptions.MaxBytes"/> or when the content type contradicts the extension (an HTML error page
/// served with 200 for a missing image).
/// </summary>
internal sealed class HttpMediaSource : IMediaSource, IDisposable
{
    private const int MaxRedirects = 5;

    private readonly HttpClient _client;
    private readonly SemaphoreSlim _slots;
    private readonly MediaOptions _options;
    private readonly MediaOrigins _origins;

    public HttpMediaSource(MediaOptions options, MediaOrigins origins)
    {
        _options = options;
        _origins = origins;
        _slots = new SemaphoreSlim(Math.Max(1, options.Concurrency));
        var handler = new SocketsHttpHandler
        {
            // Redirects are followed by hand, to check where they lead.
            AllowAutoRedirect = false,
            ConnectTimeout = options.Timeout,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = Math.Max(1, options.Concurrency),
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("CdsMigrate", "1.0"));
    }

    public void Dispose()
    {
        _client.Dispose();
        _slots.Dispose();
    }

    public async Task<MediaFile> FetchAsync(string url, string uploadPath, string target, string relativePath)
    {
        await _slots.WaitAsync().ConfigureAwait(false);
        try
        {
            MediaFile? last = null;
            for (int attempt = 0; attempt <= _options.Retries; attempt++)
            {
                if (attempt > 0)
                {
                    await Task.Delay(_options.RetryDelay * Math.Pow(2, attempt - 1)).ConfigureAwait(false);
                }

                var (file, retry) = await AttemptAsync(url, uploadPath, target, relativePath).ConfigureAwait(false);
                if (!retry)
                {
                    return file;
                }

                last = file;
            }

            return last! with { Reason = $"{last!.Reason} (after {_options.Retries + 1} attempts)" };
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<(MediaFile File, bool Retry)> AttemptAsync(string url, string uploadPath, string target, string relativePath)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout);
        var current = new Uri(url);
        try
        {
            for (int redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                int status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!SameOrigin(next, current) && !_origins.Contains(next))
                    {
                        return (MediaFile.Fail(url, $"redirected to {next} (another site): not followed", status), false);
                    }

                    if (redirects >= MaxRedirects)
                    {
                        return (MediaFile.Fail(url, $"more than {MaxRedirects} redirects", status), false);
                    }

                    current = next;
                    continue;
                }

                if (status >= 500 || status == 429)
                {
                    return (MediaFile.Fail(url, $"HTTP {status} {response.ReasonPhrase}", status), true);
                }

                if (status is < 200 or >= 300)
                {
                    return (MediaFile.Fail(url, $"HTTP {status} {response.ReasonPhrase}", status), false);
                }

                if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
                {
                    return (MediaFile.Fail(url, string.Create(CultureInfo.InvariantCulture, $"{length:N0} bytes, over the {_options.MaxBytes:N0}-byte limit"), status), false);
                }

                string? type = response.Content.Headers.ContentType?.MediaType;
                if (!Fits(type, MediaUrls.Category(uploadPath)))
                {
                    return (MediaFile.Fail(url, $"content type {type} does not fit the extension {Path.GetExtension(uploadPath)}", status), false);
                }

                await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
                var written = await MediaFileWriter.WriteAsync(body, target, _options.MaxBytes, timeout.Token).ConfigureAwait(false);
                return written is { } w
                    ? (new MediaFile(url, MediaStatus.Downloaded, relativePath, w.Bytes, w.Sha256, status, null), false)
                    : (MediaFile.Fail(url, string.Create(CultureInfo.InvariantCulture, $"over the {_options.MaxBytes:N0}-byte limit"), status), false);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return (MediaFile.Fail(url, $"timed out after {_options.Timeout.TotalSeconds:0.#} s"), true);
        }
        catch (HttpRequestException ex)
        {
            return (MediaFile.Fail(url, $"network error: {ex.Message}"), true);
        }
        catch (IOException ex)
        {
            return (MediaFile.Fail(url, $"network error: {ex.Message}"), true);
        }
    }

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) && string.Equals(a.Host, b.Host, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;

    /// <summary>
    /// A content type fits when it is the extension's kind (image/* for .png); a missing or generic one
    /// (application/octet-stream, as object stores often send) is accepted; text/html never fits a media file.
    /// </summary>
    private static bool Fits(string? type, MediaCategory category)
    {
        if (string.IsNullOrEmpty(type) || type is "application/octet-stream" or "binary/octet-stream")
        {
            return true;
        }

        type = type.ToLowerInvariant();
        return category switch
        {
            MediaCategory.Image => type.StartsWith("image/", StringComparison.Ordinal),
            MediaCategory.Video => type.StartsWith("video/", StringComparison.Ordinal) || type == "application/mp4" || type == "application/x-shockwave-flash",
            MediaCategory.Audio => type.StartsWith("audio/", StringComparison.Ordinal) || type == "application/ogg",
            _ => type is not "text/html" and not "application/xhtml+xml",
        };
    }
}
