using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace CdsMigrate.Tests.Support;

/// <summary>Validates JSON documents against JSON Schemas (JsonSchema.Net), with format checks on.</summary>
public static class SchemaValidator
{
    public static JsonSchema Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        // The SARIF 2.1.0 schema is draft-04, which JsonSchema.Net no longer reads. For the keywords it
        // uses (no boolean exclusiveMinimum/Maximum), draft-07 means the same: only the root id spelling changed.
        if (node["$schema"]?.GetValue<string>().Contains("draft-04", StringComparison.Ordinal) == true)
        {
            node["$schema"] = "http://json-schema.org/draft-07/schema#";
            // Its id is not needed to validate (all $refs are local) and registering it can clash.
            node.Remove("id");
        }

        // Each load gets its own registry: two schemas with one $id must not clash across tests.
        return JsonSchema.FromText(node.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>The validation errors of <paramref name="json"/> (empty when valid), as readable lines.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .Take(20).DefaultIfEmpty("invalid (no details)").ToList();
    }
}
