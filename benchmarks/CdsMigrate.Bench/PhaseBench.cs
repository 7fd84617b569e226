using CdsMigrate.Core;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.FrontMatter;
using CdsMigrate.Core.Parsing;
using CdsMigrate.Core.Sources;
using CdsMigrate.Core.Verification;
using CdsMigrate.Core.Writing;

namespace CdsMigrate.Bench;

/// <summary>
/// Runs the steps of <see cref="DocumentConverter.Convert"/> one by one, timing each with the thread's CPU
/// clock, then the whole converter with and without verification. The steps are repeated here (keep them
/// in step with DocumentConverter); a check at the start makes sure they give the converter's output.
/// </summary>
internal sealed class PhaseBench(IReadOnlyList<SourceDocument> documents, MarkdownFlavor flavor)
{
    private const int WarmUpRounds = 5;

    private readonly ConversionOptions _options = new() { Flavor = flavor };
    private readonly MarkdownWriter _writer = new(flavor);

    public void Run(int rounds)
    {
        CheckSameOutput();

        // Rounds interleave the three loops, so that JIT tiering and a machine busy with other work
        // weigh on all three alike; the first rounds only warm up (tiered JIT, PGO).
        var phases = new PhaseTimes();
        long verified = 0, unverified = 0;
        for (int i = -WarmUpRounds; i < rounds; i++)
        {
            var round = RunPhases();
            long v = TimeConvert(verify: true, 1);
            long nv = TimeConvert(verify: false, 1);
            if (i >= 0)
            {
                phases.Add(round);
                verified += v;
                unverified += nv;
            }
        }

        int docs = documents.Count * rounds;
        Console.WriteLine();
        Console.WriteLine($"{"phase",-22} {"µs/doc",9} {"docs/CPU-s",11} {"share",6}");
        long sum = phases.Parse + phases.Rules + phases.Write + phases.Verify;
        Print("parse (+annotate)", phases.Parse, docs, sum);
        Print("rules", phases.Rules, docs, sum);
        Print("write", phases.Write, docs, sum);
        Print("verify", phases.Verify, docs, sum);
        Print("  source fingerprint", phases.SourceFingerprint, docs, sum);
        Print("  output fingerprint", phases.OutputFingerprint, docs, sum);
        Print("    render (Markdig)", phases.Render, docs, sum);
        Print("    re-parse (AngleSharp)", phases.Reparse, docs, sum);
        Print("sum of phases", sum, docs, sum);
        Console.WriteLine();
        Print("convert, verified", verified, docs, sum);
        Print("convert, no verify", unverified, docs, sum);

        // Allocation is exact where CPU time on a shared machine is not: it shows a change the timings' noise hides.
        Console.WriteLine($"{"verify allocates",-22} {phases.VerifyBytes / 1024.0 / docs,9:F1} KB/doc");
        Console.WriteLine($"{"  source fingerprint",-22} {phases.SourceBytes / 1024.0 / docs,9:F1} KB/doc");
        Console.WriteLine($"{"  render (Markdig)",-22} {phases.RenderBytes / 1024.0 / docs,9:F1} KB/doc");
        Console.WriteLine($"{"  re-parse (AngleSharp)",-22} {phases.ReparseBytes / 1024.0 / docs,9:F1} KB/doc");
        Console.WriteLine($"{"  output fingerprint",-22} {phases.OutputBytes / 1024.0 / docs,9:F1} KB/doc (its own walk)");
    }

    /// <summary>Just the converter, for a profiler to look at.</summary>
    public void RunConvertOnly(bool verify, int rounds)
    {
        long ns = TimeConvert(verify, WarmUpRounds);
        ns = TimeConvert(verify, rounds);
        Print(verify ? "convert, verified" : "convert, no verify", ns, documents.Count * rounds, ns);
    }

    private long TimeConvert(bool verify, int rounds)
    {
        var converter = new DocumentConverter(_options with { Verify = verify });
        long start = ThreadCpuClock.Now();
        for (int i = 0; i < rounds; i++)
        {
            foreach (var document in documents)
            {
                converter.Convert(document);
            }
        }

        return ThreadCpuClock.Now() - start;
    }

    private PhaseTimes RunPhases()
    {
        var times = new PhaseTimes();
        foreach (var document in documents)
        {
            ConvertInPhases(document, times);
        }

        return times;
    }

