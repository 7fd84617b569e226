using System.Buffers;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Media;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Reporting;
using CdsMigrate.Core.Site;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Translations;

namespace CdsMigrate.Core.Batch;

/// <summary>
/// Runs a migration as a stream: readers yield documents one at a time (a WXR of any size is never held
/// whole), a bounded window of them converts in parallel, and each is committed (path allocated, file
/// written, report kept) in input order. Memory is bounded by the window, not the input; output paths,
/// their numbering and the reports are the same whatever the parallelism. Documents are independent:
/// one that fails is reported and the others go on.
/// </summary>
internal sealed class MigrationRunner
{
    private readonly MigrationOptions _options;
    private readonly DocumentConverter _converter;
    private readonly OutputWriter? _writer;
    private readonly DiagnosticPool _pool = new();
    private IReadOnlyList<InputFile> _inputs = [];
    private Dictionary<long, string>? _restSlugs;
    private MediaStage? _media;
    private SourceOptions _sources;
    private HugoReadiness? _readiness;

    /// <summary>Where reads and conversions run: the thread pool, at most <see cref="MigrationOptions.Parallelism"/> at a time (<see cref="OnWorkers"/>).</summary>
    private readonly TaskScheduler _workers;

    /// <summary>The plan of the last <see cref="Run"/> (null when planning is off): counts for the closing note.</summary>
    public SitePlan? Plan { get; private set; }

    /// <summary>Resolves links between posts of the run, for the stage that rewrites URLs; null with --links keep.</summary>
    public LinkResolver? Links { get; private set; }
    private TranslationChecker _translations = new();
    private int _committed;

    /// <summary>The names of --drop-block and --raw-block that met a block in this run (the others are reported, CDS7102).</summary>
    private readonly HashSet<string> _chosenBlocksMet = new(StringComparer.Ordinal);

