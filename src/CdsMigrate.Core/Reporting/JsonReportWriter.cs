using System.Text.Encodings.Web;
using System.Text.Json;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>Writes a run's results as JSON: tool, version, per-document status and diagnostics, totals.</summary>
public static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    public static string Write(MigrationResult result, string toolVersion)
    {
        using var stream = new MemoryStream();
        Write(result, toolVersion, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the report to <paramref name="stream"/> (a file): a huge run's report is never held as one string.</summary>
    public static void Write(MigrationResult result, string toolVersion, Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", "cdsmigrate");
            json.WriteString("version", toolVersion);
            json.WriteStartArray("documents");
            foreach (var doc in result.Documents)
            {
                json.WriteStartObject();
                json.WriteString("source", doc.Source);
                if (doc.Output is null) json.WriteNull("output"); else json.WriteString("output", doc.Output);
                json.WriteString("status", doc.Status.ToString().ToLowerInvariant());
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
            json.WriteStartObject("totals");
            json.WriteNumber("documents", result.Documents.Count);
            json.WriteNumber("converted", result.Documents.Count(d => d.Status == DocumentStatus.Converted));
            json.WriteNumber("failed", result.Documents.Count(d => d.Status is DocumentStatus.Failed or DocumentStatus.NotWritten));
            json.WriteNumber("skipped", result.Documents.Count(d => d.Status == DocumentStatus.Skipped));
            json.WriteNumber("errors", result.Count(Severity.Error));
            json.WriteNumber("warnings", result.Count(Severity.Warning));
            json.WriteNumber("infos", result.Count(Severity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("code", d.Code);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("message", d.Message);
        if (d.Block is null) json.WriteNull("block"); else json.WriteString("block", d.Block);
        if (d.File is null) json.WriteNull("file"); else json.WriteString("file", d.File);
        json.WriteNumber("line", d.Line);
        json.WriteNumber("column", d.Column);
        json.WriteEndObject();
    }
}
