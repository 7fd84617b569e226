using System.Text.Encodings.Web;
using System.Text.Json;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// Writes a run's results as JSON, in the shape <c>docs/report.schema.json</c> documents: tool, version,
/// command, options, per document (source, output, status, counts, blocks by rule, diagnostics), totals.
/// Bump <see cref="SchemaVersion"/> on any change that is not a pure addition.
/// </summary>
internal static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static string Write(MigrationResult result, ReportInfo info)
    {
        using var stream = new MemoryStream();
        Write(result, info, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report to <paramref name="stream"/> (a file): a huge run's report is never held as one string.</summary>
    public static void Write(MigrationResult result, ReportInfo info, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", ReportInfo.ToolName);
            json.WriteString("version", info.ToolVersion);
            json.WriteString("command", info.Command);
            json.WriteStartObject("options");
            json.WriteString("flavor", info.Flavor);
            json.WriteString("unknown", info.Unknown);
            json.WriteBoolean("verify", info.Options.Verify);
            json.WriteString("failOn", info.FailOn);
            json.WriteEndObject();
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteStartArray("runDiagnostics");
            foreach (var d in result.RunDiagnostics)
            {
                WriteDiagnostic(json, d);
            }

            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var doc in result.Documents)
            {
                json.WriteStartObject();
                json.WriteString("source", doc.Source);
                if (doc.Output is null) json.WriteNull("output"); else json.WriteString("output", doc.Output);
                json.WriteString("status", ReportWriters.StatusName(doc.Status));
                WriteCounts(json, doc.Diagnostics);
                WriteBlocks(json, doc.BlockCounts);
                json.WriteStartArray("diagnostics");
                foreach (var d in doc.Diagnostics)
                {
                    WriteDiagnostic(json, d);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                if (json.BytesPending > 64 * 1024)
                {
                    // Utf8JsonWriter buffers everything until flushed: keep the buffer small on huge runs.
                    json.Flush();
                }
            }

            json.WriteEndArray();
            if (result.Translations is { } translations)
            {
                WriteTranslations(json, translations);
            }

            json.WriteStartObject("totals");
            json.WriteNumber("documents", result.Documents.Count);
            json.WriteNumber("converted", result.Documents.Count(d => d.Status == DocumentStatus.Converted));
            json.WriteNumber("alreadyMarkdown", result.Documents.Count(d => d.Status == DocumentStatus.AlreadyMarkdown));
            json.WriteNumber("notWritten", result.Documents.Count(d => d.Status == DocumentStatus.NotWritten));
            json.WriteNumber("failed", result.Documents.Count(d => d.Status == DocumentStatus.Failed));
            json.WriteNumber("skipped", result.Documents.Count(d => d.Status == DocumentStatus.Skipped));
            json.WriteNumber("errors", result.Count(Severity.Error));
            json.WriteNumber("warnings", result.Count(Severity.Warning));
            json.WriteNumber("infos", result.Count(Severity.Info));
            var blocks = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var (name, count) in result.Documents.SelectMany(d => d.BlockCounts))
            {
                blocks[name] = blocks.GetValueOrDefault(name) + count;
            }

            WriteBlocks(json, blocks);
            json.WriteStartObject("codes");
            foreach (var group in result.Diagnostics.GroupBy(d => d.Code).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(group.Key, group.Count());
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>The translations section (issue 12): pairs, documents without a twin, twins that drifted apart.</summary>
    private static void WriteTranslations(Utf8JsonWriter json, Translations.TranslationReport translations)
    {
        json.WriteStartObject("translations");
        json.WriteBoolean("checked", translations.Checked);
        json.WriteStartArray("languages");
        foreach (var language in translations.Languages)
        {
            json.WriteStringValue(language);
        }

        json.WriteEndArray();
        json.WriteNumber("documents", translations.Documents);
        json.WriteNumber("pairs", translations.Pairs);
        json.WriteNumber("splitItems", translations.SplitItems);
        json.WriteString("threshold", Translations.TranslationReport.Threshold);
        json.WriteStartArray("unpaired");
        foreach (var entry in translations.Unpaired)
        {
            json.WriteStartObject();
            WriteMember(json, entry.Member, counts: false);
            json.WriteStartArray("missing");
            foreach (var language in entry.Missing)
            {
                json.WriteStringValue(language);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("drifted");
        foreach (var entry in translations.Drifted)
        {
            json.WriteStartObject();
            json.WriteString("translationKey", entry.Key);
            json.WriteStartArray("aspects");
            foreach (var aspect in entry.Aspects)
            {
                json.WriteStringValue(aspect);
            }

            json.WriteEndArray();
            json.WriteStartArray("documents");
            foreach (var member in new[] { entry.First, entry.Second })
            {
                json.WriteStartObject();
                WriteMember(json, member, counts: true);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMember(Utf8JsonWriter json, Translations.TranslationMember member, bool counts)
    {
        json.WriteString("source", member.Source);
        if (member.Output is null) json.WriteNull("output"); else json.WriteString("output", member.Output);
        json.WriteNumber("line", member.Line);
        json.WriteString("lang", member.Lang);
        json.WriteString("translationKey", member.Key);
        if (counts)
        {
            json.WriteStartObject("counts");
            foreach (var (name, count) in member.Counts.Aspects())
            {
                json.WriteNumber(name, count);
            }

            json.WriteEndObject();
        }
    }

    private static void WriteCounts(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics)
    {
        json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
        json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
        json.WriteNumber("infos", diagnostics.Count(d => d.Severity == Severity.Info));
    }

    private static void WriteBlocks(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, int>> counts)
    {
        json.WriteStartObject("blocks");
        foreach (var (name, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(name, count);
        }

        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", ReportWriters.SeverityName(d.Severity));
        json.WriteString("message", d.Message);
        if (d.Block is null) json.WriteNull("block"); else json.WriteString("block", d.Block);
        if (d.File is null) json.WriteNull("file"); else json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteEndObject();
    }
}
