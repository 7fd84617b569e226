using System.Collections.Concurrent;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Rewriting;
using CdsMigrate.Core.Sources;

namespace CdsMigrate.Core.Media;

/// <summary>
/// Brings the old site's media home, after the writer: <see cref="Prepare"/> (on the converting thread) finds the
/// media references of a produced document and starts fetching their files, so downloads overlap conversion;
/// <see cref="Complete"/> (when the document is committed, in input order) waits for them and rewrites each
/// reference whose file arrived, with <see cref="MarkdownReferenceRewriter"/> (only the URL text changes). A
/// reference whose file did not arrive keeps its URL and is one warning per file and document, located in the
/// source. <see cref="Finish"/> writes the manifest.
/// </summary>
internal sealed class MediaStage : IDisposable
{
    private readonly MediaOptions _options;
    private readonly MediaOrigins _origins;
    private readonly MediaStore _store;
    private readonly bool _bundles;
    private readonly string _outputRoot;
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MediaFile> _used = new(StringComparer.Ordinal);
    private int _rewritten;
    private int _failed;

    public MediaStage(MediaOptions options, MediaOrigins origins, string outputDirectory)
    {
        _options = options;
        _origins = origins;
        _outputRoot = Path.GetFullPath(outputDirectory);

        // Page bundles keep their files beside the page unless a media folder or URL is given.
        _bundles = options.Directory is null && options.UrlPrefix is null;
        string root = options.Directory is { } directory ? Path.GetFullPath(directory) : _bundles ? _outputRoot : Path.Combine(_outputRoot, "media");
        var manifest = MediaManifest.Load(Path.Combine(root, MediaManifest.FileName), out string? problem);
        var start = new List<Diagnostic>();
        if (problem is not null)
        {
            start.Add(DiagnosticCodes.MediaManifestUnreadable.At(new SourceSpan(Path.Combine(root, MediaManifest.FileName), 0, 0), $"media.json not read ({problem}): every file is fetched again"));
        }

        if (origins.Count == 0)
        {
            start.Add(DiagnosticCodes.MediaNoOrigin.At(new SourceSpan(null, 0, 0), "no WXR input and no --site-url: no media reference can be told to be the old site's, nothing is fetched"));
        }

        StartDiagnostics = start;

        IMediaSource source = options.Mode == MediaMode.Copy
            ? new FolderMediaSource(options.From ?? throw new ArgumentException("--media copy needs --media-from"), options.MaxBytes)
            : new HttpMediaSource(options, origins);
        _store = new MediaStore(source, root, manifest);
    }

    /// <summary>Run-level diagnostics (an unreadable manifest), to report once.</summary>
    public IReadOnlyList<Diagnostic> StartDiagnostics { get; }

    public void Dispose() => _store.Dispose();

    /// <summary>Finds the document's media references and starts fetching their files; null when it has none.</summary>
    internal PreparedMedia? Prepare(ConversionResult result)
    {
        if (result.Markdown is not { } markdown)
        {
            return null;
        }

        var references = new List<(MarkdownReference, MediaLocation, Task<MediaFile>)>();
        foreach (var reference in MarkdownReferenceRewriter.Find(markdown))
        {
            if (MediaUrls.Locate(reference.Url, _origins) is { } location)
            {
                references.Add((reference, location, FetchAsync(location, result.Source.OutputPath)));
            }
        }

        return references.Count == 0 ? null : new PreparedMedia(markdown, references);
    }

