using System.Globalization;
using CdsMigrate.Core.Batch;
using CdsMigrate.Core.Reporting;
using Spectre.Console;

namespace CdsMigrate.Cli;

/// <summary>
/// What a run shows on standard error (issue 13): diagnostics (warnings and errors; infos with -v; errors only with
/// --quiet), at most <see cref="MaxPerCode"/> per code then one "and K more" line, progress (a live Spectre.Console
/// display on a terminal, a line every few seconds otherwise, none with --quiet), and a summary table. Colour only
/// on a terminal, never with NO_COLOR or --no-color.
/// </summary>
internal sealed class ConsoleView
{
    private readonly TextWriter _stderr;
    private readonly Dictionary<string, int> _shown = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _hidden = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private IAnsiConsole? _live;

    public ConsoleView(TextWriter stderr, bool terminal, bool color, bool quiet, bool verbose, int maxPerCode, TimeSpan progressInterval, bool hasReport)
    {
        _stderr = stderr;
        Terminal = terminal;
        Color = color && terminal;
        Quiet = quiet;
        Verbose = verbose && !quiet;
        MaxPerCode = Math.Max(0, maxPerCode);
        ProgressInterval = progressInterval;
        HasReport = hasReport;
    }

    public bool Terminal { get; }

    public bool Color { get; }

    public bool Quiet { get; }

    public bool Verbose { get; }

    public int MaxPerCode { get; }

    public TimeSpan ProgressInterval { get; }

    public bool HasReport { get; }

