using CdsMigrate.Bench;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Sources;

// Per-phase CPU cost of converting posts, single-threaded after warm-up.
// Usage (from the repo root):
//   dotnet run -c Release --project benchmarks/CdsMigrate.Bench -- [--rounds N] [--flavor gfm|hugo|commonmark]
//                                                                   [--corpus DIR] [--only convert|convert-no-verify]
// --only runs just that loop (for a profiler: perf record with DOTNET_PerfMapEnabled=1).
var settings = BenchSettings.Parse(args);
var documents = PostLoader.Load(settings.Corpus, out string origin);
Console.WriteLine($"{documents.Count} posts ({origin}), {documents.Sum(d => d.Html.Length) / documents.Count / 1024.0:F1} KB of HTML each on average; flavour {settings.Flavor}; {settings.Rounds} rounds");
Console.WriteLine(ThreadCpuClock.IsCpuTime ? "Times are CPU time of the benchmark thread." : "No thread CPU clock here: times are elapsed time.");

var bench = new PhaseBench(documents, settings.Flavor);
if (settings.Only is { } only)
{
    bench.RunConvertOnly(verify: only == "convert", settings.Rounds);
    return;
}

bench.Run(settings.Rounds);
