using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using CdsMigrate.Core.Conversion;
using CdsMigrate.Core.Parsing;

namespace CdsMigrate.Core.Verification;

// Inline formatting (issue 11, point 2): runs of text under the same formatting, as items of the Inline aspect.
internal sealed partial class Fingerprint
{
    // The inline formatting a reader sees, one bit each; HTML's synonyms are one (b = strong, i = em, s = strike = del).
    private const int Em = 1, Strong = 2, Code = 4, Del = 8, Sup = 16, Sub = 32, Mark = 64, Kbd = 128, Linked = 256;

    private static readonly string[] FormatNames = ["em", "strong", "code", "del", "sup", "sub", "mark", "kbd", "link"];

    private static int FormatOf(IElement e) => e.LocalName switch
    {
        "em" or "i" => Em,
        "strong" or "b" => Strong,
        "code" or "tt" or "samp" => Code,
        "del" or "s" or "strike" => Del,
        "sup" => Sup,
        "sub" => Sub,
        "mark" => Mark,
        "kbd" => Kbd,
        "a" when e.HasHtmlAttribute("href") => Linked,
        _ => 0,
    };

    /// <summary>Bold, italic or line-through set in a style attribute (a pasted span): the emphasis a reader sees.</summary>
    private static int StyleFormat(IElement e)
    {
        // Only where the converter can say it (a span or font); a paragraph's own italic style is styling, reported lost (CDS1200).
        if (e.LocalName is not ("span" or "font") || e.GetHtmlAttribute("style") is not { } style)
        {
            return 0;
        }

        int format = 0;
        foreach (var range in style.AsSpan().Split(';'))
        {
            var declaration = style.AsSpan()[range];
            int colon = declaration.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            string property = declaration[..colon].Trim().ToString().ToLowerInvariant();
            string value = declaration[(colon + 1)..].Trim().ToString().ToLowerInvariant();
            format |= property switch
            {
                "font-weight" when value is "bold" or "bolder" || int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int w) && w >= 600 => Strong,
                "font-style" when value is "italic" or "oblique" => Em,
                "text-decoration" or "text-decoration-line" when value.Contains("line-through", StringComparison.Ordinal) => Del,
                _ => 0,
            };
        }

