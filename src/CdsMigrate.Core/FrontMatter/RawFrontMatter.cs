using System.Text;

namespace CdsMigrate.Core.FrontMatter;

/// <summary>
/// A post file's front matter as it was written (issue 9, point 5): the whole block, opening and closing
/// delimiter lines included, and the few fixes it needs. The output is this text with only those spans
/// replaced, so keys, order, quoting, folding, comments and blank lines stay line for line and a migration's
/// diff shows the fixes and nothing else. Front matter made from export data is written by
/// <see cref="FrontMatterWriter"/> instead.
/// </summary>
internal sealed record RawFrontMatter
{
    /// <summary>The block as read: <c>---</c> line, YAML, closing <c>---</c> (or <c>...</c>) line, each line ending in LF.</summary>
    public required string Text { get; init; }

    /// <summary>Where the YAML starts in <see cref="Text"/> (just after the opening delimiter line).</summary>
    public required int YamlOffset { get; init; }

    /// <summary>The fixes, in text order, never overlapping; offsets are in the YAML.</summary>
    public IReadOnlyList<FrontMatterEdit> Edits { get; init; } = [];

    /// <summary>The block with its fixes applied, ending with a line break.</summary>
    public string Fixed()
    {
        var sb = new StringBuilder(Text.Length);
        int at = 0;
        foreach (var edit in Edits)
        {
            int start = YamlOffset + edit.Offset;
            sb.Append(Text, at, start - at).Append(edit.Replacement);
            at = start + edit.Length;
        }

        sb.Append(Text, at, Text.Length - at);
        if (sb.Length == 0 || sb[^1] != '\n')
        {
            sb.Append('\n');
        }

        return sb.ToString();
    }
}
