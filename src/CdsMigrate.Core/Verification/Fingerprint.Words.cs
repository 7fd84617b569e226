namespace CdsMigrate.Core.Verification;

// Words: the pending text split into words, kept as one text (issue 11, point 3).
internal sealed partial class Fingerprint
{
    /// <summary>
    /// Turns the pending text into words. Split in place: copying the builder into a reused buffer and
    /// slicing it costs no string but the words themselves (this ran a string per block, a string per
    /// whitespace-separated token and a trimmed copy of each, and was ~13% of a verified conversion).
    /// </summary>
    private void FlushWords()
    {
        int length = _text.Length;
        if (length == 0)
        {
            return;
        }

        if (_flushBuffer.Length < length)
        {
            _flushBuffer = new char[Math.Max(length, _flushBuffer.Length * 2)];
        }

        _text.CopyTo(0, _flushBuffer, length);
        _text.Clear();
        ReadOnlySpan<char> text = _flushBuffer.AsSpan(0, length);
        FlushFormatting(text);

        if (MayHoldUrl(text))
        {
            // A video URL written as text is made canonical word by word (AddWord): split the plain way.
            int position = 0;
            while (position < text.Length)
            {
                while (position < text.Length && IsAsciiWhitespace(text[position])) position++;
                int start = position;
                while (position < text.Length && !IsAsciiWhitespace(text[position])) position++;
                if (position > start)
                {
                    AddToken(text[start..position]);
                }
            }

            return;
        }

        AddWordsByStretch(text);
    }

    /// <summary>
    /// Whether a word of <paramref name="text"/> may be a URL that <see cref="AddWord"/> makes canonical: one that holds
    /// "://" (the video patterns start "http://" or "https://"). Anything else comes out the same by stretches. One search
    /// for a colon, usually absent, instead of a substring search of every text for "http" (~1% of a run's instructions).
    /// </summary>
    private static bool MayHoldUrl(ReadOnlySpan<char> text)
    {
        int colon = text.IndexOf(':');
        return colon >= 0 && text[colon..].Contains("://", StringComparison.Ordinal);
    }

    /// <summary>
    /// The words of <paramref name="text"/> (no URL in it), copied a stretch at a time (issue 11, point 3): most text is
    /// words one plain space apart, and such a stretch is its own words, copied in one move (not counted: owners are
    /// noted by where their words start). A stretch ends where this is not so: other whitespace (a line break), two spaces, or a word
    /// holding a joiner (nbsp, U+202F, U+2007, U+200B), which is read on its own (<see cref="AddToken"/>). Where
    /// each of these comes next is found by one vectorised search, repeated only once the stretches pass it. This was a
    /// loop of tests on every character of both pages.
    /// </summary>
    private void AddWordsByStretch(ReadOnlySpan<char> text)
    {
        int position = 0;
        var marks = StretchMarks.None;
        while (NextStretch(text, ref position, ref marks, out int end))
        {
            if (end > position)
            {
                AddStretch(text[position..end]);
                position = end;
                continue;
            }

            int tokenEnd = TokenEnd(text, position);
            AddToken(text[position..tokenEnd]);
            position = tokenEnd;
        }
    }

    /// <summary>Words one plain space apart, starting with a word and ending with a word or one space, none holding a joiner.</summary>
    private void AddStretch(ReadOnlySpan<char> stretch)
    {
        bool spaced = stretch[^1] == ' ';
        var buffers = _buffers;
        int length = buffers.WordsLength;
        if (_wordOwners.Count == 0 || _wordOwners[^1].Owner != _owner)
        {
            _wordOwners.Add((length, _owner));
        }

        int needed = length + stretch.Length + (spaced ? 0 : 1);
        if (needed > buffers.Words.Length)
        {
            var grown = new char[Math.Max(needed, buffers.Words.Length * 2)];
            buffers.Words.AsSpan(0, length).CopyTo(grown);
            buffers.Words = grown;
        }

        stretch.CopyTo(buffers.Words.AsSpan(length));
        if (!spaced)
        {
            buffers.Words[length + stretch.Length] = ' ';
        }

        buffers.WordsLength = needed;
    }

