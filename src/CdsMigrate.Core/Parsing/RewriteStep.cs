using System.Text;

namespace CdsMigrate.Core.Parsing;

/// <summary>
/// One rewrite of a body (a regex replacement of wpautop, a gallery expansion) being written: the new text, and for
/// each of its pieces where it came from in the text before the rewrite (issue 11, s5map). A piece is copied (its
/// offsets map one to one), or inserted (every offset in it maps to the place it was inserted at). The pieces are
/// kept in order, one per copy or insertion, not one per character.
/// </summary>
internal sealed class RewriteStep
{
    // Dropped once the step is finished: a document keeps its map for the whole run, not every intermediate text.
    private StringBuilder? _text;
    private int _length;
    private readonly List<Piece> _pieces = [];

    internal RewriteStep(int index, int inputLength)
    {
        Index = index;
        InputLength = inputLength;
        // Sized for the input and a little more (wpautop adds tags): grown chunk by chunk, the builder was a tenth of
        // a classic-editor export's allocations (issue 11).
        _text = new StringBuilder(inputLength + (inputLength / 8) + 16);
    }

    /// <summary>This step's place in its <see cref="RewrittenText"/> (0 for the first rewrite).</summary>
    public int Index { get; }

    private int InputLength { get; }

    /// <summary>The new text; the step then keeps only its pieces.</summary>
    internal string Finish()
    {
        string text = _text!.ToString();
        _length = text.Length;
        _text = null;
        return text;
    }

    /// <summary>Appends <paramref name="length"/> characters of the input from <paramref name="start"/>.</summary>
    public void Copy(string input, int start, int length)
    {
        if (length > 0)
        {
            Add(new Piece(_text!.Length, start, length, Index, Copied: true));
            _text!.Append(input, start, length);
        }
    }

    /// <summary>Appends <paramref name="text"/>, written by the rewrite at offset <paramref name="at"/> of the input.</summary>
    public void Insert(string text, int at)
    {
        if (text.Length > 0)
        {
            Add(new Piece(_text!.Length, at, text.Length, Index, Copied: false));
            _text!.Append(text);
        }
    }

    /// <summary>
    /// Appends text an earlier step set aside and this one puts back (wpautop's <c>&lt;pre&gt;</c>): copied from offset
    /// <paramref name="start"/> of the input of step <paramref name="step"/>.
    /// </summary>
    public void Restore(string text, int step, int start)
    {
        if (text.Length > 0)
        {
            Add(new Piece(_text!.Length, start, text.Length, step, Copied: true));
            _text!.Append(text);
        }
    }

    /// <summary>Where <paramref name="offset"/> of the new text came from: an offset of the input of step <c>Step</c>.</summary>
    internal (int Offset, int Step) Map(int offset)
    {
        if (_pieces.Count == 0 || offset >= _length)
        {
            return (InputLength, Index);
        }

        int low = 0, high = _pieces.Count - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (_pieces[middle].Start <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        var piece = _pieces[low];
        return (piece.Copied ? piece.Source + Math.Min(offset - piece.Start, piece.Length - 1) : piece.Source, piece.Step);
    }

    private void Add(Piece piece)
    {
        // Consecutive copies of consecutive input make one piece: the list grows with the insertions only.
        if (piece.Copied && _pieces.Count > 0 && _pieces[^1] is { Copied: true } last && last.Step == piece.Step
            && last.Start + last.Length == piece.Start && last.Source + last.Length == piece.Source)
        {
            _pieces[^1] = last with { Length = last.Length + piece.Length };
            return;
        }

        _pieces.Add(piece);
    }

    private readonly record struct Piece(int Start, int Source, int Length, int Step, bool Copied);
}
