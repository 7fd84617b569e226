using System.Text;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>Writes front matter as a YAML block between <c>---</c> lines, keys in their order.</summary>
internal static class FrontMatterWriter
{
    public static string Write(FrontMatterMapping frontMatter)
    {
        var sb = new StringBuilder("---\n");
        WriteMapping(frontMatter, sb, indent: "");
        return sb.Append("---\n").ToString();
    }

    private static void WriteMapping(FrontMatterMapping mapping, StringBuilder sb, string indent)
    {
        foreach (var (key, value) in mapping.Entries)
        {
            sb.Append(indent).Append(YamlScalarWriter.String(key)).Append(':');
            switch (value)
            {
                case FrontMatterScalar s:
                    sb.Append(' ').Append(Scalar(s)).Append('\n');
                    break;
                case FrontMatterSequence seq when seq.Items.All(i => i is FrontMatterScalar):
                    sb.Append(" [").AppendJoin(", ", seq.Items.Cast<FrontMatterScalar>().Select(FlowScalar)).Append("]\n");
                    break;
                case FrontMatterSequence seq:
                    sb.Append('\n');
                    foreach (var item in seq.Items)
                    {
                        WriteSequenceItem(item, sb, indent);
                    }

                    break;
                case FrontMatterMapping { Entries.Count: 0 }:
                    sb.Append(" {}\n");
                    break;
                case FrontMatterMapping map:
                    sb.Append('\n');
                    WriteMapping(map, sb, indent + "  ");
                    break;
            }
        }
    }

    private static void WriteSequenceItem(FrontMatterValue item, StringBuilder sb, string indent)
    {
        switch (item)
        {
            case FrontMatterScalar s:
                sb.Append(indent).Append("  - ").Append(Scalar(s)).Append('\n');
                break;
            case FrontMatterMapping map:
            {
                var inner = new StringBuilder();
                WriteMapping(map, inner, indent + "    ");
                string text = inner.ToString();
                // "- " takes the place of the first entry's indentation.
                sb.Append(indent).Append("  - ").Append(text.AsSpan(indent.Length + 4));
                break;
            }

            case FrontMatterSequence seq:
                sb.Append(indent).Append("  - [").AppendJoin(", ", seq.Items.OfType<FrontMatterScalar>().Select(FlowScalar)).Append("]\n");
                break;
        }
    }

    private static string Scalar(FrontMatterScalar s) => s.IsString ? YamlScalarWriter.String(s.Value) : s.Value;

    /// <summary>Inside a flow sequence, strings are double-quoted: commas and brackets would end them.</summary>
    internal static string FlowScalar(FrontMatterScalar s)
    {
        if (!s.IsString)
        {
            return s.Value;
        }

        string written = YamlScalarWriter.String(s.Value);
        if (written.Length > 0 && written[0] is '\'' or '"')
        {
            return written;
        }

        return "\"" + s.Value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
    }
}