    /// <summary>
    /// The words of one token (text between ASCII whitespace): U+00A0 (and U+202F, U+2007) join words, as French
    /// typography intends; at a token's edge they join nothing and are trimmed (with U+200B), and a token left empty
    /// is skipped. A token they join is recorded whole (the Nbsp aspect) and each word it joins is still a word.
    /// </summary>
    private void AddToken(ReadOnlySpan<char> token)
    {
        bool joined = token.IndexOfAny(NonBreaking) >= 0;
        int start = 0;
        int end = token.Length;
        if (joined)
        {
            while (start < end && IsEdgeJoiner(token[start])) start++;
            while (end > start && IsEdgeJoiner(token[end - 1])) end--;
        }
        else
        {
            // Only a zero-width space can be at an edge here.
            while (start < end && token[start] == '\u200b') start++;
            while (end > start && token[end - 1] == '\u200b') end--;
        }

        if (end == start)
        {
            return;
        }

        token = token[start..end];
        if (!joined || token.IndexOfAny(NonBreaking) < 0)
        {
            // The usual token, joined to nothing: it is the word.
            AddWord(token);
            return;
        }

        Add(FingerprintAspect.Nbsp, token.ToString(), _owner);

        // The words a non-breaking space joins are each still a word (empty pieces dropped, as Split's RemoveEmptyEntries).
        while (!token.IsEmpty)
        {
            int cut = token.IndexOfAny(NonBreaking);
            var word = cut < 0 ? token : token[..cut];
            token = cut < 0 ? default : token[(cut + 1)..];
            if (!word.IsEmpty)
            {
                AddWord(word);
            }
        }
    }

    /// <summary>
    /// Copies the tokens of <paramref name="text"/> (runs between ASCII whitespace, trimmed of joiners at their edges, as
    /// <see cref="NextToken"/> gives them) to <paramref name="destination"/>, each followed by one space, a stretch at a time as
    /// <see cref="AddWordsByStretch"/> does; in place when both are the same memory (nothing is written ahead of what is read;
    /// one more character of room is needed). Returns the characters written: none when there is no token.
    /// </summary>
    private static int CopyTokens(ReadOnlySpan<char> text, Span<char> destination)
    {
        int written = 0;
        int position = 0;
        var marks = StretchMarks.None;
        while (NextStretch(text, ref position, ref marks, out int end))
        {
            ReadOnlySpan<char> copied;
            if (end > position)
            {
                // Words one plain space apart, ending with a word or one space.
                copied = text[position..end];
                position = end;
            }
            else
            {
                int tokenEnd = TokenEnd(text, position);
                copied = text[position..tokenEnd].Trim(EdgeJoinerCharacters);
                position = tokenEnd;
                if (copied.IsEmpty)
                {
                    continue;
                }
            }

            bool spaced = copied[^1] == ' ';
            copied.CopyTo(destination[written..]);
            written += copied.Length;
            if (!spaced)
            {
                destination[written++] = ' ';
            }
        }

        return written;
    }

    /// <summary>
    /// Where the next line break (or other ASCII whitespace than a space), joiner and double space are, as last
    /// looked for by <see cref="NextStretch"/>; -1 when not looked for yet.
    /// </summary>
    private struct StretchMarks
    {
        public int Breaking;
        public int Joiner;
        public int Doubled;

        public static StretchMarks None => new() { Breaking = -1, Joiner = -1, Doubled = -1 };
    }