    public MigrationRunner(MigrationOptions options)
    {
        _options = options;
        _sources = options.Sources;
        _converter = new DocumentConverter(options.Conversion, options.Rules);
        _writer = options.OutputDirectory is null ? null : new OutputWriter(options.OutputDirectory, options.Force, options.DryRun);
        _workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Math.Max(1, options.Parallelism)).ConcurrentScheduler;
    }

    /// <summary>
    /// Runs the inputs; <paramref name="observer"/> sees each report, in order, as soon as it is committed, and
    /// <paramref name="progress"/> where the run stands. When <paramref name="cancel"/> fires (Ctrl-C), no further
    /// document is read; those already converting are finished and committed (outputs are whole files), and the
    /// result is marked <see cref="MigrationResult.Interrupted"/>.
    /// </summary>
    public MigrationResult Run(IReadOnlyList<InputFile> inputs, Action<DocumentReport>? observer = null,
        IMigrationProgress? progress = null, CancellationToken cancel = default)
    {
        _inputs = inputs;
        _restSlugs = null;
        var census = new PostTypeCensus();
        // The plan's read (below) must not count types: only the converting read fills the census.
        _sources = _options.Sources;
        _translations = new TranslationChecker();
        _committed = 0;
        _chosenBlocksMet.Clear();

        // A run killed mid-way leaves hidden temporary files (never partial outputs): clear them first.
        int removed = _writer?.RemoveStaleTemporaryFiles() ?? 0;
        var reports = new List<DocumentReport>();
        var tally = new int[Enum.GetValues<Severity>().Max(s => (int)s) + 1];
        long[] sizes = progress is null ? [] : inputs.Select(SizeOf).ToArray();
        long totalBytes = sizes.Sum();
        int started = 0;
        long bytesDone = 0;
        int documents = 0, errors = 0, warnings = 0;
        void Add(DocumentReport report)
        {
            observer?.Invoke(report);
            documents++;
            foreach (var d in report.Diagnostics)
            {
                errors += d.Severity == Severity.Error ? 1 : 0;
                warnings += d.Severity == Severity.Warning ? 1 : 0;
            }

            progress?.Report(new MigrationProgress(documents, errors, warnings, started, inputs.Count, bytesDone, totalBytes, report.Source));
            if (_options.KeepDiagnostics)
            {
                reports.Add(report);
                return;
            }

            foreach (var d in report.Diagnostics)
            {
                tally[(int)d.Severity]++;
            }

            // Kept for the closing counts only (status, write action, output for --dry-run): what only a report shows
            // (diagnostics, block counts) is let go, so memory stays flat on a huge export (issue 11).
            reports.Add(report.Diagnostics.Count == 0 && ReferenceEquals(report.BlockCounts, DocumentReport.NoBlocks)
                ? report
                : report with { Diagnostics = [], BlockCounts = DocumentReport.NoBlocks });
        }

        // Written documents are staged, and reported once a group of them has its final names (OutputWriter.Flush:
        // one sync of the file system per group instead of one fsync per file, issue 11). A report never says
        // "written" before the file is there; the group is small and short-lived, so progress stays live.
        var unflushed = new List<DocumentReport>();
        var sinceFlush = System.Diagnostics.Stopwatch.StartNew();
        void Stage(DocumentReport report)
        {
            unflushed.Add(report);
            if (_writer is null || unflushed.Count >= FlushEvery || sinceFlush.ElapsedMilliseconds >= FlushAfterMilliseconds)
            {
                FlushWrites();
            }
        }

        void FlushWrites()
        {
            var failed = _writer?.Flush() ?? [];
            foreach (var report in unflushed)
            {
                Add(failed.Count == 0 ? report : WithFailure(report, failed));
            }

            unflushed.Clear();
            sinceFlush.Restart();
        }

        using var media = _media = CreateMediaStage(inputs);
        var pending = media?.StartDiagnostics ?? [];
        void Reached(int index)
        {
            // Called as the run moves on to the next input: the progress counts the inputs opened.
            bytesDone = sizes.Length > 0 ? sizes.Take(index).Sum() : 0;
            started = index + 1;
        }

        // A first read plans the whole run: paths and URLs without clashes, aliases, the index of old URLs.
        _sources = _options.Sources with { PlanningOnly = true };
        Plan = _options.PlanSite
            ? SitePlanner.Plan(ReadAhead(inputs, null).Select(e => e.Document).OfType<SourceDocument>(), _options.Site, _options.Sources.FrontMatter)
            : null;
        // Counted now: the details they are counted from are let go for the rest of the run.
        var planCounts = Plan is null ? default : (Plan.Documents.Count, Plan.ClashesResolved, Plan.Aliases,
            NotKept: Plan.Documents.Sum(d => d.Diagnostics.Count(x => x.Code == DiagnosticCodes.AliasNotKept.Code)));
        if (!_options.KeepPlanDetails)
        {
            Plan?.ForgetPlanningDetails();
        }

        _sources = _options.Sources with { Census = census };
        Links = Plan is not null && _options.Links == LinkPolicy.Rewrite ? new LinkResolver(Plan, _options.Conversion.Flavor) : null;
        var links = Links is null ? null : new LinkStage(Links, _options.Conversion.Flavor);
        _readiness = _options.Site is { } site ? new HugoReadiness(site, _options.Conversion.Flavor) : null;
        _restSlugs = null;
        int documentIndex = 0;

        var allocator = new OutputPathAllocator();
        var window = new Queue<Task<Converted>>();
        // Enough documents in flight to keep every core busy while one slow document is converted or committed.
        int limit = Math.Max(1, _options.Parallelism) * DocumentsInFlightPerCore;
        bool interrupted = false;
        foreach (var read in ReadAhead(inputs, Reached))
        {
            if (cancel.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }

            var entry = read.Document is { } planned && Plan is not null ? read with { Document = Plan.Apply(planned, documentIndex++) } : read;
            window.Enqueue(entry.Document is { } document
                ? OnWorkers(() => Convert(entry, document, links))
                : Task.FromResult(new Converted(entry, null, null)));
            while (window.Count >= limit)
            {
                Stage(Commit(window.Dequeue().GetAwaiter().GetResult(), allocator, ref pending));
            }
        }

        // Documents already converting are finished and written whole, also after an interruption.
        while (window.Count > 0)
        {
            Stage(Commit(window.Dequeue().GetAwaiter().GetResult(), allocator, ref pending));
        }

        FlushWrites();

        // Pairing needs every document: its findings join their documents' reports (or the tally) at the end.
        var translations = _translations.Finish();
        foreach (var (index, diagnostic) in translations.Findings.Where(f => !_options.IgnoredCodes.Contains(f.Item2.Code)))
        {
            if (_options.KeepDiagnostics)
            {
                reports[index] = reports[index] with { Diagnostics = [.. reports[index].Diagnostics, diagnostic] };
            }
            else
            {
                tally[(int)diagnostic.Severity]++;
            }
        }

        var summary = media?.Finish();
        _media = null;
        var siteSummary = Plan is null ? null : new SiteSummary(planCounts.Count, planCounts.ClashesResolved, planCounts.Aliases, planCounts.NotKept,
            links?.Rewritten ?? 0, links?.Unresolved ?? 0, LinksKept: links is null);
        return new MigrationResult(reports)
        {
            Tally = _options.KeepDiagnostics ? null : tally,
            Translations = translations,
            Media = summary,
            Site = siteSummary,
            TemporaryFilesRemoved = removed,
            Interrupted = interrupted,
            TypesFound = census.Counts,
            RunDiagnostics = Kept(RunDiagnostics(reports, census, interrupted, documents, started, inputs.Count)),
        };
    }

    /// <summary>
    /// Documents converting or converted and not yet committed, per core. Issue 11: with 4 (and 4 inputs read ahead),
    /// a 2-core run of 5,100 post files left a core idle a quarter of the time: one slow document at the head held
    /// the window, and the committing thread waited for its next read, queued behind the conversions in the thread
    /// pool. 16 and 32 (the reads then wait in the queue long enough to be done when needed): idle core time
    /// 1.9 s -> 1.05 s, wall 4.52-4.74 s -> 3.98-4.19 s (means of 4-5 interleaved runs each); 32 and 64 cost more
    /// CPU than they saved (more conversions at once, more garbage alive at each collection).
    /// </summary>
    private const int DocumentsInFlightPerCore = 16;

    /// <summary>
    /// Runs <paramref name="work"/> (a read or a conversion) on the thread pool, at most <see cref="MigrationOptions.Parallelism"/>
    /// at a time. Issue 11: with Task.Run the pool grew to 7-8 threads on 2 cores, so as many conversions were half done
    /// at each collection, their documents all alive, and every gen0 collection (which stops every thread: most of a
    /// run's idle core time) had that much more to move. Limited, 5,100 post files took 3.26 s instead of 3.40 and 2.81
    /// instead of 2.91 (medians of 4 interleaved runs, 2 cores). The limit is hidden from the work itself, so that a
    /// task it starts goes to the pool and never waits behind the work that waits for it.
    /// </summary>
    private Task<T> OnWorkers<T>(Func<T> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler, _workers);

    /// <summary>Inputs read ahead of the one being handed to conversion, per core (see <see cref="DocumentsInFlightPerCore"/>).</summary>
    private const int InputsReadAheadPerCore = 32;

    /// <summary>At most this many documents wait for their files' final names (OutputWriter.Flush).</summary>
    private const int FlushEvery = 64;

    /// <summary>Nor longer than this, so that the progress shown keeps moving with slow documents.</summary>
    private const int FlushAfterMilliseconds = 250;

    /// <summary>The report of a staged document whose file could not be given its final name.</summary>
    private DocumentReport WithFailure(DocumentReport report, IReadOnlyList<(string FullPath, Exception Error)> failed)
    {
        if (report.Action is not (WriteAction.Created or WriteAction.Replaced) || _writer is null || report.Output is null)
        {
            return report;
        }

        string full = Path.GetFullPath(Path.Combine(_writer.Root, report.Output));
        foreach (var (path, error) in failed)
        {
            if (path == full)
            {
                var diagnostic = DiagnosticCodes.OutputNotWritten.At(new SourceSpan(report.Source, 0, 0), $"{report.Output}: {error.Message}");
                return report with { Status = DocumentStatus.NotWritten, Action = null, Diagnostics = Kept([.. report.Diagnostics, diagnostic]) };
            }
        }

        return report;
    }

    /// <summary>A converted document, its media fetches (if any) already started.</summary>
    /// <param name="Structure">
    /// The output's structure when the document has a language and a translation key (what pairing compares), counted
    /// by the worker rather than on the committing thread (issue 11); null otherwise.
    /// </param>
    private sealed record Converted(SourceEntry Entry, ConversionResult? Result, PreparedMedia? Media, StructureCounts? Structure = null);

    private Converted Convert(SourceEntry entry, SourceDocument document, LinkStage? links)
    {
        var converted = _converter.Convert(document);
        var result = links is null ? converted : links.Apply(converted);
        // Counted from the verifier's parse of the output when it could be (DocumentConverter), else parsed here.
        var structure = result.Markdown is { } markdown && TranslationIdentity.Of(result.Source) is ({ }, { }) ? result.OutputStructure ?? StructureCounter.Count(markdown) : null;
        try
        {
            return new Converted(entry, result, _media?.Prepare(result), structure);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A media bug must not stop the run: this document keeps its URLs and says so.
            var diagnostic = DiagnosticCodes.InternalError.At(new SourceSpan(document.SourcePath, 0, 0), $"internal error while finding media references ({ex.GetType().Name}: {ex.Message}); URLs kept");
            return new Converted(entry, result with { Diagnostics = [.. result.Diagnostics, diagnostic] }, null, structure);
        }
    }

    /// <summary>
    /// The media stage, when media are downloaded or copied and files are written. The old site's origins are
    /// <c>--site-url</c> and what each WXR input names (base_site_url, base_blog_url, attachment URLs).
    /// </summary>
    private MediaStage? CreateMediaStage(IReadOnlyList<InputFile> inputs)
    {
        var options = _options.Media;
        if (options.Mode == MediaMode.Keep || _options.OutputDirectory is null || _options.DryRun)
        {
            return null;
        }

        var origins = new MediaOrigins();
        foreach (string url in options.SiteUrls)
        {
            origins.Add(url);
        }

        foreach (var input in inputs)
        {
            try
            {
                if (InputSniffer.Detect(input.Path) == InputKind.Xml)
                {
                    origins.AddFromWxr(input.Path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Reported when the input is read.
            }
        }

        return new MediaStage(options, origins, _options.OutputDirectory);
    }

    /// <summary>
    /// What the run as a whole says (issue 13): an interruption, a run that converted nothing ("converted 0 of 0"
    /// passed silently), a --types value that no export holds (a typo such as "pages").
    /// </summary>
    private List<Diagnostic> RunDiagnostics(List<DocumentReport> reports, PostTypeCensus census, bool interrupted, int documents, int started, int inputCount)
    {
        var diagnostics = new List<Diagnostic>();
        if (interrupted)
        {
            diagnostics.Add(DiagnosticCodes.RunInterrupted.At(default,
                $"interrupted: {documents} document(s) done before the stop, input {started} of {inputCount} was being read; run the same command again to finish"));
            return diagnostics;
        }

        if (_options.Sources.Types is { } types)
        {
            var missing = types.Where(t => !census.Counts.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();
            if (missing.Count > 0)
            {
                string found = census.Counts.Count == 0
                    ? "the inputs hold no WXR or REST export item"
                    : "types found: " + string.Join(", ", census.Counts.Select(kv => $"{kv.Key} ({kv.Value})"));
                diagnostics.Add(DiagnosticCodes.TypeNotFound.At(default,
                    $"--types {string.Join(",", missing)}: no input holds {(missing.Count == 1 ? "this type" : "these types")}; {found}"));
            }
        }

        // A block name in the config that no block has is most likely a typo (core/spacr): the choice did nothing.
        var blocks = _options.Conversion.Blocks;
        foreach (var (name, option) in blocks.Drop.Select(n => (n, "--drop-block")).Concat(blocks.Raw.Select(n => (n, "--raw-block"))).Where(c => !_chosenBlocksMet.Contains(c.Item1)).OrderBy(c => c.Item1, StringComparer.Ordinal))
        {
            diagnostics.Add(DiagnosticCodes.ChosenBlockNotFound.At(default,
                $"{option} {name}: no block of this name in the run; names are as reports show them: core/spacer, cds-snc/accordion, or a tag name such as iframe"));
        }

        if (!reports.Any(r => r.Status != DocumentStatus.Skipped))
        {
            diagnostics.Add(DiagnosticCodes.NothingToConvert.At(default, reports.Count == 0
                ? $"nothing to convert: the inputs hold no post file, WXR export or REST JSON ({string.Join(", ", InputDiscovery.Extensions.Select(e => "*" + e))} are read from folders)"
                : $"nothing to convert: all {reports.Count} item(s) found were skipped"));
        }

        return diagnostics;
    }

    /// <summary>The diagnostics not hidden by <see cref="MigrationOptions.IgnoredCodes"/>.</summary>
    private IReadOnlyList<Diagnostic> Kept(IReadOnlyList<Diagnostic> diagnostics) =>
        _options.IgnoredCodes.Count == 0 || !diagnostics.Any(d => _options.IgnoredCodes.Contains(d.Code))
            ? diagnostics
            : diagnostics.Where(d => !_options.IgnoredCodes.Contains(d.Code)).ToList();

    private static long SizeOf(InputFile input)
    {
        try
        {
            return new FileInfo(input.Path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>Converts one post file given as text (standard input); the result holds the Markdown.</summary>
    public (DocumentReport Report, string? Markdown) ConvertText(string text, string displayPath)
    {
        // Through the byte reader, so that binary data or text in another encoding is refused as a file would be.
        var read = PostFileReader.Read(System.Text.Encoding.UTF8.GetBytes(text), displayPath, "stdin.md");
        if (read.Failed)
        {
            return (new DocumentReport(displayPath, null, DocumentStatus.Failed, read.Diagnostics) { InputFailed = true }, null);
        }

        var result = _converter.Convert(read.Documents[0]);
        var status = result.Failed ? DocumentStatus.Failed : StatusOf(result);
        return (new DocumentReport(displayPath, null, status, Kept(result.Diagnostics)) { BlockCounts = result.BlockCounts }, result.Markdown);
    }

    /// <summary>The report for an input that does not exist.</summary>
    public static DocumentReport MissingInput(string path) =>
        new(path, null, DocumentStatus.Failed, [DiagnosticCodes.UnreadableInput.At(new SourceSpan(path, 0, 0), "no such file or folder")]) { InputFailed = true };

    /// <summary>
    /// Reads the inputs as <see cref="Run"/> does (post files, WXR, REST JSON; lazily, in order) without
    /// converting anything: what <c>cdsmigrate inventory</c> counts.
    /// </summary>
    public IEnumerable<SourceEntry> ReadEntries(IReadOnlyList<InputFile> inputs)
    {
        _inputs = inputs;
        _restSlugs = null;
        return inputs.SelectMany(Read);
    }

    /// <summary>
    /// The entries of the inputs, in input order, post files read ahead on the thread pool (issue 11: reading, decoding
    /// and the YAML of 5,100 post files took a fifth of the main thread, which also commits, while the workers waited).
    /// A post file is read whole and independently of the others; an export (WXR, REST JSON) streams on the calling
    /// thread, once the post files before it are yielded. At most a window of inputs is read ahead. What an input is
    /// is told from its first bytes on the worker that reads it, so the calling thread opens no post file (issue 11);
    /// an export is only sniffed there. <paramref name="reached"/> is told, on the calling thread, when the entries of
    /// input N start to be yielded.
    /// </summary>
    private IEnumerable<SourceEntry> ReadAhead(IReadOnlyList<InputFile> inputs, Action<int>? reached)
    {
        int limit = Math.Max(1, _options.Parallelism) * InputsReadAheadPerCore;
        var window = new Queue<(int Index, Task<SniffedRead> Read)>();
        for (int i = 0; i < inputs.Count; i++)
        {
            var input = inputs[i];
            bool planning = _sources.PlanningOnly;
            window.Enqueue((i, OnWorkers(() => ReadSniffed(input, planning))));
            while (window.Count >= limit)
            {
                foreach (var entry in Next(window, inputs, reached))
                {
                    yield return entry;
                }
            }
        }

        while (window.Count > 0)
        {
            foreach (var entry in Next(window, inputs, reached))
            {
                yield return entry;
            }
        }
    }

    /// <summary>An input read ahead: a post file's entries, or (<see cref="Entries"/> null) the kind of an export to stream.</summary>
    private sealed record SniffedRead(SourceEntry[]? Entries, InputKind Export = InputKind.PostFile);

    /// <summary>Takes the next input out of the window (now): its entries, read already, or its export's, streamed on this thread.</summary>
    private IEnumerable<SourceEntry> Next(Queue<(int Index, Task<SniffedRead> Read)> window, IReadOnlyList<InputFile> inputs, Action<int>? reached)
    {
        var (index, read) = window.Dequeue();
        reached?.Invoke(index);
        var sniffed = read.GetAwaiter().GetResult();
        return sniffed.Entries ?? Read(inputs[index], sniffed.Export);
    }

    /// <summary>
    /// On a worker: tells what <paramref name="input"/> is from its first bytes, as <see cref="InputSniffer.Detect(string)"/>
    /// does, and reads a post file whole from the same open file; an export is left to stream on the calling thread.
    /// </summary>
    private SniffedRead ReadSniffed(InputFile input, bool planningOnly)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new SniffedRead([Unreadable(input, ex)]);
        }

        using (stream)
        {
            Span<byte> head = stackalloc byte[512];
            int n;
            try
            {
                n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return new SniffedRead([Unreadable(input, ex)]);
            }

            var kind = InputSniffer.Detect(head[..n]);
            return kind is InputKind.Xml or InputKind.Json
                ? new SniffedRead(null, kind)
                : new SniffedRead(ReadPostFile(input, planningOnly, stream, head[..n]).ToArray());
        }
    }

    /// <summary>The entries of one input, by what its content is (post file, WXR, REST JSON), lazily.</summary>
    private IEnumerable<SourceEntry> Read(InputFile input)
    {
        InputKind kind;
        try
        {
            kind = InputSniffer.Detect(input.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(input, ex)];
        }

        return kind switch
        {
            InputKind.Xml => WxrReader.Read(input.Path, input.DisplayPath, _sources),
            InputKind.Json => RestJsonReader.Read(input.Path, input.DisplayPath, _sources, RestSlugs()),
            _ => ReadPostFile(input),
        };
    }

    /// <summary>As <see cref="Read(InputFile)"/>, the input's kind already told (null: it could not be, and is told again for the error).</summary>
    private IEnumerable<SourceEntry> Read(InputFile input, InputKind? kind) => kind switch
    {
        null => Read(input),
        InputKind.Xml => WxrReader.Read(input.Path, input.DisplayPath, _sources),
        InputKind.Json => RestJsonReader.Read(input.Path, input.DisplayPath, _sources, RestSlugs()),
        _ => ReadPostFile(input),
    };

    /// <summary>
    /// Slugs by id across every JSON input of the run (REST pages are small: at most 100 entries each), read
    /// once when the first JSON input is reached, so translations pair across the pages of a folder.
    /// </summary>
    private Dictionary<long, string>? RestSlugs()
    {
        if (_restSlugs is null)
        {
            var jsonPaths = _inputs.Where(i => IsJson(i.Path)).Select(i => i.Path).ToList();
            _restSlugs = jsonPaths.Count > 1 ? RestJsonReader.SlugsById(jsonPaths) : [];
        }

        return _restSlugs.Count > 0 ? _restSlugs : null;

        static bool IsJson(string path)
        {
            try
            {
                return InputSniffer.Detect(path) == InputKind.Json;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }

    private IEnumerable<SourceEntry> ReadPostFile(InputFile input) => ReadPostFile(input, _sources.PlanningOnly);

    private IEnumerable<SourceEntry> ReadPostFile(InputFile input, bool planningOnly) => ReadPostFile(input, planningOnly, null, default);

    /// <summary>Reads a post file; <paramref name="opened"/>, when given, is the file open with <paramref name="head"/> read from it already.</summary>
    private IEnumerable<SourceEntry> ReadPostFile(InputFile input, bool planningOnly, FileStream? opened, ReadOnlySpan<byte> head)
    {
        ReadResult read;
        try
        {
            // The open file's own size (fstat), not a second look-up of its path.
            long length = opened?.Length ?? new FileInfo(input.Path).Length;
            if (length > _options.MaxInputBytes)
            {
                // Refused unread: converting takes tens of times a file's size in memory (issue 6).
                return [SourceEntry.Fail(input.DisplayPath, DiagnosticCodes.InputTooLarge.At(new SourceSpan(input.DisplayPath, 0, 0),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {length:N0} bytes, over the {_options.MaxInputBytes:N0}-byte limit: not read")))];
            }

            read = length < Array.MaxLength / 2
                ? ReadPooled(input, (int)length, planningOnly, opened, head)
                : PostFileReader.Read(File.ReadAllBytes(input.Path), input.DisplayPath, input.RelativeOutputPath, planningOnly);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [Unreadable(input, ex)];
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A reader bug must not stop the run: it is this file's failure.
            return [SourceEntry.Fail(input.DisplayPath, DiagnosticCodes.InternalError.At(new SourceSpan(input.DisplayPath, 0, 0),
                $"internal error while reading the file ({ex.GetType().Name}: {ex.Message})"))];
        }

        if (read.Failed)
        {
            return [new SourceEntry(input.DisplayPath, null, read.Diagnostics, SourceEntryKind.Failed)];
        }

        return read.Documents.Select(SourceEntry.Convert);
    }

    /// <summary>
    /// Reads a post file into a buffer rented from the shared pool (issue 11: a new array per file, and every file is
    /// read twice with the site plan, was a fortieth of a run's bytes); the reader keeps nothing of the bytes. Read to
    /// its end, should the file be longer than its size said when it was opened.
    /// </summary>
    private static ReadResult ReadPooled(InputFile input, int length, bool planningOnly, FileStream? opened, ReadOnlySpan<byte> head)
    {
        var stream = opened ?? new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(length, head.Length) + 1);
        try
        {
            head.CopyTo(buffer);
            int total = head.Length;
            while (true)
            {
                if (total == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, total).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                int asked = buffer.Length - total;
                int n = stream.Read(buffer, total, asked);
                total += n;
                if (n == 0 || (n < asked && total >= length))
                {
                    // A short read of a regular file is its end: once the size it had is read, that saves the read
                    // that would return nothing (issue 11: two reads of every post file per run).
                    break;
                }
            }

            return PostFileReader.Read(buffer.AsSpan(0, total), input.DisplayPath, input.RelativeOutputPath, planningOnly);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (opened is null)
            {
                stream.Dispose();
            }
        }
    }

    private static SourceEntry Unreadable(InputFile input, Exception ex) =>
        SourceEntry.Fail(input.DisplayPath, DiagnosticCodes.UnreadableInput.At(new SourceSpan(input.DisplayPath, 0, 0), $"cannot read the file: {ex.Message}"));

    private DocumentReport Commit(Converted done, OutputPathAllocator allocator, ref IReadOnlyList<Diagnostic> pending)
    {
        var report = CommitOne(done, allocator);
        if (!_options.Conversion.Blocks.IsEmpty && done.Result is { } converted)
        {
            foreach (var diagnostic in converted.Diagnostics)
            {
                if (diagnostic.Block is { } block && (diagnostic.Code == DiagnosticCodes.BlockDroppedByChoice.Code || diagnostic.Code == DiagnosticCodes.BlockRawByChoice.Code))
                {
                    _chosenBlocksMet.Add(block);
                }
            }
        }
        if (pending.Count > 0)
        {
            // Run-level diagnostics (an unreadable media manifest) go with the first document, once.
            report = report with { Diagnostics = [.. pending, .. report.Diagnostics] };
            pending = [];
        }

        if (_readiness is not null && report.Status is DocumentStatus.Converted or DocumentStatus.AlreadyMarkdown && done.Result?.Markdown is { } markdown
            && _readiness.Check(markdown, report.Source) is { Count: > 0 } missing)
        {
            report = report with { Diagnostics = [.. report.Diagnostics, .. missing] };
        }

        Observe(done.Result, done.Structure, report, _committed++);
        return report with { Diagnostics = _pool.Share(Kept(report.Diagnostics)) };
    }

    /// <summary>
    /// Keeps what pairing needs of a written document with a language and a translation key: its structure is
    /// counted from the output text, so a post written unchanged is counted like a converted one.
    /// </summary>
    private void Observe(ConversionResult? result, StructureCounts? structure, DocumentReport report, int index)
    {
        if (result?.Markdown is null || report.Status is DocumentStatus.Failed or DocumentStatus.Skipped)
        {
            return;
        }

        var document = result.Source;
        var (lang, key) = TranslationIdentity.Of(document);
        if (lang is null || key is null)
        {
            return;
        }

        _translations.Add(new TranslationMember(index, document.SourcePath, report.Output, document.ItemLine, lang, key,
            structure ?? StructureCounter.Count(result.Markdown), document.LanguageSplit));
    }

    private DocumentReport CommitOne(Converted done, OutputPathAllocator allocator)
    {
        var (entry, result, media, _) = done;
        if (entry.Kind == SourceEntryKind.Failed)
        {
            return new DocumentReport(entry.Source, null, DocumentStatus.Failed, entry.Diagnostics) { InputFailed = true };
        }

        if (entry.Kind == SourceEntryKind.Skipped || result is null)
        {
            return new DocumentReport(entry.Source, null, DocumentStatus.Skipped, entry.Diagnostics);
        }

        var document = result.Source;
        if (result.Failed)
        {
            return new DocumentReport(document.SourcePath, null, DocumentStatus.Failed, result.Diagnostics) { BlockCounts = result.BlockCounts };
        }

        var diagnostics = result.Diagnostics;
        var where = SourcePosition.OfDocument(document);
        string path;
        if (document.KeepsSourceName)
        {
            // A post file's path is its URL (issue 9): kept byte for byte, or the document fails; never renamed.
            if (KeptPath.Refusal(document.OutputPath) is { } why)
            {
                return new DocumentReport(document.SourcePath, null, DocumentStatus.Failed, diagnostics.Append(DiagnosticCodes.SourceNameNotWritable.At(where,
                    $"the output '{SafePath.Printable(document.OutputPath)}' cannot be written under that name: {why}. It was not renamed, because the name is part of the page's URL")).ToList())
                { BlockCounts = result.BlockCounts };
            }

            path = document.OutputPath;
            if (!allocator.TryReserve(path))
            {
                return NotWritten(document, diagnostics, DiagnosticCodes.OutputPathCollision.At(where,
                    $"{path} is already the output of another document of this run (names compared as Windows and macOS compare them); this one was not written, and not renamed, because its name is part of its URL"));
            }
        }
        else
        {
            // Names built from export data: made safe first (confined to --out, portable names: issue 6), then numbered if taken.
            SafePathResult safe;
            try
            {
                safe = SafePath.Sanitize(document.OutputPath);
            }
            catch (UnsafePathException ex)
            {
                return NotWritten(document, diagnostics, DiagnosticCodes.OutputPathRefused.At(where, ex.Message));
            }

            if (safe.Changed)
            {
                diagnostics = diagnostics.Append(DiagnosticCodes.OutputPathChanged.At(where,
                    $"output path '{SafePath.Printable(document.OutputPath)}' written as '{safe.Path}' ({string.Join("; ", safe.Changes)})")).ToList();
            }

            // The site plan numbered clashes already, on URLs as well as paths, and said so (CDS2019, CDS2050).
            path = allocator.Allocate(document.Planned?.OutputPath ?? safe.Path);
            if (path != safe.Path && document.Planned is null)
            {
                diagnostics = diagnostics.Append(DiagnosticCodes.DuplicateOutputPath.At(where,
                    $"{safe.Path} is already the output of another document: written to {path}")).ToList();
            }
        }

        if (_writer is null)
        {
            return new DocumentReport(document.SourcePath, path, StatusOf(result), diagnostics) { BlockCounts = result.BlockCounts };
        }

        string markdown = result.Markdown!;
        if (media is not null && _media is not null)
        {
            var (rewritten, mediaDiagnostics) = _media.Complete(media, document, path);
            markdown = rewritten;
            if (mediaDiagnostics.Count > 0)
            {
                diagnostics = [.. diagnostics, .. mediaDiagnostics];
            }
        }

        try
        {
            var outcome = _writer.Stage(path, markdown, keepName: document.KeepsSourceName);
            if (outcome.Action == WriteAction.KeptExisting)
            {
                diagnostics = diagnostics.Append(DiagnosticCodes.OutputExistsDifferent.At(where,
                    $"{outcome.RelativePath} exists with different content: not overwritten (use --force to replace it)")).ToList();
                return new DocumentReport(document.SourcePath, outcome.RelativePath, DocumentStatus.NotWritten, diagnostics) { Action = outcome.Action, BlockCounts = result.BlockCounts };
            }

            return new DocumentReport(document.SourcePath, outcome.RelativePath, StatusOf(result), diagnostics) { Action = outcome.Action, BlockCounts = result.BlockCounts };
        }
        catch (UnsafePathException ex)
        {
            return NotWritten(document, diagnostics, DiagnosticCodes.OutputPathRefused.At(where, ex.Message));
        }
        catch (OutputCollisionException ex)
        {
            return NotWritten(document, diagnostics, DiagnosticCodes.OutputPathCollision.At(where, ex.Message));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return NotWritten(document, diagnostics, DiagnosticCodes.OutputNotWritten.At(where, $"{path}: {ex.Message}"));
        }
    }

    private static DocumentStatus StatusOf(ConversionResult result) => result.AlreadyMarkdown ? DocumentStatus.AlreadyMarkdown : DocumentStatus.Converted;

    private static DocumentReport NotWritten(SourceDocument document, IReadOnlyList<Diagnostic> diagnostics, Diagnostic diagnostic) =>
        new(document.SourcePath, document.OutputPath, DocumentStatus.NotWritten, diagnostics.Append(diagnostic).ToList());
}
