using System.Text.Encodings.Web;
using System.Text.Json;

namespace CdsMigrate.Core.Inventory;

/// <summary>Writes an inventory as JSON: documents read, inputs that failed, and every entry with its documents and handlers.</summary>
internal static class InventoryJsonWriter
{
    public const int SchemaVersion = 1;

    public static string Write(ExportInventory inventory, string toolVersion)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", SchemaVersion);
            json.WriteString("tool", "cdsmigrate");
            json.WriteString("version", toolVersion);
            json.WriteNumber("documents", inventory.Documents);
            json.WriteStartArray("failedInputs");
            foreach (var failed in inventory.FailedInputs) json.WriteStringValue(failed);
            json.WriteEndArray();
            json.WriteStartArray("entries");
            foreach (var entry in inventory.Entries)
            {
                json.WriteStartObject();
                json.WriteString("kind", entry.Kind.ToString().ToLowerInvariant());
                json.WriteString("name", entry.Name);
                json.WriteNumber("count", entry.Count);
                json.WriteBoolean("unhandled", entry.Unhandled);
                json.WriteStartObject("handlers");
                foreach (var (handler, count) in entry.Handlers.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal))
                {
                    json.WriteNumber(handler, count);
                }

                json.WriteEndObject();
                json.WriteStartArray("documents");
                foreach (var doc in entry.Documents) json.WriteStringValue(doc);
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
