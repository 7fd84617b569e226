using System.Text.RegularExpressions;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// A body as the reader rewrote it (WordPress's wpautop, <c>[gallery]</c> expansion), with the way back from an offset
/// of the rewritten text to an offset of the text as written (issue 11, s5map: a shortcode in a classic-editor item
/// was reported lines away from where the export has it, because positions were counted in the rewritten text).
/// <see cref="SourcePosition"/> maps positions through it. Each rewrite keeps a sorted list of its pieces, so the map
/// costs one entry per insertion, not per character.
/// </summary>
internal sealed class RewrittenText
{
    private readonly List<RewriteStep> _steps = [];

    public RewrittenText(string original)
    {
        Original = original;
        Text = original;
    }

    /// <summary>The text as written in the source.</summary>
    public string Original { get; }

    /// <summary>The text after the rewrites so far.</summary>
    public string Text { get; private set; }

    /// <summary>True when some rewrite changed the text.</summary>
    public bool Changed => !string.Equals(Text, Original, StringComparison.Ordinal);

    /// <summary>How many rewrites were made: the index the next one gets.</summary>
    public int StepCount => _steps.Count;

    /// <summary>Rewrites the whole text: <paramref name="write"/> gets the current text and writes the new one.</summary>
    public void Rewrite(Action<string, RewriteStep> write)
    {
        var step = new RewriteStep(_steps.Count, Text.Length);
        write(Text, step);
        string text = step.Finish();
        if (!string.Equals(text, Text, StringComparison.Ordinal))
        {
            _steps.Add(step);
            Text = text;
        }
    }

    /// <summary>As <see cref="Regex.Replace(string, MatchEvaluator)"/>, each match written by <paramref name="write"/>.</summary>
    public void Replace(Regex regex, Action<Match, string, RewriteStep> write)
    {
        if (!regex.IsMatch(Text))
        {
            return;
        }

        Rewrite((text, step) =>
        {
            int at = 0;
            for (var match = regex.Match(text); match.Success; match = match.NextMatch())
            {
                step.Copy(text, at, match.Index - at);
                write(match, text, step);
                at = match.Index + match.Length;
            }

            step.Copy(text, at, text.Length - at);
        });
    }

    /// <summary>
    /// As <see cref="Regex.Replace(string, string)"/> with a replacement of literals and <c>$1</c>…<c>$9</c>: a group is
    /// copied, a literal is inserted where the match (or the group before it) ends.
    /// </summary>
    public void Replace(Regex regex, string replacement)
    {
        var parts = TemplateParts(replacement);
        Replace(regex, (match, text, step) =>
        {
            int cursor = match.Index;
            foreach (var (literal, group) in parts)
            {
                if (literal is not null)
                {
                    step.Insert(literal, cursor);
                }
                else
                {
                    var g = match.Groups[group];
                    if (g.Success)
                    {
                        step.Copy(text, g.Index, g.Length);
                        cursor = g.Index + g.Length;
                    }
                }
            }
        });
    }

    /// <summary>As <see cref="string.Replace(string, string?, StringComparison)"/> (ordinal): the new text is inserted where the old was.</summary>
    public void Replace(string oldValue, string newValue)
    {
        if (!Text.Contains(oldValue, StringComparison.Ordinal))
        {
            return;
        }

        Rewrite((text, step) =>
        {
            int at = 0;
            for (int found = text.IndexOf(oldValue, StringComparison.Ordinal); found >= 0; found = text.IndexOf(oldValue, at, StringComparison.Ordinal))
            {
                step.Copy(text, at, found - at);
                step.Insert(newValue, found);
                at = found + oldValue.Length;
            }

            step.Copy(text, at, text.Length - at);
        });
    }

    /// <summary>
    /// Takes <paramref name="text"/> as the new text, rewritten by code that keeps no map (the block footnotes' list):
    /// what it shares with the current text at both ends is copied, the middle inserted where it differs.
    /// </summary>
    public void Set(string text)
    {
        Rewrite((current, step) =>
        {
            int prefix = current.AsSpan().CommonPrefixLength(text);
            int suffix = CommonSuffixLength(current.AsSpan(prefix), text.AsSpan(prefix));
            step.Copy(current, 0, prefix);
            step.Insert(text[prefix..(text.Length - suffix)], prefix);
            step.Copy(current, current.Length - suffix, suffix);
        });
    }

    private static int CommonSuffixLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int n = 0;
        while (n < a.Length && n < b.Length && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }

        return n;
    }

    /// <summary>The offset of <see cref="Original"/> that <paramref name="offset"/> of <see cref="Text"/> came from.</summary>
    public int ToOriginal(int offset)
    {
        int step = _steps.Count - 1;
        while (step >= 0)
        {
            var (source, input) = _steps[step].Map(offset);
            offset = source;
            step = input - 1;
        }

        return Math.Clamp(offset, 0, Original.Length);
    }

    private static List<(string? Literal, int Group)> TemplateParts(string replacement)
    {
        var parts = new List<(string?, int)>();
        int at = 0;
        for (int i = 0; i + 1 < replacement.Length; i++)
        {
            if (replacement[i] == '$' && char.IsAsciiDigit(replacement[i + 1]))
            {
                if (i > at)
                {
                    parts.Add((replacement[at..i], 0));
                }

                parts.Add((null, replacement[i + 1] - '0'));
                at = i + 2;
                i++;
            }
        }

        if (at < replacement.Length)
        {
            parts.Add((replacement[at..], 0));
        }

        return parts;
    }
}