    /// <summary>Waits for the document's files and rewrites the references to those that arrived.</summary>
    internal (string Markdown, IReadOnlyList<Diagnostic> Diagnostics) Complete(PreparedMedia prepared, SourceDocument document, string outputPath)
    {
        var byOffset = new Dictionary<int, string>();
        var failures = new Dictionary<string, (MarkdownReference First, MediaFile File, int Count)>(StringComparer.Ordinal);
        foreach (var (reference, location, task) in prepared.References)
        {
            var file = task.GetAwaiter().GetResult();
            _used[file.Path ?? file.Url] = file;
            if (file.Ok)
            {
                byOffset[reference.Offset] = NewUrl(file.Path!, outputPath);
                continue;
            }

            Interlocked.Increment(ref _failed);
            // One warning per file, located at its first reference in the body (the front matter's image field is
            // not in the source body, so it is located only when nothing else is).
            failures[location.Url] = failures.TryGetValue(location.Url, out var seen)
                ? (seen.First.Kind == ReferenceKind.FrontMatterField && reference.Kind != ReferenceKind.FrontMatterField ? reference : seen.First, seen.File, seen.Count + 1)
                : (reference, file, 1);
        }

        var rewrite = MarkdownReferenceRewriter.Rewrite(prepared.Markdown, r => byOffset.GetValueOrDefault(r.Offset));
        Interlocked.Add(ref _rewritten, rewrite.Rewritten.Count);
        var diagnostics = failures.Values.Select(f => Located(f.First, f.File, f.Count, document, outputPath)).ToList();
        return (rewrite.Text, diagnostics);
    }

    /// <summary>Writes the manifest; returns what the run did.</summary>
    public MediaSummary Finish()
    {
        _store.SaveManifest();
        return Summary;
    }

    public MediaSummary Summary
    {
        get
        {
            var files = _used.Values.ToList();
            return new MediaSummary(files.Count(f => f.Status == MediaStatus.Downloaded), files.Count(f => f.Status == MediaStatus.Copied),
                files.Count(f => f.Status == MediaStatus.Present), files.Count(f => f.Status == MediaStatus.Failed), _rewritten, _failed);
        }
    }

    private async Task<MediaFile> FetchAsync(MediaLocation location, string outputPath)
    {
        var file = await _store.Get(location.Url, location.UploadPath, Place(location.Url, location.UploadPath, outputPath)).ConfigureAwait(false);
        if (file.NotFound && location.VariantUrl is { } variant)
        {
            // The original is gone (or never was: an upload resized on the way in): the size referenced will do.
            var fallback = await _store.Get(variant, location.VariantPath!, Place(variant, location.VariantPath!, outputPath)).ConfigureAwait(false);
            return fallback.Ok ? fallback : file with { Reason = $"{file.Reason}, nor the size referenced ({fallback.Reason})" };
        }

        return file;
    }

    /// <summary>
    /// Where a file is stored, relative to the media folder: its path below the uploads folder; in a page bundle,
    /// its name beside the page (its upload path there when another file of the bundle has that name).
    /// </summary>
    private string Place(string url, string uploadPath, string outputPath)
    {
        if (!_bundles || !outputPath.EndsWith("/index.md", StringComparison.Ordinal) && outputPath != "index.md")
        {
            return _bundles ? "media/" + uploadPath : uploadPath;
        }

        string bundle = outputPath[..^"index.md".Length];
        string beside = bundle + Path.GetFileName(uploadPath);
        return _owners.GetOrAdd(beside, url) == url ? beside : bundle + uploadPath;
    }

    private string NewUrl(string storedPath, string outputPath)
    {
        if (_options.UrlPrefix is { } prefix)
        {
            return prefix.TrimEnd('/') + "/" + Escape(storedPath);
        }

        string documentFolder = Path.GetDirectoryName(Path.Combine(_outputRoot, outputPath))!;
        string relative = Path.GetRelativePath(documentFolder, Path.Combine(_store.Root, storedPath)).Replace('\\', '/');
        return Escape(relative);
    }

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(s => s is ".." or "." ? s : Uri.EscapeDataString(s)));

    private Diagnostic Located(MarkdownReference reference, MediaFile file, int count, SourceDocument document, string outputPath)
    {
        var where = SourceLocator.Find(document, reference);
        string more = count > 1 ? $", {count} references" : "";
        string message = $"{reference.Url}: {file.Reason}; the reference keeps its URL (in {outputPath} at line {reference.Line}, column {reference.Column}{more})";
        return (_options.Mode == MediaMode.Copy ? DiagnosticCodes.MediaNotInFolder : DiagnosticCodes.MediaNotDownloaded).At(where, message);
    }
}
