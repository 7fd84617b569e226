using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace CdsMigrate.Tests.Media;

/// <summary>
/// An HTTP server on 127.0.0.1 (HttpListener, no package), started and stopped by a test, serving fixture
/// handlers by path and counting the requests each path received. No test reaches the internet.
/// </summary>
public sealed class LocalMediaServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<HttpListenerContext, int, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalMediaServer()
    {
        // A free port: bind port 0, read it, release it; a race with another process is possible but unlikely.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        int port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Port = port;
        Origin = $"http://127.0.0.1:{port}";
        _listener.Prefixes.Add(Origin + "/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public int Port { get; }

    /// <summary><c>http://127.0.0.1:PORT</c>, without a trailing slash.</summary>
    public string Origin { get; }

    /// <summary>Requests received so far, all paths.</summary>
    public int TotalHits => _hits.Values.Sum();

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    /// <summary>Serves <paramref name="path"/> with a handler given the context and the 1-based attempt number.</summary>
    public void Route(string path, Func<HttpListenerContext, int, Task> handler) => _routes[path] = handler;

    public void File(string path, byte[] body, string contentType) => Route(path, (c, _) => Respond(c, 200, contentType, body));

    public static async Task Respond(HttpListenerContext context, int status, string? contentType, byte[] body, bool chunked = false)
    {
        context.Response.StatusCode = status;
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        if (chunked)
        {
            context.Response.SendChunked = true;
        }
        else
        {
            context.Response.ContentLength64 = body.Length;
        }

        await context.Response.OutputStream.WriteAsync(body);
        context.Response.Close();
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(async () =>
            {
                string path = context.Request.Url!.AbsolutePath;
                int attempt = _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                try
                {
                    if (_routes.TryGetValue(path, out var handler))
                    {
                        await handler(context, attempt);
                    }
                    else
                    {
                        await Respond(context, 404, "text/html", "<h1>Not found</h1>"u8.ToArray());
                    }
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    // The client gave up (a timeout test): nothing to answer.
                }
            });
        }
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // Stopping the listener ends the loop with an exception on some platforms.
        }
    }
}