        return format;
    }

    private void EnterFormatting(IElement e, LedgerMarks.Marks? marks)
    {
        switch (e.LocalName)
        {
            // A pre read as text (a verse) is paragraphs; in a code block, code around it is the block's.
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                // A code block shows its text only (the code aspect compares it): formatting around or inside it is
                // not Markdown's to keep, except links (a pre with links is kept as HTML).
                _preDepth++;
                _format &= Linked;
                return;
            case ['h', >= '1' and <= '6']:
                _headingDepth++;
                return;
            case "summary":
                // A summary's formatting is the renderer's (bold by default, a heading inside it): its text is compared
                // by the details aspect. In a details read as a quote (a CDS alert) the summary is the bold title.
                _summaryDepth++;
                _format = IsInsideQuote(e) ? _format | Strong : _format;
                return;
        }

        if (_summaryDepth > 0)
        {
            return;
        }

        int bit = FormatOf(e) | StyleFormat(e);
        if (_preDepth > 0 || (_format & Code) != 0)
        {
            // Markdown's code spans and blocks hold no formatting but a link around them.
            bit &= Linked;
        }

        // --plain-headings drops bold and italic in headings on purpose (CDS1250).
        if (_headingDepth > 0 && _plainHeadings)
        {
            bit &= ~(Em | Strong);
        }

        _format |= bit;
    }

    private void LeaveFormatting(IElement e, int format, LedgerMarks.Marks? marks)
    {
        switch (e.LocalName)
        {
            case "pre" when marks?.ReadAs != LedgerKind.ReadAsText:
                _preDepth--;
                break;
            case ['h', >= '1' and <= '6']:
                _headingDepth--;
                break;
            case "summary":
                _summaryDepth--;
                break;
        }

        _format = format;
    }

    /// <summary>
    /// The formatted runs of the pending text, as "strong: Do not": a run is the text between two characters of
    /// different formatting. Whitespace and block edges belong to no run, so edges do not count and
    /// <c>&lt;b&gt;Do&lt;/b&gt; &lt;b&gt;not&lt;/b&gt;</c> is one run, as are two bold paragraphs in a row (a link
    /// around three divs is one linked paragraph with line breaks, issue 10: where the blocks end is compared by
    /// the other aspects); nesting order does not count (<c>***x***</c> is em in strong or strong in em).
    /// </summary>
    private void FlushFormatting(ReadOnlySpan<char> text)
    {
        if (_formatChanges.Count == 0 && _runFormat == 0)
        {
            return;
        }

        int change = 0;
        int format = 0;
        bool space = _run.Length > 0;
        // Where the next change applies, kept in a local: the list is looked at once per change, not once per character.
        int nextChange = _formatChanges.Count > 0 ? _formatChanges[0].Start : int.MaxValue;
        for (int i = 0; i < text.Length; i++)
        {
            while (nextChange <= i)
            {
                format = _formatChanges[change++].Format;
                nextChange = change < _formatChanges.Count ? _formatChanges[change].Start : int.MaxValue;
            }

            char c = text[i];
            if (IsSpaceOrJoiner(c))
            {
                space = _run.Length > 0;
                continue;
            }

            if (format != _runFormat)
            {
                CloseRun();
                _runFormat = format;
                _runOwner = _owner;
                space = false;
            }

            if (_runFormat != 0)
            {
                if (space)
                {
                    _run.Append(' ');
                }

                // The rest of the word under the same formatting in one append, not a character at a time (issue 11,
                // point 3): each of its characters would only be appended.
                int limit = Math.Min(nextChange, text.Length);
                int end = i + 1;
                while (end < limit && !IsSpaceOrJoiner(text[end])) end++;
                _run.Append(text[i..end]);
                i = end - 1;
                space = false;
            }
            else if (format == 0)
            {
                // Plain text with no run open (most text): nothing happens until the formatting changes again.
                i = Math.Min(nextChange, text.Length) - 1;
            }
        }

        _formatChanges.Clear();
    }

    /// <summary>
    /// char.IsWhiteSpace(c) || IsEdgeJoiner(c), answered at once for the usual character: no character after the space
    /// and before U+0085 is either (this ran for every character of formatted text, on both pages).
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsSpaceOrJoiner(char c) => c is not (> ' ' and < '\u0085') && (char.IsWhiteSpace(c) || IsEdgeJoiner(c));

    private void CloseRun()
    {
        if (_runFormat != 0 && _run.Length > 0)
        {
            // "strong+em: text", made in one allocation: a StringBuilder per run was 1.5% of a run's allocations (issue 11);
            // none when the other page's run at this place says the same (ItemText).
            string prefix = FormatPrefix(_runFormat);
            if (PeerText(FingerprintAspect.Inline) is not { } item || item.Length != prefix.Length + _run.Length
                || !item.AsSpan().StartsWith(prefix) || !_run.Equals(item.AsSpan(prefix.Length)))
            {
                item = string.Create(prefix.Length + _run.Length, (prefix, _run), static (chars, state) =>
                {
                    state.prefix.CopyTo(chars);
                    state._run.CopyTo(0, chars[state.prefix.Length..], state._run.Length);
                });
            }

            Add(FingerprintAspect.Inline, item, _runOwner);
        }

        _run.Clear();
        _runFormat = 0;
    }

    // One prefix per combination of formats ("em: ", "em+strong: "…), made once (declared after FormatNames, which it sizes on).
    private static readonly string?[] FormatPrefixes = new string?[1 << FormatNames.Length];

    private static string FormatPrefix(int format)
    {
        if (FormatPrefixes[format] is { } known)
        {
            return known;
        }

        var names = new StringBuilder();
        for (int bit = 0; bit < FormatNames.Length; bit++)
        {
            if ((format & (1 << bit)) != 0)
            {
                names.Append(names.Length > 0 ? "+" : "").Append(FormatNames[bit]);
            }
        }

        // Racing threads make equal strings: either may stay.
        return FormatPrefixes[format] = names.Append(": ").ToString();
    }
}