    /// <summary>Prints one document's diagnostics as it is committed.</summary>
    public void Document(DocumentReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            Diagnostic(diagnostic);
        }
    }

    public void Diagnostic(Diagnostic diagnostic)
    {
        _codes[diagnostic.Code] = _codes.GetValueOrDefault(diagnostic.Code) + 1;
        if (!Shows(diagnostic.Severity))
        {
            return;
        }

        int shown = _shown.GetValueOrDefault(diagnostic.Code);
        if (shown >= MaxPerCode)
        {
            _hidden[diagnostic.Code] = _hidden.GetValueOrDefault(diagnostic.Code) + 1;
            return;
        }

        _shown[diagnostic.Code] = shown + 1;
        Line(ConsoleReporter.RunLine(diagnostic), diagnostic.Severity);
    }

    /// <summary>A plain message (not a diagnostic): hidden by --quiet.</summary>
    public void Message(string text)
    {
        if (!Quiet)
        {
            Line(text, null);
        }
    }

    /// <summary>"and K more CDSxxxx": the diagnostics the per-code cap kept off the console.</summary>
    public void HiddenCounts()
    {
        string where = HasReport ? "see the report" : "--report FILE lists them all";
        foreach (var (code, count) in _hidden)
        {
            Line($"cdsmigrate: and {count} more {code}: {where}", null);
        }
    }

    /// <summary>Runs <paramref name="run"/> with a progress display fitting where standard error goes.</summary>
    public T WithProgress<T>(Func<IMigrationProgress?, T> run)
    {
        if (Quiet)
        {
            return run(null);
        }

        if (!Terminal)
        {
            return run(new ProgressLines(this, ProgressInterval));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = Color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(_stderr),
            Interactive = InteractionSupport.Yes,
        });
        T result = default!;
        var live = new LiveProgress();
        _live = console;
        try
        {
            console.Live(live.Render(null)).AutoClear(true).Overflow(VerticalOverflow.Ellipsis).Start(context =>
            {
                live.Context = context;
                result = run(live);
            });
        }
        finally
        {
            _live = null;
            // Spectre measures the terminal through System.Console, whose Unix set-up switches the keypad to
            // application mode (ESC[?1h ESC=) and never switches it back: reset it so the terminal is left as found.
            _stderr.Write("\u001b[?1l\u001b>");
            _stderr.Flush();
        }

        return result;
    }

    /// <summary>The summary table: documents by status (any status the core has), diagnostics by severity, the most frequent codes.</summary>
    public void SummaryTable(MigrationResult result)
    {
        if (Quiet)
        {
            return;
        }

        var statuses = Enum.GetValues<DocumentStatus>()
            .Select(status => (Name: ReportWriters.StatusName(status), Count: result.Documents.Count(d => d.Status == status)))
            .Where(s => s.Count > 0).ToList();
        var severities = Enum.GetValues<Severity>().OrderDescending()
            .Select(s => (Name: s.ToString().ToLowerInvariant(), Count: result.Count(s), Severity: s)).ToList();
        var codes = _codes.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(5).ToList();
        Line("", null);
        Line($"  {"status",-16}{"count",6}    {"severity",-10}{"count",6}    {(codes.Count > 0 ? "top codes" : "")}".TrimEnd(), null);
        int lines = Math.Max(Math.Max(statuses.Count, severities.Count), codes.Count);
        for (int i = 0; i < lines; i++)
        {
            // 16 columns: the longest status name, "already-markdown", then its count.
            string status = i < statuses.Count ? $"{statuses[i].Name,-16}{Number(statuses[i].Count),6}" : new string(' ', 22);
            string severity = i < severities.Count ? $"{severities[i].Name,-10}{Number(severities[i].Count),6}" : new string(' ', 16);
            string code = i < codes.Count ? $"{codes[i].Key} {Number(codes[i].Value),6}  {Title(codes[i].Key)}" : "";
            Line($"  {status}    {severity}    {code}".TrimEnd(), i < severities.Count && severities[i].Count > 0 ? severities[i].Severity : null);
        }

        Line("", null);
    }

    private static string Title(string code) => DiagnosticCodes.All.FirstOrDefault(c => c.Code == code)?.Title ?? "";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private bool Shows(Severity severity) => Quiet ? severity >= Severity.Error : Verbose || severity >= Severity.Warning;

    private void Line(string text, Severity? severity)
    {
        if (_live is { } console)
        {
            // Through the live display's console: Spectre redraws the progress below the new line.
            console.MarkupLine(Color && severity is { } s ? Colored(text, s) : Markup.Escape(text));
            return;
        }

        if (Color && severity is { } severityColor)
        {
            _stderr.WriteLine(Ansi(text, severityColor));
            return;
        }

        _stderr.WriteLine(text);
    }

    private static string SeverityWord(Severity severity) => severity switch { Severity.Error => " error ", Severity.Warning => " warning ", _ => " info " };

    private static string Colored(string text, Severity severity)
    {
        string word = SeverityWord(severity);
        string escaped = Markup.Escape(text);
        string style = severity switch { Severity.Error => "red bold", Severity.Warning => "yellow", _ => "blue" };
        int at = escaped.IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? escaped : $"{escaped[..at]} [{style}]{word.Trim()}[/] {escaped[(at + word.Length)..]}";
    }

    private static string Ansi(string text, Severity severity)
    {
        string word = SeverityWord(severity);
        string code = severity switch { Severity.Error => "\u001b[1;31m", Severity.Warning => "\u001b[33m", _ => "\u001b[34m" };
        int at = text.IndexOf(word, StringComparison.Ordinal);
        return at < 0 ? text : $"{text[..at]} {code}{word.Trim()}\u001b[0m {text[(at + word.Length)..]}";
    }

    /// <summary>Off a terminal (CI logs): one plain line every few seconds.</summary>
    private sealed class ProgressLines(ConsoleView view, TimeSpan interval) : IMigrationProgress
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _next;

        public void Report(MigrationProgress progress)
        {
            if (_next == TimeSpan.Zero)
            {
                _next = interval;
            }

            if (_clock.Elapsed < _next)
            {
                return;
            }

            _next = _clock.Elapsed + interval;
            view.Line("cdsmigrate: progress: " + ProgressText.Describe(progress, _clock.Elapsed), null);
        }
    }

    /// <summary>On a terminal: a live line redrawn at most ten times a second.</summary>
    private sealed class LiveProgress : IMigrationProgress
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
        private TimeSpan _last = TimeSpan.FromSeconds(-1);

        public LiveDisplayContext? Context { get; set; }

        public void Report(MigrationProgress progress)
        {
            if (Context is null || _clock.Elapsed - _last < TimeSpan.FromMilliseconds(100))
            {
                return;
            }

            _last = _clock.Elapsed;
            Context.UpdateTarget(Render(progress));
            Context.Refresh();
        }

        public Spectre.Console.Rendering.IRenderable Render(MigrationProgress? progress) => progress is null
            ? new Markup("[grey]cdsmigrate: starting…[/]")
            : new Rows(
                new Markup($"[bold]cdsmigrate[/] {Markup.Escape(ProgressText.Counts(progress, _clock.Elapsed))}"),
                new Markup($"[grey]{Markup.Escape(progress.Current)}[/]"));
    }
}
