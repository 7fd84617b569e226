using System.Text.Encodings.Web;
using System.Text.Json;
using CdsMigrate.Core.Batch;

namespace CdsMigrate.Core.Reporting;

/// <summary>
/// Writes SARIF 2.1.0 (OASIS): one run, the tool with a rule for every code in
/// <see cref="DiagnosticCodes.All"/> (title, help, default level), one result per diagnostic located at
/// the source file, line and column. Code scanning tools show it as annotations on the files.
/// </summary>
internal static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(MigrationResult result, ReportInfo info)
    {
        using var stream = new MemoryStream();
        Write(result, info, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the log to <paramref name="stream"/>, flushing as it goes (one result per diagnostic can be many).</summary>
    public static void Write(MigrationResult result, ReportInfo info, Stream stream)
    {
        var rules = DiagnosticCodes.All.OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var index = rules.Select((r, i) => (r.Code, i)).ToDictionary(x => x.Code, x => x.i);
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ReportInfo.ToolName);
            json.WriteString("version", info.ToolVersion);
            json.WriteString("semanticVersion", info.ToolVersion);
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(json, rule);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            // An interrupted run did not finish: SARIF says so here, and its CDS7003 result says what was done.
            json.WriteBoolean("executionSuccessful", !result.Interrupted);
            json.WriteStartObject("properties");
            json.WriteString("command", info.Command);
            json.WriteString("flavor", info.Flavor);
            json.WriteString("unknown", info.Unknown);
            json.WriteBoolean("verify", info.Options.Verify);
            json.WriteBoolean("interrupted", result.Interrupted);
            json.WriteNumber("documents", result.Documents.Count);
            json.WriteNumber("converted", result.Documents.Count(d => d.Status == Batch.DocumentStatus.Converted));
            json.WriteNumber("alreadyMarkdown", result.Documents.Count(d => d.Status == Batch.DocumentStatus.AlreadyMarkdown));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteStartArray("results");
            foreach (var d in result.Diagnostics)
            {
                WriteResult(json, d, index);
                if (json.BytesPending > 64 * 1024)
                {
                    json.Flush();
                }
            }

            json.WriteEndArray();
            if (result.Translations is { } translations)
            {
                // The pairing summary; its findings are results above (CDS4100, CDS4101…), located at their documents.
                json.WriteStartObject("properties");
                json.WriteStartObject("translations");
                json.WriteBoolean("checked", translations.Checked);
                json.WriteStartArray("languages");
                foreach (var language in translations.Languages)
                {
                    json.WriteStringValue(language);
                }

                json.WriteEndArray();
                json.WriteNumber("pairs", translations.Pairs);
                json.WriteNumber("unpaired", translations.Unpaired.Count);
                json.WriteNumber("drifted", translations.Drifted.Count);
                json.WriteNumber("splitItems", translations.SplitItems);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            // Columns come from AngleSharp, which counts UTF-16 code units (the SARIF default, stated for clarity).
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter json, DiagnosticCode rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Code);
        json.WriteString("name", PascalCase(rule.Title));
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule.Title);
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Help);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Help);
        json.WriteEndObject();
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.Severity));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> index)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        if (index.TryGetValue(d.Code, out int i))
        {
            json.WriteNumber("ruleIndex", i);
        }

        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Block is null ? d.Message : $"{d.Message} [{d.Block}]");
        json.WriteEndObject();
        if (d.File is not null)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", ToUri(d.File));
            json.WriteEndObject();
            if (d.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Line);
                json.WriteNumber("startColumn", Math.Max(1, d.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A relative URI reference for a path: each segment percent-encoded (spaces, ':' that would read as a
    /// scheme, '&amp;', non-ASCII); an absolute path becomes a file: URI.
    /// </summary>
    public static string ToUri(string path)
    {
        string normalized = path.Replace('\\', '/');
        if (Path.IsPathFullyQualified(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        return string.Join('/', normalized.Split('/').Select(Uri.EscapeDataString));
    }

    private static string PascalCase(string title) =>
        string.Concat(title.Split([' ', '-', '/', ',', '(', ')', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