    private string ConvertInPhases(SourceDocument document, PhaseTimes times)
    {
        long t0 = ThreadCpuClock.Now();
        var parsed = HtmlBodyParser.Parse(document.Html);
        ShortcodeExpander.Expand(parsed.Body);
        var context = new ConversionContext(_options, Core.Rules.RuleSet.Default, document.SourcePath, document.HtmlLine, document.HtmlColumn, DocumentIndex.Build(parsed.Body));
        foreach (var issue in BlockCommentAnnotator.Annotate(parsed.Body, document.Html))
        {
            if (issue.Line > 0)
            {
                context.ReportAt(issue.Code, issue.Line, issue.Column, issue.Message, issue.Block);
            }
            else
            {
                context.Report(issue.Code, issue.Near, issue.Message, issue.Block);
            }
        }

        long t1 = ThreadCpuClock.Now();
        var blocks = FootnotePlacement.MoveToEnd(ListContinuation.Merge(context.ConvertChildren(parsed.Body)));
        long t2 = ThreadCpuClock.Now();
        string body = _writer.Write(blocks, new Core.Writing.Flavors.DegradationReport());
        string markdown = document.FrontMatter is null
            ? body
            : FrontMatterWriter.Write(document.FrontMatter) + (body.Length > 0 ? "\n" + body : "");
        long t3 = ThreadCpuClock.Now();
        long bytes = GC.GetAllocatedBytesForCurrentThread();
        var verification = OutputVerifier.Verify(SiteReference.OfHtml(parsed.Body, document.SourcePath, document.HtmlLine, document.HtmlColumn), body, context.Ledger, _options);
        long t4 = ThreadCpuClock.Now();
        times.VerifyBytes += GC.GetAllocatedBytesForCurrentThread() - bytes;
        VerifyBreakdown(parsed.Body, body, context.Ledger, times);

        times.Parse += t1 - t0;
        times.Rules += t2 - t1;
        times.Write += t3 - t2;
        times.Verify += t4 - t3;
        times.Errors += verification.Count;
        return markdown;
    }

    /// <summary>
    /// The verifier's steps one by one (issue 11, point 3: where its time goes), repeating what
    /// <see cref="OutputVerifier.Verify(SiteReference, string, DropLedger, ConversionOptions)"/> does.
    /// </summary>
    private void VerifyBreakdown(AngleSharp.Dom.IElement source, string body, DropLedger ledger, PhaseTimes times)
    {
        long a0 = GC.GetAllocatedBytesForCurrentThread();
        long t0 = ThreadCpuClock.Now();
        var reference = SiteReference.OfHtml(source, "bench", 1, 1);
        var marks = LedgerMarks.From(ledger.Entries, reference.Place);
        var expected = Fingerprint.Of(source, marks, _options.PlainHeadings);
        long t1 = ThreadCpuClock.Now();
        long a1 = GC.GetAllocatedBytesForCurrentThread();
        string html = MarkdownRendering.ToHtml(body, _options.Flavor);
        long r1 = ThreadCpuClock.Now();
        long a2 = GC.GetAllocatedBytesForCurrentThread();
        var rendered = HtmlBodyParser.ParseQuiet(html);
        long r2 = ThreadCpuClock.Now();
        long a3 = GC.GetAllocatedBytesForCurrentThread();
        var actual = Fingerprint.Of(rendered, LedgerMarks.None, _options.PlainHeadings);
        long t2 = ThreadCpuClock.Now();
        long a4 = GC.GetAllocatedBytesForCurrentThread();
        times.SourceBytes += a1 - a0;
        times.RenderBytes += a2 - a1;
        times.ReparseBytes += a3 - a2;
        times.OutputBytes += a4 - a3;
        times.SourceFingerprint += t1 - t0;
        times.OutputFingerprint += t2 - t1;
        times.Render += r1 - t1;
        times.Reparse += r2 - r1;
        times.Mismatches += Enum.GetValues<FingerprintAspect>().Count(a => !expected[a].Select(x => x.Text).SequenceEqual(actual[a].Select(x => x.Text)));
    }

    private void CheckSameOutput()
    {
        var converter = new DocumentConverter(_options);
        foreach (var document in documents)
        {
            var expected = converter.Convert(document).Markdown;
            // The body only: a post file's front matter is its own text with fixes (issue 9), not rewritten here.
            string body = ConvertInPhases(document, new PhaseTimes());
            body = document.FrontMatter is null ? body : body[(FrontMatterWriter.Write(document.FrontMatter).Length + (body.Length > 0 ? 1 : 0))..];
            if (expected is not null && !expected.EndsWith(body.TrimStart('\n'), StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"the benchmark's phases no longer match DocumentConverter ({document.SourcePath})");
            }
        }
    }

    private static void Print(string what, long ns, int docs, long sum) =>
        Console.WriteLine($"{what,-22} {ns / 1000.0 / docs,9:F1} {docs / (ns / 1e9),11:F0} {100.0 * ns / sum,5:F0}%");

    private sealed class PhaseTimes
    {
        public long Parse;
        public long Rules;
        public long Write;
        public long Verify;
        public long VerifyBytes;
        public long SourceBytes;
        public long RenderBytes;
        public long ReparseBytes;
        public long OutputBytes;
        public long SourceFingerprint;
        public long OutputFingerprint;
        public long Render;
        public long Reparse;
        public int Errors;
        public int Mismatches;

        public void Add(PhaseTimes other)
        {
            Parse += other.Parse;
            Rules += other.Rules;
            Write += other.Write;
            Verify += other.Verify;
            VerifyBytes += other.VerifyBytes;
            SourceBytes += other.SourceBytes;
            RenderBytes += other.RenderBytes;
            ReparseBytes += other.ReparseBytes;
            OutputBytes += other.OutputBytes;
            SourceFingerprint += other.SourceFingerprint;
            OutputFingerprint += other.OutputFingerprint;
            Render += other.Render;
            Reparse += other.Reparse;
            Errors += other.Errors;
            Mismatches += other.Mismatches;
        }
    }
}