    /// <summary>
    /// Skips the whitespace at <paramref name="position"/>; false at the end of <paramref name="text"/>. Else
    /// <paramref name="end"/> ends the stretch starting there: words one plain space apart, none holding a joiner, ending
    /// with a word or one space. When <paramref name="end"/> is <paramref name="position"/>, the token there is to be read
    /// on its own (it holds a joiner, or other whitespace follows it). Each search is made again only once the stretches
    /// have passed what it found (<paramref name="marks"/>).
    /// </summary>
    private static bool NextStretch(ReadOnlySpan<char> text, ref int position, ref StretchMarks marks, out int end)
    {
        int n = text.Length;
        while (position < n && IsAsciiWhitespace(text[position])) position++;
        if (position == n)
        {
            end = n;
            return false;
        }

        // Three searches, not one for all these characters: a set mixing ASCII and other characters is searched
        // by a probabilistic map, several times slower than these (it was most of this method's time).
        if (marks.Breaking < position)
        {
            int found = text[position..].IndexOfAny(OtherAsciiWhitespace);
            marks.Breaking = found < 0 ? n : position + found;
        }

        if (marks.Joiner < position)
        {
            int found = text[position..].IndexOfAny(EdgeJoiners);
            marks.Joiner = found < 0 ? n : position + found;
        }

        if (marks.Doubled < position)
        {
            int found = text[position..].IndexOf("  ", StringComparison.Ordinal);
            marks.Doubled = found < 0 ? n : position + found;
        }

        int stop = Math.Min(Math.Min(marks.Breaking, marks.Joiner), marks.Doubled);
        end = stop;
        if (stop < n && !IsAsciiWhitespace(text[stop]))
        {
            // A joiner inside a word: the stretch ends before that word.
            int space = text[position..stop].LastIndexOf(' ');
            end = space < 0 ? position : position + space + 1;
        }

        return true;
    }

    /// <summary>The end of the token at <paramref name="position"/>: the next ASCII whitespace, or the end.</summary>
    private static int TokenEnd(ReadOnlySpan<char> text, int position)
    {
        while (position < text.Length && !IsAsciiWhitespace(text[position])) position++;
        return position;
    }

    private void AddWord(ReadOnlySpan<char> word)
    {
        if (_wordOwners.Count == 0 || _wordOwners[^1].Owner != _owner)
        {
            _wordOwners.Add((_buffers.WordsLength, _owner));
        }
        // A video URL written as text compares in its canonical form, as the converter writes it.
        if (word.StartsWith("http", StringComparison.Ordinal)
            && (word.Contains("youtu", StringComparison.Ordinal) || word.Contains("vimeo", StringComparison.Ordinal)))
        {
            word = Writing.VideoEmbeds.Canonicalize(word.ToString());
        }

        var buffers = _buffers;
        int length = buffers.WordsLength;
        if (length + word.Length + 1 > buffers.Words.Length)
        {
            var grown = new char[Math.Max(length + word.Length + 1, buffers.Words.Length * 2)];
            buffers.Words.AsSpan(0, length).CopyTo(grown);
            buffers.Words = grown;
        }

        word.CopyTo(buffers.Words.AsSpan(length));
        buffers.Words[length + word.Length] = ' ';
        buffers.WordsLength = length + word.Length + 1;
    }

    /// <summary>
    /// The next token of <paramref name="text"/> from <paramref name="position"/>, or null at the end.
    /// Splits on ASCII whitespace only: U+00A0 (and U+202F, U+2007) join words, as French typography intends;
    /// at a token's edge they join nothing and are trimmed (with U+200B), and a token left empty is skipped.
    /// </summary>
    private static Range? NextToken(ReadOnlySpan<char> text, ref int position)
    {
        // A plain loop: words are a few characters long, too short for vectorised searches and trims to pay off.
        while (position < text.Length)
        {
            while (position < text.Length && IsAsciiWhitespace(text[position])) position++;
            int start = position;
            while (position < text.Length && !IsAsciiWhitespace(text[position])) position++;
            int end = position;
            while (start < end && IsEdgeJoiner(text[start])) start++;
            while (end > start && IsEdgeJoiner(text[end - 1])) end--;
            if (end > start)
            {
                return new Range(start, end);
            }
        }

        return null;
    }

    // Bits 9, 10, 12, 13 and 32 (tab, line feed, form feed, carriage return, space): one test for the usual character.
    private const ulong AsciiWhitespaceBits = (1UL << '\t') | (1UL << '\n') | (1UL << '\f') | (1UL << '\r') | (1UL << ' ');

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiWhitespace(char c) => c <= ' ' && ((AsciiWhitespaceBits >> c) & 1) != 0;

    private static bool IsNonBreaking(char c) => c is '\u00a0' or '\u202f' or '\u2007';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsEdgeJoiner(char c) => c is '\u00a0' or '\u202f' or '\u2007' or '\u200b';
}
